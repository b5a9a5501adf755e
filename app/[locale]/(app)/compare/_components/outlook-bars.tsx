'use client';
/**
 * Every outlook for every scenario at the chosen horizon: the four event
 * probabilities on one chart, launches, tension and the arsenal each on their
 * own scale. Until the forecasts arrive each frame keeps its full height.
 */
import { memo, useId, useMemo } from 'react';
import { ChartFrame, type LegendItem } from '@/app/_components/chart-frame';
import { unitsLine } from '@/app/_dashboard/charts/format';
import { localDigits } from '@/app/_dashboard/words';
import type { ModelDescription } from '@/server/model/describe';
import type { ForecastResult } from '@/server/model/schema';
import { barTicks, outlookBarRows, outlookBarTable, unitGroups, type UnitGroup } from '../_lib/shape-bars';
import type { Series } from '../_lib/series';
import { PanelStatus } from './panel-status';
import { BarsPlot } from './plots';
import { WHISKER_COLOR } from './plots/colors';
import type { Forecasts } from './use-compare-data';
import { useCompareWords, type CompareWords } from './use-compare-words';
import styles from '../compare.module.css';

function titles(group: UnitGroup, horizonMonths: number, { t, format, chart }: CompareWords): { title: string; subtitle: string } {
  const only = group.outlooks[0]?.label ?? '';
  const months = { count: horizonMonths, n: format.number(horizonMonths) };
  switch (group.unit) {
    case 'probability': return { title: t('bars.probabilityTitle', months), subtitle: t('bars.probabilitySubtitle') };
    case 'count': return { title: only, subtitle: t('bars.countSubtitle', months) };
    case 'index': return { title: only, subtitle: t('bars.indexSubtitle', { ...months, year: localDigits(chart, '2017'), crisis: format.number(85) }) };
    case 'warheads': return { title: only, subtitle: t('bars.warheadsSubtitle', months) };
  }
}

interface PanelProps {
  group: UnitGroup;
  results: ForecastResult[] | null;
  series: Series[];
  error: Forecasts['error'];
  retry: Forecasts['retry'];
  horizonMonths: number;
}

const BarsPanel = memo(function BarsPanel({ group, results, series, error, retry, horizonMonths }: PanelProps) {
  const words = useCompareWords();
  const rows = useMemo(() => (results ? outlookBarRows(results, group.outlooks) : null), [results, group]);
  const names = useMemo(() => series.map((s) => s.name), [series]);
  const table = useMemo(() => outlookBarTable(rows ?? [], names, group.unit, words), [rows, names, group.unit, words]);
  const legend = useMemo<LegendItem[]>(
    () => [...series.map((s) => ({ label: s.name, color: s.color })), { label: words.t('bars.range'), color: WHISKER_COLOR, mark: 'line' }],
    [series, words],
  );
  const { title, subtitle } = titles(group, horizonMonths, words);
  return (
    <ChartFrame id={`compare-bars-${group.unit}`} title={title} subtitle={subtitle} units={unitsLine(group.unit, words.chart)} table={table} legend={legend}>
      {rows && !error ? (
        <BarsPlot rows={rows} series={series} unit={group.unit} ticks={barTicks(rows, group.unit)} />
      ) : (
        <PanelStatus error={error} retry={retry} what="forecasts" />
      )}
    </ChartFrame>
  );
});

interface Props {
  description: ModelDescription;
  series: Series[];
  forecasts: Forecasts;
  horizonMonths: number;
}

export function OutlookBars({ description, series, forecasts, horizonMonths }: Props) {
  const id = useId();
  const { t, format } = useCompareWords();
  const groups = useMemo(() => unitGroups(description.outlooks), [description]);
  // The results' own horizon titles the charts: while a new horizon loads, the old charts say what they show.
  const shownHorizon = forecasts.shown?.[0]?.horizonMonths ?? horizonMonths;
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.section} aria-busy={forecasts.busy || forecasts.shown?.[0]?.horizonMonths !== horizonMonths}>
      <div className={styles.sectionHeader}>
        <h2 id={`${id}-heading`}>{t('bars.title', { count: horizonMonths, n: format.number(horizonMonths) })}</h2>
        <p className={styles.sectionNote}>{t('bars.note')}</p>
      </div>
      <div className={styles.barsGrid}>
        {groups.map((group) => (
          <BarsPanel key={group.unit} group={group} results={forecasts.shown} series={series} error={forecasts.error} retry={forecasts.retry} horizonMonths={shownHorizon} />
        ))}
      </div>
    </section>
  );
}
