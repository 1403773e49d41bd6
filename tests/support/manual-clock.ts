import type { Clock, TimerHandle } from '../../electron/main/core/sync/clock';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

/** A clock whose time moves only when the test says so; timers fire in due order. */
export class ManualClock implements Clock {
  #time: number;
  private nextId = 1;
  private timers: Timer[] = [];
  private readonly watchers: ((time: number) => void)[] = [];

  constructor(start = Date.UTC(2025, 0, 15, 12, 0, 0)) {
    this.#time = start;
  }

  private get time(): number {
    return this.#time;
  }

  private set time(time: number) {
    this.#time = time;
    for (const watcher of this.watchers) watcher(time);
  }

  /** Calls `watcher` with the time now and on every move (e.g. to share it with another thread). */
  watch(watcher: (time: number) => void): void {
    this.watchers.push(watcher);
    watcher(this.#time);
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    const timer = { id: this.nextId++, at: this.time + Math.max(0, delayMs), callback };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }

  /** Due times of pending timers, soonest first. */
  pending(): number[] {
    return this.timers.map((timer) => timer.at).sort((a, b) => a - b);
  }

  nextAt(): number | undefined {
    return this.pending()[0];
  }

  /** Moves time forward to `to`, firing every timer due by then (time is set to each one's due time). */
  advanceTo(to: number): number {
    let fired = 0;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= to).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.time = Math.max(this.time, due.at);
      fired++;
      due.callback();
    }
    this.time = Math.max(this.time, to);
    return fired;
  }

  advance(ms: number): number {
    return this.advanceTo(this.time + ms);
  }

  /**
   * The machine sleeps for `ms`: the wall clock moves on, timers do not (Node's and Chromium's
   * timers run on a monotonic clock that stops during suspend on Linux and macOS), so each
   * pending timer is still as far away as it was when the lid closed.
   */
  suspend(ms: number): void {
    this.time += ms;
    this.timers = this.timers.map((timer) => ({ ...timer, at: timer.at + ms }));
  }

  /** Jumps to the soonest timer and fires it; returns its due time. */
  runNext(): number {
    const at = this.nextAt();
    if (at === undefined) throw new Error('no timer pending');
    this.advanceTo(at);
    return at;
  }
}
