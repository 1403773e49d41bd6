// Quiet-hours tests read "local time" as UTC, so they pass whatever time zone the machine is in.

/** Minutes after midnight UTC at `ms`: the tests' stand-in for the machine's local time. */
export const utcMinutes = (ms: number): number =>
  new Date(ms).getUTCHours() * 60 + new Date(ms).getUTCMinutes();

/** "HH:MM" for minutes after midnight, wrapping past either end of the day. */
export function hhmm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
