// Dates and relative times, through Intl so they follow the user's locale.

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
  /** "4 hr 52 min" until `at`, to the minute (rounded up): an invitation's last day (issue 22). */
  timeLeft(at: number, now: number): string;
  /**
   * The count "{time} left" agrees with: the amount when timeLeft shows one unit ("1 min" reads
   * "queda 1 min" in Spanish), a plural when it shows two ("quedan 1 h 5 min").
   */
  timeLeftCount(at: number, now: number): number;
  /** Creates the Intl formatters the list uses: call once the first list has been painted. */
  warmUp(): void;
}

/** Builds `make()` on first use: Intl objects are costly to create the first time (ICU data). */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * The amount and unit "relative" shows: rounded, so an invitation sent 2 h 59 min ago reads
 * "3 hours ago"; the unit is picked after rounding, so 59.7 minutes reads "1 hour", not "60 minutes".
 */
export function relativeParts(at: number, now: number): [number, Intl.RelativeTimeFormatUnit] {
  const diff = at - now;
  const sign = Math.sign(diff);
  for (const [unit, size, limit] of UNITS) {
    const amount = Math.round(Math.abs(diff) / size);
    if (amount < limit) return amount === 0 ? [0, 'second'] : [sign * amount, unit];
  }
  return [sign * Math.round(Math.abs(diff) / (365 * DAY)), 'year'];
}

/** Plain English tags (no script, numbering system or other extension), where the words below are CLDR's. */
const PLAIN_ENGLISH = /^en(-[a-z]{2}|-\d{3})?$/i;
const NEXT_LAST: Partial<Record<Intl.RelativeTimeFormatUnit, [string, string]>> = {
  day: ['tomorrow', 'yesterday'],
  month: ['next month', 'last month'],
  year: ['next year', 'last year'],
};

/**
 * What `Intl.RelativeTimeFormat(en, { numeric: 'auto' })` says for the amounts `relativeParts` gives,
 * or null where it would need number formatting (1,000 and up). The first list of a new
 * renderer uses this, so Intl's first use (tens of ms to load ICU data) waits until after it is painted.
 */
export function englishRelative(amount: number, unit: Intl.RelativeTimeFormatUnit): string | null {
  if (amount === 0) return 'now';
  const size = Math.abs(amount);
  if (size >= 1000) return null;
  const nextLast = size === 1 ? NEXT_LAST[unit] : undefined;
  if (nextLast) return amount > 0 ? nextLast[0] : nextLast[1];
  const words = `${size} ${unit}${size === 1 ? '' : 's'}`;
  return amount > 0 ? `in ${words}` : `${words} ago`;
}

/**
 * `locale`: Intl's locale, by default the runtime's. `language` decides whether relative times
 * may skip Intl until warmUp(): the page's language, which Chromium (and so Electron) also makes
 * Intl's default locale. Were they ever to differ, the times are right once warmUp() has run
 * and they are rendered again.
 */
export function createFormatters(
  locale?: string,
  language: string = locale ?? globalThis.navigator?.language ?? '',
): Formatters {
  let rtf: Intl.RelativeTimeFormat | undefined;
  const relativeFormat = () =>
    (rtf ??= new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' }));
  const dtf = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const tf = lazy(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }));
  const nf = lazy(() => new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 }));
  const unit = (name: 'hour' | 'minute') =>
    lazy(() => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }));
  const hours = unit('hour');
  const minutes = unit('minute');
  const english = PLAIN_ENGLISH.test(language);

  return {
    relative(at, now) {
      const [amount, unit] = relativeParts(at, now);
      // Once Intl is loaded it is used throughout, so one list never mixes the two.
      const cheap = english && !rtf ? englishRelative(amount, unit) : null;
      return cheap ?? relativeFormat().format(amount, unit);
    },
    dateTime: (at) => dtf().format(at),
    time: (at) => tf().format(at),
    countdown(at, now) {
      const seconds = Math.max(0, Math.ceil((at - now) / 1000));
      return `${Math.floor(seconds / 60)}:${nf().format(seconds % 60)}`;
    },
    timeLeft(at, now) {
      // Like relative(): plain English needs no Intl before the first list is painted.
      const cheap = english && !rtf;
      const word = ([amount, unit]: LeftPart) => {
        if (cheap) return `${amount} ${unit === 'hour' ? 'hr' : 'min'}`;
        return (unit === 'hour' ? hours() : minutes()).format(amount);
      };
      return leftParts(at, now).map(word).join(' ');
    },
    timeLeftCount(at, now) {
      const parts = leftParts(at, now);
      return parts.length === 1 ? parts[0]![0] : 2;
    },
    warmUp() {
      relativeFormat();
      dtf();
    },
  };
}

/** The hours and minutes timeLeft shows, to the minute rounded up: hours only when there are any. */
type LeftPart = [amount: number, unit: 'hour' | 'minute'];

function leftParts(at: number, now: number): LeftPart[] {
  const left = Math.max(0, Math.ceil((at - now) / MINUTE));
  const [h, m] = [Math.floor(left / 60), left % 60];
  const parts: LeftPart[] = h > 0 ? [[h, 'hour']] : [];
  if (m > 0 || h === 0) parts.push([m, 'minute']);
  return parts;
}

export { parseTime } from '../../electron/shared/invite-order';

export const EXPIRING_SOON_MS = DAY;
