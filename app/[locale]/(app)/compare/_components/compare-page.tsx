/** The page's frame: site navigation and the language, then the comparison (or why there is none). */
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ExportNameProvider } from '@/app/_components/export-name';
import { AccountMenu } from '@/app/_auth/account-menu';
import { LocaleSwitcher } from '@/app/_components/locale-switcher';
import { getPathname } from '@/server/i18n/navigation';
import styles from '../compare.module.css';

const LINKS = ['/', '/scenarios', '/methodology'] as const;

export async function ComparePage({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('compare');
  const label = (href: (typeof LINKS)[number]) => (href === '/' ? t('nav.dashboard') : href === '/scenarios' ? t('nav.scenarios') : t('nav.methodology'));
  return (
    <div className={styles.page}>
      <nav aria-label={t('nav.label')} className={styles.nav}>
        <span className={styles.brand}>{t('nav.brand')}</span>
        {/* Plain links: pages load in full, and nothing is prefetched from a comparison. */}
        <ul>
          {LINKS.map((href) => <li key={href}><a href={getPathname({ href, locale })}>{label(href)}</a></li>)}
        </ul>
        <LocaleSwitcher className={styles.locale} />
              <AccountMenu className={styles.locale} />
      </nav>
      <ExportNameProvider name="comparison">{children}</ExportNameProvider>
    </div>
  );
}
