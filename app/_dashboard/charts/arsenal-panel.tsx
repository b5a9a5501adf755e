'use client';
/** Panel 6: estimated warheads by month, mean and 80% band, from today's estimate at month 0. */
import { useMemo } from 'react';
import { ChartFrame } from '@/app/_components/chart-frame';
import type { ModelDescription } from '@/server/model/describe';
import type { ForecastResult } from '@/server/model/schema';
import { BandChart, bandLegend } from './band-chart';
import { niceTicks } from './format';
import { color } from './palette';
import { arsenalRows, bandTable } from './shape';

export function ArsenalPanel({ result, describe }: { result: ForecastResult; describe: ModelDescription }) {
  const rows = useMemo(() => arsenalRows(result, describe), [result, describe]);
  const table = useMemo(() => bandTable(rows, 'warheads'), [rows]);
  const ticks = useMemo(
    () => niceTicks(Math.min(...rows.map((r) => r.band[0])), Math.max(...rows.map((r) => r.band[1])), 5, 'warheads'),
    [rows],
  );
  const stroke = color('arsenal');
  return (
    <ChartFrame
      id="chart-arsenal"
      title="Nuclear arsenal by month"
      subtitle={`Mean with 80% band, from about ${describe.context.warheadsEstimate} today`}
      units="in warheads"
      table={table}
      legend={bandLegend(stroke)}
    >
      <BandChart rows={rows} horizon={result.horizonMonths} ticks={ticks} unit="warheads" stroke={stroke} />
    </ChartFrame>
  );
}
