/** The header of the scenario pages: where you are, the way back to the dashboard and the methodology, and the language. */
import { useTranslations } from 'next-intl';
import { AccountMenu } from '@/app/_auth/account-menu';
import { LocaleSwitcher } from '@/app/_components/locale-switcher';
import { Link } from '@/server/i18n/navigation';
import styles from './site-header.module.css';

const SECTIONS = ['/', '/scenarios', '/methodology'] as const;

export function SiteHeader({ current }: { current?: (typeof SECTIONS)[number] }) {
  const t = useTranslations('scenarios');
  const label = (href: (typeof SECTIONS)[number]) =>
    href === '/' ? t('header.dashboard') : href === '/scenarios' ? t('header.scenarios') : t('header.methodology');
  return (
    <header className={styles.header}>
      <span className={styles.brand}>{t('header.brand')}</span>
      <nav aria-label={t('header.nav')} className={styles.nav}>
        <ul>
          {SECTIONS.map((href) => (
            <li key={href}>
              <Link href={href} aria-current={href === current ? 'page' : undefined}>{label(href)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <LocaleSwitcher className={styles.locale} />
              <AccountMenu className={styles.locale} />
    </header>
  );
}
