'use client';
/** Panel 2: the tension index by month, mean and 80% band, on its fixed 0–100 scale. */
import { useMemo } from 'react';
import { ChartFrame } from '@/app/_components/chart-frame';
import type { ForecastResult } from '@/server/model/schema';
import { BandChart, bandLegend } from './band-chart';
import type { Ticks } from './format';
import { color } from './palette';
import { bandTable, tensionRows } from './shape';

// A fixed scale: the index means the same thing whatever the scenario (85 ≈ 2017, 55 ≈ a standoff).
const TENSION_TICKS: Ticks = { domain: [0, 100], ticks: [0, 25, 50, 75, 100], decimals: 0 };

export function TensionPanel({ result }: { result: ForecastResult }) {
  const rows = useMemo(() => tensionRows(result), [result]);
  const table = useMemo(() => bandTable(rows, '0–100'), [rows]);
  const stroke = color('tension');
  return (
    <ChartFrame
      id="chart-tension"
      title="Tension index by month"
      subtitle="Mean with 80% band; a 2017-style crisis is about 85"
      units="index 0–100"
      table={table}
      legend={bandLegend(stroke)}
    >
      <BandChart rows={rows} horizon={result.horizonMonths} ticks={TENSION_TICKS} unit="index" stroke={stroke} />
    </ChartFrame>
  );
}
