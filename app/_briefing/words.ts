/**
 * How the briefing writes its numbers, dates and lists in a locale: the slide model, the
 * PowerPoint export and the tests share it. English keeps the dashboard's exact forms
 * ("34%", "23.4 launches", "+12 pts", "21 November 2026", "a, b and c"); Hebrew, Arabic
 * and Persian write them with `Intl` (their digits, percent signs and calendars), and the
 * unit words come from the `briefing` messages. Server side (it loads the messages).
 */
import { latinDigits } from '@/server/i18n/digits';
import { formatterFor, type FormatOptions, type Formatter } from '@/server/i18n/format';
import type { Locale } from '@/server/i18n/locales';
import { translatorFor } from '@/server/i18n/translator';
import type { OutlookUnit } from '@/server/model/outlooks';

export type BriefingTranslator = ReturnType<typeof translatorFor<'briefing'>>;

interface BandValues {
  mean: number;
  p10: number;
  p90: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Quotation marks around a scenario's name, as each language's press sets them. */
const QUOTES: Record<Locale, [string, string]> = { en: ['“', '”'], he: ['“', '”'], ar: ['«', '»'], fa: ['«', '»'] };

export interface BriefingWords {
  locale: Locale;
  t: BriefingTranslator;
  format: Formatter;
  /** A bare number: decimals as given. */
  number(value: number, decimals?: number): string;
  /** A share (0–1) as a whole percentage: "34%", "٣٤٪", "۳۴٪". */
  percent(share: number): string;
  /** An outlook value without unit words: "34%", "23.4", "56", "58". */
  value(value: number, unit: OutlookUnit): string;
  /** "34%", "23.4 launches", "56 / 100", "58 warheads" */
  mean(band: BandValues, unit: OutlookUnit): string;
  /** The unit words after the number, for display apart from it ("launches", "/ 100"). */
  unitWords(unit: OutlookUnit): string;
  /** "20%–48%" */
  range(band: BandValues, unit: OutlookUnit): string;
  /** "+12 pts", "−3.0 launches", "±0 points" */
  change(change: number, unit: OutlookUnit): string;
  /** A signed bare number, "+10", "−5" (chart ticks). */
  signed(value: number, decimals: number): string;
  /** "21 November 2026" */
  date(iso: string): string;
  /** "2026-11" → "November 2026" */
  monthYear(text: string): string;
  /** "a, b and c" */
  list(items: string[]): string;
  /** “name” */
  quoted(name: string): string;
  /** Between items of a list that have commas of their own: "; " (Arabic script: "؛ "). */
  semicolon: string;
  /** Between plain items: ", " (Arabic script: "، "). */
  comma: string;
}

/** "2026-11-21T08:00:00Z" → "2026-11-21"; throws on anything that is not a date. */
export function isoDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  if (!match) throw new Error(`briefing date must be an ISO date, got "${date}"`);
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) throw new Error(`briefing date must be an ISO date, got "${date}"`);
  return `${y}-${m}-${d}`;
}

/** "2026-11-21" → "21 November 2026" */
export function dateInWords(date: string): string {
  const iso = isoDate(date);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const englishList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export { latinDigits } from '@/server/i18n/digits';

export function briefingWords(locale: Locale = 'en', options: FormatOptions = {}): BriefingWords {
  const translate = translatorFor(locale, 'briefing');
  // A Persian reader who asked for Latin digits gets them in the messages' own figures ("۸۰٪") too.
  const t = (locale === 'fa' && options.latinDigits
    ? (...args: Parameters<typeof translate>) => latinDigits(translate(...args))
    : translate) as BriefingTranslator;
  const format = formatterFor(locale, options);
  const en = locale === 'en';
  const number = (value: number, decimals = 0) => (en ? value.toFixed(decimals) : format.number(value, { decimals }));
  const percent = (share: number, decimals = 0) => {
    const rounded = Number((share * 100).toFixed(decimals));
    return en ? `${rounded.toFixed(decimals)}%` : format.percent(rounded / 100, { decimals });
  };
  const value = (v: number, unit: OutlookUnit): string => {
    switch (unit) {
      case 'probability':
        // Small chances keep a decimal (as the model's readings do), and never show as a flat "0%".
        if (v >= 0.01) return percent(Math.round(v * 100) / 100);
        return v > 0 && v < 0.0005 ? `<${percent(0.001, 1)}` : percent(v, 1);
      case 'count':
        // A decimal matters for small expected counts (0.4 is not "none"), not for large ones.
        return v < 10 ? number(v, 1) : number(Math.round(v));
      case 'index':
      case 'warheads':
        return number(Math.round(v));
    }
  };
  const unitWords = (unit: OutlookUnit): string => {
    switch (unit) {
      case 'probability': return '';
      case 'count': return t('units.launches');
      case 'index': return `/ ${number(100)}`;
      case 'warheads': return t('units.warheads');
    }
  };
  const mean = (band: BandValues, unit: OutlookUnit): string => {
    const v = value(band.mean, unit);
    switch (unit) {
      case 'probability': return v;
      case 'count': return t('units.launchesValue', { value: v });
      case 'index': return `${v} ${unitWords('index')}`;
      case 'warheads': return t('units.warheadsValue', { value: v });
    }
  };
  const signed = (v: number, decimals: number) => {
    const size = number(Math.abs(v), decimals);
    if (Number(Math.abs(v).toFixed(decimals)) === 0) return number(0);
    if (en) return `${v > 0 ? '+' : '−'}${size}`;
    return format.number(Number(v.toFixed(decimals)), { decimals, signed: true });
  };
  const change = (c: number, unit: OutlookUnit): string => {
    const size = Math.abs(c);
    let text: string;
    let decimals: number;
    let shown: number;
    if (unit === 'probability') {
      const points = size * 100;
      decimals = points >= 10 || points === 0 ? 0 : 1;
      shown = decimals === 0 ? Math.round(points) : points;
    } else {
      decimals = size < 10 ? 1 : 0;
      shown = decimals === 0 ? Math.round(size) : size;
    }
    if (en) {
      const sign = c > 0 ? '+' : c < 0 ? '−' : '±';
      text = `${sign}${shown.toFixed(decimals)}`;
    } else if (c === 0) {
      // No "±" in right-to-left text: it would stand on the wrong side of the number.
      text = format.number(0, { decimals });
    } else {
      text = format.number((c > 0 ? 1 : -1) * Number(shown.toFixed(decimals)), { decimals, signed: true });
    }
    switch (unit) {
      case 'probability': return t('units.pointsChange', { value: text });
      case 'count': return t('units.launchesValue', { value: text });
      case 'index': return t('units.indexChange', { value: text });
      case 'warheads': return t('units.warheadsValue', { value: text });
    }
  };
  const longDate = en ? null : new Intl.DateTimeFormat(format.tag, { dateStyle: 'long', timeZone: 'UTC' });
  const monthFormat = en ? null : new Intl.DateTimeFormat(format.tag, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  return {
    locale, t, format, number,
    percent: (share) => percent(Math.round(share * 100) / 100),
    value, mean, unitWords,
    range: (band, unit) => `${value(band.p10, unit)}–${value(band.p90, unit)}`,
    change, signed,
    date: (date) => (longDate ? longDate.format(new Date(`${isoDate(date)}T12:00:00Z`)) : dateInWords(date)),
    monthYear: (text) => {
      const match = /^(\d{4})-(\d{2})$/.exec(text);
      if (!match) return text;
      if (!monthFormat) return `${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
      return monthFormat.format(new Date(`${text}-15T12:00:00Z`));
    },
    list: (items) => (en ? englishList(items) : format.list(items)),
    quoted: (name) => `${QUOTES[locale][0]}${name}${QUOTES[locale][1]}`,
    semicolon: locale === 'ar' || locale === 'fa' ? '؛ ' : '; ',
    comma: locale === 'ar' || locale === 'fa' ? '، ' : ', ',
  };
}
