/** Opaque handle returned by Clock.setTimeout. */
export type TimerHandle = unknown;

/** Time and timers, injectable so tests can drive polling and backoff without waiting. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Node's setTimeout overflows above 2^31-1 ms (~24.8 days) and would fire at once. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

export function createSystemClock(): Clock {
  return {
    now: () => Date.now(),
    setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}
