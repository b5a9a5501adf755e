/** A page the app does not have, in the locale of the link. */
import { useTranslations } from 'next-intl';
import { Link } from '@/server/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('common');
  return (
    <main style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1.5rem' }}>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p><Link href="/">{t('notFound.home')}</Link></p>
    </main>
  );
}
