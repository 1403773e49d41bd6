import type { Clock, TimerHandle } from '../../../electron/main/core/sync/clock';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

/**
 * The core's clock in the browser suite. Time reads as the wall clock plus whatever the
 * test has skipped, so dates in the page look real; but timers (polls, backoff, the
 * rate-limit wait) fire only when the test advances the clock. Nothing happens by itself,
 * so "no request before the retry time" is checked without waiting for it.
 */
export class HarnessClock implements Clock {
  private offset = 0;
  private nextId = 1;
  private timers: Timer[] = [];

  now(): number {
    return Date.now() + this.offset;
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    const id = this.nextId++;
    this.timers.push({ id, at: this.now() + Math.max(0, delayMs), callback });
    return id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }

  /** When the soonest timer is due, or null when none is armed. */
  nextDue(): number | null {
    return this.timers.reduce<number | null>(
      (soonest, t) => (soonest === null || t.at < soonest ? t.at : soonest),
      null,
    );
  }

  /** Skips `ms` forward and fires, in order, every timer due by then. */
  advance(ms: number): void {
    this.offset += ms;
    const now = this.now();
    for (;;) {
      const due = this.timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) return;
      this.timers = this.timers.filter((t) => t !== due);
      due.callback();
    }
  }
}
