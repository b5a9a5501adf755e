/** A revoked, unknown or malformed share link. Says so plainly; reveals nothing about the scenario. */
import { useTranslations } from 'next-intl';
import { Link } from '@/server/i18n/navigation';
import styles from './shared.module.css';

export default function SharedLinkNotFound() {
  const t = useTranslations('scenarios');
  return (
    <main className={styles.invalid}>
      <h1>{t('sharedInvalid.title')}</h1>
      <p>{t('sharedInvalid.text')}</p>
      <p>
        <Link href="/">{t('sharedInvalid.home')}</Link>
      </p>
    </main>
  );
}
