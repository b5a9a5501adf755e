/**
 * The interface languages. English is the default and the source of every message;
 * Hebrew, Arabic and Persian are written right to left. Client-safe (no server imports).
 */
export const LOCALES = ['en', 'he', 'ar', 'fa'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['he', 'ar', 'fa']);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/** Each language in its own script, as a language menu shows them. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  he: 'עברית',
  ar: 'العربية',
  fa: 'فارسی',
};
