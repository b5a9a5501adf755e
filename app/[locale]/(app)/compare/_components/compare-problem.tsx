/** Shown instead of the comparison when the link cannot be compared: what went wrong, and where to go. */
import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/server/i18n/navigation';
import styles from '../compare.module.css';
import { MAX_COMPARED, MIN_COMPARED } from '../_lib/url-state';
import { getServerFormat } from '@/server/i18n/server-format';
import { isLocale } from '@/server/i18n/locales';

export async function CompareProblem({ message, retryHref }: { message: string; retryHref?: string }) {
  const locale = await getLocale();
  const t = await getTranslations('compare');
  const format = await getServerFormat(isLocale(locale) ? locale : 'en');
  return (
    <main className={styles.main}>
      <h1 className={styles.title}>{t('problems.title')}</h1>
      <div role="alert" className={styles.problem}>
        <p>{message}</p>
        <p className={styles.problemActions}>
          {/* Loading the link again: the server reads the scenarios again. */}
          {retryHref && <a href={retryHref} className={styles.button}>{t('retry')}</a>}
          {t.rich('problems.back', {
            min: format.number(MIN_COMPARED),
            max: format.number(MAX_COMPARED),
            link: (chunks) => <a href={getPathname({ href: '/scenarios', locale })}>{chunks}</a>,
          })}
        </p>
      </div>
    </main>
  );
}
