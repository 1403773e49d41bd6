import { ENGLISH } from '../../../shared/i18n/english';
import type { Translator } from '../../../shared/i18n/translate';
import { englishRelativeTime, type EnglishStyle, type EnglishUnit } from './english-relative-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS: readonly [EnglishUnit, number][] = [
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

export type RelativeStyle = EnglishStyle;

/**
 * `at` relative to `now` in English: "2 min ago", "in 4 min", "in 5 hours", "just now".
 * Short style drops the abbreviation dots ("2 min. ago" reads as the end of a sentence
 * in a tooltip). Minutes round away from now (a retry "in 4 min" has not happened
 * after 3); hours and days round to nearest, so 61 minutes is "1 hr", not "2 hr".
 */
export function relativeTime(
  at: number,
  now: number,
  style: RelativeStyle = 'short',
  translator: Translator = ENGLISH,
): string {
  const { t } = translator;
  const delta = at - now;
  const size = Math.abs(delta);
  if (delta <= 0 && size < MINUTE) return t('time.justNow');
  if (delta > 0 && size < MINUTE)
    return style === 'short' ? t('time.underAMinute') : t('time.lessThanAMinute');
  const [unit, ms] = UNITS.find(([, unitMs]) => size >= unitMs) ?? ['minute', MINUTE];
  const exact = size / ms;
  const amount = unit !== 'minute' ? Math.round(exact) : delta > 0 ? Math.ceil(exact) : Math.floor(exact);
  const value = delta > 0 ? amount : -amount;
  const text =
    translator.language === 'en'
      ? englishRelativeTime(value, unit, style)
      : new Intl.RelativeTimeFormat(translator.locale, { style, numeric: 'always' }).format(value, unit);
  // Only English's "min." reads like a sentence end; German "Min." or French "min" keep CLDR's spelling.
  return style === 'short' && translator.language === 'en' ? text.replace(/\./g, '') : text;
}

/**
 * The first moment after `now` at which relativeTime(at, ·) reads differently (in any style
 * and language: they share the unit and the amount). Integer milliseconds; the edges follow
 * the rounding above (minutes away from now, hours and days half up).
 */
export function nextRelativeChange(at: number, now: number): number {
  const delta = at - now;
  if (delta > 0) {
    if (delta < MINUTE) return at; // "in under a minute" -> "just now"
    if (delta < HOUR) {
      const minutes = Math.ceil(delta / MINUTE);
      // "in 1 min" holds at exactly one minute only; below it reads "in under a minute".
      return minutes === 1 ? now + 1 : at - (minutes - 1) * MINUTE;
    }
    const unit = delta < DAY ? HOUR : DAY;
    const amount = Math.round(delta / unit);
    // Down a step once below amount - ½; below one unit the smaller unit takes over.
    return at - Math.max((amount - 0.5) * unit, unit) + 1;
  }
  const size = -delta;
  if (size < MINUTE) return at + MINUTE;
  if (size < HOUR) return at + (Math.floor(size / MINUTE) + 1) * MINUTE;
  if (size < DAY) return at + Math.min((Math.round(size / HOUR) + 0.5) * HOUR, DAY);
  return at + (Math.round(size / DAY) + 0.5) * DAY;
}
