/**
 * Every source the model cites, anchored so assumption and outlook blocks can link to
 * it: the seed articles by file, the record by section of history.md. Titles stay as
 * written (English); the page's words around them are in its locale.
 */
import type { Locale } from '@/server/i18n/locales';
import { translatorFor } from '@/server/i18n/translator';
import type { SourceRef } from '../_lib/describe-assumption';
import { sourceAnchor } from '../_lib/sections';
import styles from '../methodology.module.css';

const code = (chunks: React.ReactNode) => <code dir="ltr">{chunks}</code>;

export function SourcesSection({ sources, locale }: { sources: readonly SourceRef[]; locale: Locale }) {
  const t = translatorFor(locale, 'methodology');
  const seeds = sources.filter((s) => s.kind === 'seed');
  const record = sources.filter((s) => s.kind === 'record');
  return (
    <section id="sources" aria-labelledby="sources-heading" className={styles.section}>
      <h2 id="sources-heading">{t('sections.sources')}</h2>
      <section aria-labelledby="sources-seeds-heading">
        <h3 id="sources-seeds-heading">{t('sources.seeds')}</h3>
        <p className={styles.prose}>{t.rich('sources.seedsIntro', { code })}</p>
        <ul className={styles.sources}>
          {seeds.map((s) => (
            <li key={s.id} id={sourceAnchor(s.id)}>
              <code dir="ltr">{s.path}</code>
              <bdi lang="en">{s.title}</bdi>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sources-record-heading">
        <h3 id="sources-record-heading">{t('sources.record')}</h3>
        <p className={styles.prose}>{t.rich('sources.recordIntro', { code })}</p>
        <ul className={`${styles.sources} ${styles.recordList}`}>
          {record.map((s) => (
            <li key={s.id} id={sourceAnchor(s.id)}>
              <bdi lang="en">{s.title}</bdi>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
