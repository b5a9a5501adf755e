'use client';
/**
 * One outlook, chosen here: its monthly path for every scenario, and why one
 * chosen scenario (B) differs from another (A), as a waterfall and a sentence.
 */
import { useId } from 'react';
import type { ModelDescription } from '@/server/model/describe';
import type { OutlookId } from '@/server/model/outlooks';
import type { ComparedGroup } from '../_lib/assumption-rows';
import type { ComparedScenario, Series } from '../_lib/series';
import { DifferencePanel, DifferenceSentence, useDifferenceView } from './difference-panel';
import { TrajectoryPanel } from './trajectory-panel';
import type { Forecasts, useDifference } from './use-compare-data';
import { useCompareWords } from './use-compare-words';
import styles from '../compare.module.css';

interface Props {
  description: ModelDescription;
  series: Series[];
  groups: ComparedGroup[];
  scenarios: ComparedScenario[];
  forecasts: Forecasts;
  difference: ReturnType<typeof useDifference>;
  outlook: OutlookId;
  /** Column indices of A and B. */
  pair: [number, number];
  onOutlook: (id: OutlookId) => void;
  onPair: (pair: [number, number]) => void;
  /** Something shown here answers an earlier choice. */
  busy: boolean;
}

export function DriversSection({ description, series, groups, scenarios, forecasts, difference, outlook, pair, onOutlook, onPair, busy }: Props) {
  const id = useId();
  const words = useCompareWords();
  const { t } = words;
  const view = useDifferenceView({ words, description, series, groups, scenarios, difference, outlook, pair });
  // Choosing for A what B is (or the reverse) swaps them: A and B are always two different scenarios.
  const choose = (side: 0 | 1, column: number) => {
    const other = side === 0 ? 1 : 0;
    const next: [number, number] = [...pair];
    if (pair[other] === column) next[other] = pair[side];
    next[side] = column;
    onPair(next);
  };
  const scenarioSelect = (side: 0 | 1, label: string) => (
    <div className={styles.field}>
      <label htmlFor={`${id}-side-${side}`}>{label}</label>
      <select id={`${id}-side-${side}`} value={pair[side]} onChange={(event) => choose(side, Number(event.target.value))}>
        {series.map((s, i) => <option key={s.id} value={i}>{s.name}</option>)}
      </select>
    </div>
  );

  return (
    <section aria-labelledby={`${id}-heading`} className={styles.section} aria-busy={busy}>
      <div className={styles.sectionHeader}>
        <h2 id={`${id}-heading`}>{t('drivers.title')}</h2>
        <div className={styles.controls}>
          <div className={styles.field}>
            <label htmlFor={`${id}-outlook`}>{t('drivers.outlook')}</label>
            <select id={`${id}-outlook`} value={outlook} onChange={(event) => onOutlook(event.target.value as OutlookId)}>
              {description.outlooks.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
            </select>
          </div>
          {scenarioSelect(0, t('drivers.baseline'))}
          {scenarioSelect(1, t('drivers.compared'))}
        </div>
      </div>
      <DifferenceSentence view={view} />
      <div className={styles.driversGrid}>
        <TrajectoryPanel description={description} series={series} results={forecasts.shown} error={forecasts.error} retry={forecasts.retry} outlook={outlook} />
        <DifferencePanel view={view} />
      </div>
    </section>
  );
}
