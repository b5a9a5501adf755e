'use client';
/** Panel 6: estimated warheads by month, mean and 80% band, from today's estimate at month 0. */
import { useMemo } from 'react';
import { ChartFrame } from '@/app/_components/chart-frame';
import type { ModelDescription } from '@/server/model/describe';
import type { ForecastResult } from '@/server/model/schema';
import { BandChart, bandLegend } from './band-chart';
import { useWords } from '../use-words';
import { niceTicks, unitsLine } from './format';
import { color } from './palette';
import { arsenalRows, bandTable } from './shape';

export function ArsenalPanel({ result, describe }: { result: ForecastResult; describe: ModelDescription }) {
  const w = useWords();
  const rows = useMemo(() => arsenalRows(result, describe), [result, describe]);
  const table = useMemo(() => bandTable(rows, w.t('charts.unit.warheads'), w), [rows, w]);
  const ticks = useMemo(
    () => niceTicks(Math.min(...rows.map((r) => r.band[0])), Math.max(...rows.map((r) => r.band[1])), 5, 'warheads'),
    [rows],
  );
  const stroke = color('arsenal');
  return (
    <ChartFrame
      id="chart-arsenal"
      title={w.t('charts.arsenal.title')}
      subtitle={w.t('charts.arsenal.subtitle', { count: w.format.locale === 'en' ? String(describe.context.warheadsEstimate) : w.format.number(describe.context.warheadsEstimate) })}
      units={unitsLine('warheads', w)}
      table={table}
      legend={bandLegend(stroke, w)}
    >
      <BandChart rows={rows} horizon={result.horizonMonths} ticks={ticks} unit="warheads" stroke={stroke} />
    </ChartFrame>
  );
}
