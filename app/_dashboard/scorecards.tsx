/** Panel 1: each outlook with its band, its change from the status quo and its plain reading. */
import { memo } from 'react';
import type { ModelDescription } from '@/server/model/describe';
import type { ForecastResult } from '@/server/model/schema';
import { changeTone, formatChange, formatMean, formatRange } from './format';
import type { Words } from './words';
import styles from './dashboard.module.css';

interface Props {
  result: ForecastResult;
  outlooks: ModelDescription['outlooks'];
  words: Words;
}

const ARROW = { worse: '▲', better: '▼', same: '' } as const;

export const Scorecards = memo(function Scorecards({ result, outlooks, words: w }: Props) {
  const eighty = w.format.locale === 'en' ? '80%' : w.format.percent(0.8);
  return (
    <section aria-label={w.t('cards.label')} className={styles.scorecards}>
      {outlooks.map((meta) => {
        const o = result.outlooks[meta.id];
        const tone = changeTone(meta.id, o.change, meta.unit);
        const arrow = o.change > 0 ? '▲' : o.change < 0 ? '▼' : '';
        return (
          <article key={meta.id} className={styles.card} aria-labelledby={`card-${meta.id}`}>
            <h3 id={`card-${meta.id}`}>{meta.label}</h3>
            <p className={styles.cardValue}>
              <strong data-testid={`outlook-value-${meta.id}`}>{formatMean(o, meta.unit, w)}</strong>
              <span className={styles.cardBand}>{w.t('cards.range', { percent: eighty, range: formatRange(o, meta.unit, w) })}</span>
            </p>
            <p className={`${styles.change} ${styles[tone]}`} data-testid={`outlook-change-${meta.id}`}>
              {tone === 'same' ? w.t('cards.same') : <><span aria-hidden="true">{arrow || ARROW[tone]} </span>{w.t('cards.change', { change: formatChange(o.change, meta.unit, w) })}</>}
            </p>
            <p className={styles.reading} data-testid={`outlook-reading-${meta.id}`}>{o.reading}</p>
          </article>
        );
      })}
    </section>
  );
});
