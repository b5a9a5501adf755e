/** A revoked, unknown or malformed share link. Says so plainly; reveals nothing about the scenario. */
import { useLocale, useTranslations } from 'next-intl';
import { getPathname } from '@/server/i18n/navigation';
import styles from './shared.module.css';

export default function SharedLinkNotFound() {
  const t = useTranslations('scenarios');
  const locale = useLocale();
  return (
    <main className={styles.invalid}>
      <h1>{t('sharedInvalid.title')}</h1>
      <p>{t('sharedInvalid.text')}</p>
      <p>
        <a href={getPathname({ href: '/', locale })}>{t('sharedInvalid.home')}</a>
      </p>
    </main>
  );
}
