'use client';
/**
 * The interface language, in each language's own name. Switching keeps the page and its
 * query (the scenario, the slide), so the view reopens in the other language unchanged.
 * In Persian, a reader can also choose Latin digits and Gregorian dates (a cookie, so the
 * exports follow it too).
 */
import { useLocale, useTranslations } from 'next-intl';
import { DIGITS_COOKIE } from '@/server/i18n/format-options';
import { LOCALES, LOCALE_NAMES, type Locale } from '@/server/i18n/locales';
import { getPathname, usePathname } from '@/server/i18n/navigation';
import { useFormatOptions } from './format-context';

const YEAR_SECONDS = 365 * 24 * 3600;

export function LocaleSwitcher({ className }: { className?: string }) {
  const t = useTranslations('common');
  const locale = useLocale();
  const pathname = usePathname();
  const { latinDigits = false } = useFormatOptions();
  const go = (next: Locale) => {
    const { search, hash } = window.location;
    window.location.assign(`${getPathname({ href: pathname, locale: next })}${search}${hash}`);
  };
  const chooseDigits = (latin: boolean) => {
    document.cookie = `${DIGITS_COOKIE}=${latin ? 'latin' : 'native'}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
    window.location.reload();
  };
  return (
    <span className={className}>
      <label>
        <span>{t('language')}</span>{' '}
        <select value={locale} onChange={(event) => go(event.target.value as Locale)}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>{LOCALE_NAMES[l]}</option>
          ))}
        </select>
      </label>
      {locale === 'fa' && (
        <label>
          {' '}<input type="checkbox" checked={latinDigits} onChange={(event) => chooseDigits(event.target.checked)} /> {t('latinDigits')}
        </label>
      )}
    </span>
  );
}
