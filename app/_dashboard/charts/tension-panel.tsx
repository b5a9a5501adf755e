'use client';
/** Panel 2: the tension index by month, mean and 80% band, on its fixed 0–100 scale. */
import { useMemo } from 'react';
import { ChartFrame } from '@/app/_components/chart-frame';
import type { ForecastResult } from '@/server/model/schema';
import { BandChart, bandLegend } from './band-chart';
import { useWords } from '../use-words';
import { localDigits, plainNumber } from '../words';
import { unitLabel, unitsLine, type Ticks } from './format';
import { color } from './palette';
import { bandTable, tensionRows } from './shape';

// A fixed scale: the index means the same thing whatever the scenario (85 ≈ 2017, 55 ≈ a standoff).
const TENSION_TICKS: Ticks = { domain: [0, 100], ticks: [0, 25, 50, 75, 100], decimals: 0 };

export function TensionPanel({ result }: { result: ForecastResult }) {
  const rows = useMemo(() => tensionRows(result), [result]);
  const w = useWords();
  const table = useMemo(() => bandTable(rows, `${plainNumber(w, 0)}–${plainNumber(w, 100)}`, w), [rows, w]);
  const stroke = color('tension');
  return (
    <ChartFrame
      id="chart-tension"
      title={w.t('charts.tension.title')}
      subtitle={w.t('charts.tension.subtitle', { year: localDigits(w, '2017'), level: plainNumber(w, 85) })}
      units={unitsLine('index', w)}
      table={table}
      legend={bandLegend(stroke, w)}
    >
      <BandChart rows={rows} horizon={result.horizonMonths} ticks={TENSION_TICKS} unit="index" stroke={stroke} />
    </ChartFrame>
  );
}
