/**
 * The locale lives in the URL: `/` is English, `/he/…`, `/ar/…`, `/fa/…` the others.
 * No detection from cookies or Accept-Language: a link opens in the language it names,
 * so a copied URL reproduces the view exactly.
 */
import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from './locales';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'as-needed',
  localeDetection: false,
  alternateLinks: false,
});
