'use client';
/**
 * The interface language, in each language's own name. Switching keeps the page and its
 * query (the scenario, the slide), so the view reopens in the other language unchanged.
 */
import { useLocale, useTranslations } from 'next-intl';
import { LOCALES, LOCALE_NAMES, type Locale } from '@/server/i18n/locales';
import { getPathname, usePathname } from '@/server/i18n/navigation';

export function LocaleSwitcher({ className }: { className?: string }) {
  const t = useTranslations('common');
  const locale = useLocale();
  const pathname = usePathname();
  const go = (next: Locale) => {
    const { search, hash } = window.location;
    window.location.assign(`${getPathname({ href: pathname, locale: next })}${search}${hash}`);
  };
  return (
    <label className={className}>
      <span>{t('language')}</span>{' '}
      <select value={locale} onChange={(event) => go(event.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>{LOCALE_NAMES[l]}</option>
        ))}
      </select>
    </label>
  );
}
