import { MAX_TIMER_DELAY_MS, type Clock, type TimerHandle } from '../sync/clock';

export interface WakeTimer {
  /** Fire at `at` (epoch ms; +Infinity: never). The same moment again keeps the timer as it is. */
  arm(at: number): void;
  stop(): void;
  /**
   * Sets the armed timer again from the wall clock now. Timers count elapsed time, so when the
   * wall clock jumps forward (NTP, a manual change) the armed one would fire late by the jump.
   */
  retime(): void;
}

/** One timer on the injected clock, always for the next moment only. */
export function createWakeTimer(clock: Clock, fire: () => void): WakeTimer {
  let armed: { at: number; handle: TimerHandle } | null = null;

  function clear(): void {
    if (armed) clock.clearTimeout(armed.handle);
    armed = null;
  }

  const wakeTimer: WakeTimer = {
    arm(next) {
      // An armed wake already past its moment is late (the wall clock jumped): re-arming for a
      // later moment would skip what it was for, such as a reminder's mark. It fires first.
      const overdueAt = armed !== null && armed.at <= clock.now() ? armed.at : undefined;
      const at = overdueAt === undefined ? next : Math.min(overdueAt, next);
      if (armed?.at === at && overdueAt === undefined) return;
      clear();
      if (!Number.isFinite(at)) return;
      // Beyond Node's longest delay: wake at that limit and look again.
      const delay = Math.min(Math.max(0, at - clock.now()), MAX_TIMER_DELAY_MS);
      const timer = {
        at,
        handle: clock.setTimeout(() => {
          if (armed !== timer) return;
          armed = null;
          fire();
        }, delay),
      };
      armed = timer;
    },
    stop: clear,
    retime() {
      if (!armed) return;
      const { at } = armed;
      clear();
      wakeTimer.arm(at);
    },
  };
  return wakeTimer;
}
