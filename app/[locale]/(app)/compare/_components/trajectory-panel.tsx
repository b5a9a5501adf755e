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
import { useCompareWords } from './use-compare-words';
import type { Translate } from '@/app/_scenarios/words';
import styles from '../compare.module.css';

/** Up to two overlapping bands read well; three or four blur into one grey area, so they start hidden. */
const BANDS_SHOWN_UP_TO = 2;

function subtitle(unit: OutlookUnit, bands: boolean, t: Translate): string {
  switch (unit) {
    case 'probability': return t('trajectory.probability');
    case 'count': return t('trajectory.count');
    case 'index': return bands ? t('trajectory.indexBands') : t('trajectory.index');
    case 'warheads': return bands ? t('trajectory.warheadsBands') : t('trajectory.warheads');
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
  const words = useCompareWords();
  const { t } = words;
  const meta = description.outlooks.find((o) => o.id === outlook);
  const unit = asUnit(meta?.unit);
  const rows = useMemo(
    () => (results ? trajectoryRows(results, outlook, description.context.warheadsEstimate) : null),
    [results, outlook, description],
  );
  const [bandsWanted, setBandsWanted] = useState(series.length <= BANDS_SHOWN_UP_TO);
  const hasBand = rows ? hasBands(rows) : false;
  const bands = hasBand && bandsWanted;
  const table = useMemo(() => trajectoryTable(rows ?? [], series.map((s) => s.name), unit, words), [rows, series, unit, words]);
  const legend = useMemo<LegendItem[]>(
    () => [
      ...series.map((s): LegendItem => ({ label: s.name, color: s.color, mark: s.dash ? 'dashed' : 'line' })),
      ...(bands ? [{ label: t('trajectory.bandsLegend'), color: 'var(--muted, #56606b)', mark: 'band' as const }] : []),
    ],
    [series, bands, t],
  );
  const horizon = results?.[0]?.horizonMonths ?? 0;
  return (
    <ChartFrame
      id="compare-trajectory"
      title={t('trajectory.title', { outlook: meta?.label ?? outlook })}
      subtitle={subtitle(unit, bands, t)}
      units={unitsLine(unit, words.chart)}
      table={table}
      height={TALL_CHART_HEIGHT}
      legend={legend}
      actions={hasBand && (
        <label className={styles.frameToggle}>
          <input type="checkbox" checked={bandsWanted} onChange={(event) => setBandsWanted(event.target.checked)} />
          {t('trajectory.bands')}
        </label>
      )}
    >
      {rows && !error ? (
        <TrajectoryPlot rows={rows} series={series} unit={unit} ticks={trajectoryTicks(rows, unit)} horizon={horizon} bands={bands} />
      ) : (
        <PanelStatus error={error} retry={retry} what="forecasts" />
      )}
    </ChartFrame>
  );
});
