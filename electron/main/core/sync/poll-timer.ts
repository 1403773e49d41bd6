import { MAX_TIMER_DELAY_MS, type Clock, type TimerHandle } from './clock';

/** At most one pending wake-up; setting a new one replaces the old. */
export class PollTimer {
  private timer: { handle: TimerHandle } | null = null;

  constructor(private readonly clock: Clock) {}

  get armed(): boolean {
    return this.timer !== null;
  }

  set(at: number, callback: () => void): void {
    this.clear();
    const delay = Math.min(MAX_TIMER_DELAY_MS, Math.max(0, at - this.clock.now()));
    const timer = {
      handle: this.clock.setTimeout(() => {
        if (this.timer === timer) this.timer = null;
        callback();
      }, delay),
    };
    this.timer = timer;
  }

  clear(): void {
    if (this.timer === null) return;
    this.clock.clearTimeout(this.timer.handle);
    this.timer = null;
  }
}
