// English relative times without Intl. The first Intl formatter a process makes loads ICU's
// number and locale data (40–130 ms measured here), and the tray menu shows relative times
// ("expires in 5 days") in the same update as the first count, so that load sat before the
// count. English is the tray's default language and its text is fixed by CLDR, so it is
// written out here; other languages still use Intl.RelativeTimeFormat. The text is the same
// as Intl.RelativeTimeFormat('en', { style, numeric: 'always' }) gives, checked against it
// in tests/unit/tray/english-relative-time.test.ts.

export type EnglishUnit = 'day' | 'hour' | 'minute';
export type EnglishStyle = 'short' | 'long';

/** [singular, plural] per style and unit, as CLDR's English data spells them. */
const WORDS: Record<EnglishStyle, Record<EnglishUnit, readonly [string, string]>> = {
  short: { day: ['day', 'days'], hour: ['hr.', 'hr.'], minute: ['min.', 'min.'] },
  long: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
};

/** An integer with English digit grouping: 1234567 -> "1,234,567". */
function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `value` whole units from now: positive is ahead ("in 2 days"), negative behind ("2 days ago"). */
export function englishRelativeTime(value: number, unit: EnglishUnit, style: EnglishStyle): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a whole number of units: ${value}`);
  const size = Math.abs(value);
  const word = WORDS[style][unit][size === 1 ? 0 : 1];
  const behind = value < 0 || Object.is(value, -0);
  return behind ? `${grouped(size)} ${word} ago` : `in ${grouped(size)} ${word}`;
}
