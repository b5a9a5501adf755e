/** A scenario link that leads nowhere: the id is wrong, or the scenario was deleted. */
import { useTranslations } from 'next-intl';
import { Link } from '@/server/i18n/navigation';
import { SiteHeader } from '../_components/site-header';
import styles from '../_components/history.module.css';
import ui from '../_components/ui.module.css';

export default function ScenarioNotFound() {
  const t = useTranslations('scenarios');
  return (
    <div className={ui.page}>
      <SiteHeader />
      <main>
        <p className={styles.back}><Link href="/scenarios">{t('history.back')}</Link></p>
        <h1>{t('missing.title')}</h1>
        <p className={styles.description}>
          {t.rich('missing.text', { link: (chunks) => <Link href={{ pathname: '/scenarios', query: { view: 'deleted' } }}>{chunks}</Link> })}
        </p>
      </main>
    </div>
  );
}
