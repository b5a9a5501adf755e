/**
 * Numbers, percentages and dates written the way each locale writes them, with `Intl`.
 * One formatter per locale serves the charts, tables, readings and exports, so a figure
 * reads the same everywhere. Pure and client-safe.
 *
 * - `ar`: Arabic-Indic digits (٣٤٪). CLDR's plain `ar` now defaults to Latin digits, so
 *   the numbering system is asked for explicitly, as the Arab press in the Mashriq and
 *   Gulf prints figures.
 * - `fa`: Persian digits (۳۴٪) and the Solar Hijri calendar by default (CLDR's own
 *   default for `fa`); `latinDigits` switches to Latin digits and the Gregorian calendar.
 * - `he`, `en`: Latin digits, Gregorian calendar.
 */
import type { Locale } from './locales';

export interface FormatOptions {
  /** Persian only: Latin digits and the Gregorian calendar instead of Persian ones. */
  latinDigits?: boolean;
}

/** The BCP 47 tag handed to Intl for a locale and its options. */
export function intlTag(locale: Locale, options: FormatOptions = {}): string {
  switch (locale) {
    case 'ar': return 'ar-u-nu-arab';
    case 'fa': return options.latinDigits ? 'fa-u-nu-latn-ca-gregory' : 'fa';
    default: return locale;
  }
}

export interface NumberOptions {
  /** Exactly this many decimals (default 0). */
  decimals?: number;
  /** "+3" / "−3": a sign on non-zero values. */
  signed?: boolean;
}

export interface Formatter {
  readonly locale: Locale;
  readonly tag: string;
  number(value: number, options?: NumberOptions): string;
  /** A fraction as a percentage: 0.345 → "35%", "٣٥٪", "۳۵٪". */
  percent(fraction: number, options?: NumberOptions): string;
  /** A calendar date: "Nov 21, 2026", "21 בנוב׳ 2026", "۳۰ آبان ۱۴۰۵". */
  date(value: Date | string): string;
  /** Date and time to the minute. */
  dateTime(value: Date | string): string;
  /** "a, b and c" in the locale's words. */
  list(items: readonly string[]): string;
}

const cache = new Map<string, Formatter>();

export function formatterFor(locale: Locale, options: FormatOptions = {}): Formatter {
  const tag = intlTag(locale, options);
  let formatter = cache.get(tag);
  if (!formatter) {
    formatter = createFormatter(locale, tag);
    cache.set(tag, formatter);
  }
  return formatter;
}

function createFormatter(locale: Locale, tag: string): Formatter {
  const numbers = new Map<string, Intl.NumberFormat>();
  const numberFormat = (style: 'decimal' | 'percent', { decimals = 0, signed = false }: NumberOptions) => {
    const key = `${style}:${decimals}:${signed}`;
    let format = numbers.get(key);
    if (!format) {
      format = new Intl.NumberFormat(tag, {
        style,
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        signDisplay: signed ? 'exceptZero' : 'auto',
      });
      numbers.set(key, format);
    }
    return format;
  };
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimes = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  const asDate = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value);
  return {
    locale,
    tag,
    number: (value, options = {}) => numberFormat('decimal', options).format(value),
    percent: (fraction, options = {}) => numberFormat('percent', options).format(fraction),
    date: (value) => dates.format(asDate(value)),
    dateTime: (value) => dateTimes.format(asDate(value)),
    list: (items) => lists.format(items),
  };
}
