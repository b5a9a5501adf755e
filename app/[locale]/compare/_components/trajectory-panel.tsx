'use client';
/** The chosen outlook month by month, one line per scenario, with P10–P90 bands where the model has them. */
import { memo, useMemo, useState } from 'react';
import { ChartFrame, TALL_CHART_HEIGHT, type LegendItem } from '@/app/_components/chart-frame';
import { asUnit, unitsLine } from '@/app/_dashboard/charts/format';
import type { ModelDescription } from '@/server/model/describe';
import type { OutlookId, OutlookUnit } from '@/server/model/outlooks';
import type { ForecastResult } from '@/server/model/schema';
import { hasBands, trajectoryRows, trajectoryTable, trajectoryTicks } from '../_lib/shape-trajectories';
import type { Series } from '../_lib/series';
import { PanelStatus } from './panel-status';
import { TrajectoryPlot } from './plots';
import type { Forecasts } from './use-compare-data';
import styles from '../compare.module.css';

/** Up to two overlapping bands read well; three or four blur into one grey area, so they start hidden. */
const BANDS_SHOWN_UP_TO = 2;

function subtitle(unit: OutlookUnit, bands: boolean): string {
  switch (unit) {
    case 'probability': return 'Chance of at least one by each month';
    case 'count': return 'Expected launches so far, by month';
    case 'index': return bands ? 'Monthly mean with 80% band' : 'Monthly mean';
    case 'warheads': return `${bands ? 'Mean with 80% band' : 'Mean'}, from today’s estimate`;
  }
}

interface Props {
  description: ModelDescription;
  series: Series[];
  results: ForecastResult[] | null;
  error: Forecasts['error'];
  retry: Forecasts['retry'];
  outlook: OutlookId;
}

export const TrajectoryPanel = memo(function TrajectoryPanel({ description, series, results, error, retry, outlook }: Props) {
  const meta = description.outlooks.find((o) => o.id === outlook);
  const unit = asUnit(meta?.unit);
  const rows = useMemo(
    () => (results ? trajectoryRows(results, outlook, description.context.warheadsEstimate) : null),
    [results, outlook, description],
  );
  const [bandsWanted, setBandsWanted] = useState(series.length <= BANDS_SHOWN_UP_TO);
  const hasBand = rows ? hasBands(rows) : false;
  const bands = hasBand && bandsWanted;
  const table = useMemo(() => trajectoryTable(rows ?? [], series.map((s) => s.name), unit), [rows, series, unit]);
  const legend = useMemo<LegendItem[]>(
    () => [
      ...series.map((s): LegendItem => ({ label: s.name, color: s.color, mark: s.dash ? 'dashed' : 'line' })),
      ...(bands ? [{ label: '80% bands (P10–P90)', color: 'var(--muted, #56606b)', mark: 'band' as const }] : []),
    ],
    [series, bands],
  );
  const horizon = results?.[0]?.horizonMonths ?? 0;
  return (
    <ChartFrame
      id="compare-trajectory"
      title={`${meta?.label ?? outlook} by month`}
      subtitle={subtitle(unit, bands)}
      units={unitsLine(unit)}
      table={table}
      height={TALL_CHART_HEIGHT}
      legend={legend}
      actions={hasBand && (
        <label className={styles.frameToggle}>
          <input type="checkbox" checked={bandsWanted} onChange={(event) => setBandsWanted(event.target.checked)} />
          80% bands
        </label>
      )}
    >
      {rows && !error ? (
        <TrajectoryPlot rows={rows} series={series} unit={unit} ticks={trajectoryTicks(rows, unit)} horizon={horizon} bands={bands} />
      ) : (
        <PanelStatus error={error} retry={retry} failed="The forecasts could not be computed" loading="Computing the forecasts…" />
      )}
    </ChartFrame>
  );
});
