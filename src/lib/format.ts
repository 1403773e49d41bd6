// Dates and relative times, always through Intl so they follow the user's locale.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Each unit is used while the rounded amount stays under its limit. */
const UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['minute', MINUTE, 60],
  ['hour', HOUR, 24],
  ['day', DAY, 30],
  ['month', 30 * DAY, 12],
];

export interface Formatters {
  /** "3 days ago", "in 18 hours", "now". */
  relative(at: number, now: number): string;
  /** A full local date and time, for details and tooltips. */
  dateTime(at: number): string;
  /** A local clock time, for "rate limited until 14:05". */
  time(at: number): string;
  /** "1:05" style countdown of the seconds until `at`. */
  countdown(at: number, now: number): string;
}

/** Builds `make()` on first use: Intl objects are costly to create the first time (ICU data). */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function createFormatters(locale?: string): Formatters & { warmUp(): void } {
  const rtf = lazy(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' }));
  const dtf = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const tf = lazy(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }));
  const nf = lazy(() => new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 }));

  return {
    relative(at, now) {
      const diff = at - now;
      const sign = Math.sign(diff);
      // Rounded, so an invitation sent 2 h 59 min ago reads "3 hours ago"; the unit is picked
      // after rounding, so 59.7 minutes reads "1 hour", not "60 minutes".
      for (const [unit, size, limit] of UNITS) {
        const amount = Math.round(Math.abs(diff) / size);
        if (amount < limit)
          return amount === 0 ? rtf().format(0, 'second') : rtf().format(sign * amount, unit);
      }
      return rtf().format(sign * Math.round(Math.abs(diff) / (365 * DAY)), 'year');
    },
    dateTime: (at) => dtf().format(at),
    time: (at) => tf().format(at),
    countdown(at, now) {
      const seconds = Math.max(0, Math.ceil((at - now) / 1000));
      return `${Math.floor(seconds / 60)}:${nf().format(seconds % 60)}`;
    },
    /** Creates the formatters the list needs now, e.g. while the first state is on its way. */
    warmUp() {
      rtf();
      dtf();
    },
  };
}

/** Parses an API timestamp; absent or unreadable dates are null rather than NaN. */
export function parseTime(value: string | undefined): number | null {
  if (!value) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : at;
}

export const EXPIRING_SOON_MS = DAY;
