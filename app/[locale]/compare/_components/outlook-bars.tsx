'use client';
/**
 * Every outlook for every scenario at the chosen horizon: the four event
 * probabilities on one chart, launches, tension and the arsenal each on their
 * own scale. Until the forecasts arrive each frame keeps its full height.
 */
import { memo, useId, useMemo } from 'react';
import { ChartFrame, type LegendItem } from '@/app/_components/chart-frame';
import { unitsLine } from '@/app/_dashboard/charts/format';
import type { ModelDescription } from '@/server/model/describe';
import type { ForecastResult } from '@/server/model/schema';
import { barTicks, outlookBarRows, outlookBarTable, unitGroups, type UnitGroup } from '../_lib/shape-bars';
import type { Series } from '../_lib/series';
import { PanelStatus } from './panel-status';
import { BarsPlot } from './plots';
import { WHISKER_COLOR } from './plots/colors';
import type { Forecasts } from './use-compare-data';
import styles from '../compare.module.css';

function titles(group: UnitGroup, horizonMonths: number): { title: string; subtitle: string } {
  const only = group.outlooks[0]?.label ?? '';
  switch (group.unit) {
    case 'probability': return { title: `Chance of each event within ${horizonMonths} months`, subtitle: 'At least one within the horizon' };
    case 'count': return { title: only, subtitle: `Expected number within ${horizonMonths} months` };
    case 'index': return { title: only, subtitle: `Average over the ${horizonMonths} months (a 2017-style crisis ≈ 85)` };
    case 'warheads': return { title: only, subtitle: `Estimated warheads after ${horizonMonths} months` };
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
  const rows = useMemo(() => (results ? outlookBarRows(results, group.outlooks) : null), [results, group]);
  const names = useMemo(() => series.map((s) => s.name), [series]);
  const table = useMemo(() => outlookBarTable(rows ?? [], names, group.unit), [rows, names, group.unit]);
  const legend = useMemo<LegendItem[]>(
    () => [...series.map((s) => ({ label: s.name, color: s.color })), { label: '80% range (P10–P90)', color: WHISKER_COLOR, mark: 'line' }],
    [series],
  );
  const { title, subtitle } = titles(group, horizonMonths);
  return (
    <ChartFrame id={`compare-bars-${group.unit}`} title={title} subtitle={subtitle} units={unitsLine(group.unit)} table={table} legend={legend}>
      {rows && !error ? (
        <BarsPlot rows={rows} series={series} unit={group.unit} ticks={barTicks(rows, group.unit)} />
      ) : (
        <PanelStatus error={error} retry={retry} failed="The forecasts could not be computed" loading="Computing the forecasts…" />
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
  const groups = useMemo(() => unitGroups(description.outlooks), [description]);
  // The results' own horizon titles the charts: while a new horizon loads, the old charts say what they show.
  const shownHorizon = forecasts.shown?.[0]?.horizonMonths ?? horizonMonths;
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.section} aria-busy={forecasts.busy || forecasts.shown?.[0]?.horizonMonths !== horizonMonths}>
      <div className={styles.sectionHeader}>
        <h2 id={`${id}-heading`}>Outlooks over the next {horizonMonths} months</h2>
        <p className={styles.sectionNote}>Bars are means; whiskers the 80% range (P10–P90) of the model’s uncertainty.</p>
      </div>
      <div className={styles.barsGrid}>
        {groups.map((group) => (
          <BarsPanel key={group.unit} group={group} results={forecasts.shown} series={series} error={forecasts.error} retry={forecasts.retry} horizonMonths={shownHorizon} />
        ))}
      </div>
    </section>
  );
}
