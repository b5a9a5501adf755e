/**
 * What the dashboard's pure formatting and shaping functions need to write in the
 * page's language: its number formatter (digits of the locale) and its `dashboard`
 * messages. Pure and client-safe; components get theirs from `useWords()`. Without
 * one, the functions write English exactly as they always have (the briefing, the
 * compare page and the unit tests rely on that).
 */
import { createTranslator } from 'use-intl/core';
import { formatterFor, type Formatter } from '@/server/i18n/format';
import { directionOf } from '@/server/i18n/locales';
import englishMessages from '@/server/i18n/messages/en/dashboard.json';

/** A `dashboard` translator: next-intl's `t` from useTranslations('dashboard') or translatorFor(locale, 'dashboard'). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface Words {
  format: Formatter;
  t: Translate;
}

let english: Words | undefined;

export function englishWords(): Words {
  english ??= {
    format: formatterFor('en'),
    t: createTranslator({ locale: 'en', messages: { dashboard: englishMessages }, namespace: 'dashboard' }) as unknown as Translate,
  };
  return english;
}

export function wordsFrom(format: Formatter, t: unknown): Words {
  return { format, t: t as Translate };
}

/** English keeps the dashboard's historical renderings (toFixed, "−", "pts"); other locales use Intl. */
export const isEnglish = (w: Words | undefined): boolean => !w || w.format.locale === 'en';

export const directionOfWords = (w: Words | undefined): 'ltr' | 'rtl' => (w ? directionOf(w.format.locale) : 'ltr');

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The plural category of a number as it is shown (with `decimals` decimals: "1.0" is
 * "other" in English), passed to messages as `form` (`{form, select, one {…} other {…}}`).
 */
export function pluralForm(w: Words, value: number, decimals = 0): string {
  const key = `${w.format.tag}:${decimals}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(w.format.tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    pluralRules.set(key, rules);
  }
  return rules.select(Math.abs(value));
}

/** A plain number in the locale's digits (English: as `toFixed`, no grouping, never "-0.0"). */
export function plainNumber(w: Words | undefined, value: number, decimals = 0): string {
  if (isEnglish(w)) return value.toFixed(decimals).replace(/^-(?=0(\.0+)?$)/, '');
  const rounded = Number(value.toFixed(decimals));
  return w!.format.number(Object.is(rounded, -0) || rounded === 0 ? 0 : rounded, { decimals });
}

/** The locale's percent sign ("%", "٪"). */
export function percentSign(w: Words | undefined): string {
  if (isEnglish(w)) return '%';
  return new Intl.NumberFormat(w!.format.tag, { style: 'percent' }).formatToParts(0).find((p) => p.type === 'percentSign')?.value ?? '%';
}

/** The digits of a code-like text (a year, a resolution number, a date) in the locale's digits, with no grouping. */
export function localDigits(w: Words | undefined, text: string): string {
  if (isEnglish(w)) return text;
  return text.replace(/\d/g, (d) => w!.format.number(Number(d)));
}
