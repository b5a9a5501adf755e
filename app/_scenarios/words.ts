/**
 * The translator the scenario and comparison helpers take: next-intl's `t` for the
 * `scenarios` namespace (from useTranslations, getTranslations or translatorFor), seen
 * loosely so pure modules need not carry next-intl's key types. Keys stay literal at each
 * call, where tests/i18n/messages.test.ts finds them.
 */
import type { Formatter } from '@/server/i18n/format';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What the pure helpers need to put things into words: the messages and the number and date formatter. */
export interface Words {
  t: Translate;
  format: Formatter;
}

/** Any next-intl translator, as the helpers take it. */
export const loose = (t: unknown): Translate => t as Translate;

/** Quotation marks around a name, as each language sets them: “A” in English, "A" in Hebrew, «A» in Arabic and Persian. */
export function quoteIn(locale: string, name: string): string {
  if (locale === 'ar' || locale === 'fa') return `«${isolate(name)}»`;
  if (locale === 'he') return `"${isolate(name)}"`;
  return `“${name}”`;
}

/**
 * A name inside a right-to-left sentence, isolated (FSI … PDI) so that an English name
 * keeps its own direction without pulling the punctuation around it out of place.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** "from → to", the arrow pointing the way the page reads. */
export function arrowIn(locale: string): string {
  return locale === 'he' || locale === 'ar' || locale === 'fa' ? '←' : '→';
}
