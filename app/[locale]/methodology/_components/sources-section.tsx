/**
 * Every source the model cites, anchored so assumption and outlook blocks can link to
 * it: the seed articles by file, the record by section of history.md.
 */
import type { SourceRef } from '../_lib/describe-assumption';
import { sourceAnchor } from '../_lib/sections';
import styles from '../methodology.module.css';

export function SourcesSection({ sources }: { sources: readonly SourceRef[] }) {
  const seeds = sources.filter((s) => s.kind === 'seed');
  const record = sources.filter((s) => s.kind === 'record');
  return (
    <section id="sources" aria-labelledby="sources-heading" className={styles.section}>
      <h2 id="sources-heading">Sources</h2>
      <section aria-labelledby="sources-seeds-heading">
        <h3 id="sources-seeds-heading">Seed articles</h3>
        <p className={styles.prose}>
          Five articles in Hebrew, Arabic and Persian, in <code>shared/seeds/</code>, summarised in English in{' '}
          <code>shared/domain/seeds-brief.md</code>.
        </p>
        <ul className={styles.sources}>
          {seeds.map((s) => (
            <li key={s.id} id={sourceAnchor(s.id)}>
              <code>{s.path}</code>
              <span>{s.title}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sources-record-heading">
        <h3 id="sources-record-heading">The record</h3>
        <p className={styles.prose}>
          Sections of <code>shared/domain/history.md</code>: tests, launches, resolutions, agreements, exercises and the
          arsenal, with published forecasts for comparison.
        </p>
        <ul className={`${styles.sources} ${styles.recordList}`}>
          {record.map((s) => (
            <li key={s.id} id={sourceAnchor(s.id)}>
              {s.title}
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
