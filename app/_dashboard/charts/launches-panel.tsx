'use client';
/** Panel 7: expected ballistic-missile launches in each quarter of the horizon. */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/app/_components/chart-frame';
import type { ForecastResult } from '@/server/model/schema';
import { GRID, MARGIN, TICK } from './axes';
import { formatTick, formatValue, niceTicks } from './format';
import { color } from './palette';
import { launchRows, launchTable, type LaunchRow } from './shape';
import { rowTooltip } from './tooltip-box';

const tooltip = rowTooltip<LaunchRow>((row) => ({
  title: row.label,
  lines: [{ label: 'Expected launches', value: formatValue(row.mean, 'count'), color: color('launches') }],
}));

export function LaunchesPanel({ result }: { result: ForecastResult }) {
  const rows = useMemo(() => launchRows(result), [result]);
  const table = useMemo(() => launchTable(rows), [rows]);
  const ticks = useMemo(() => niceTicks(0, Math.max(1, ...rows.map((r) => r.mean)), 5, 'count'), [rows]);
  return (
    <ChartFrame
      id="chart-launches"
      title="Missile launches by quarter"
      subtitle="Expected ballistic-missile launches in each quarter"
      units="in missiles"
      table={table}
      legend={[{ label: 'Expected launches (mean)', color: color('launches') }]}
    >
      <BarChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={MARGIN}>
        <CartesianGrid {...GRID} vertical={false} />
        <XAxis
          dataKey="short"
          interval={0}
          tick={TICK}
          tickLine={false}
          stroke={color('axis')}
          label={{ value: 'Quarter ahead', position: 'insideBottom', offset: -12, fill: color('axis'), fontSize: 11 }}
        />
        <YAxis
          domain={ticks.domain}
          ticks={ticks.ticks}
          tickFormatter={(v: number) => formatTick(v, 'count', ticks.decimals)}
          tick={TICK}
          tickLine={false}
          stroke={color('axis')}
          width={40}
        />
        <Tooltip content={tooltip} isAnimationActive={false} cursor={{ fill: color('grid'), fillOpacity: 0.6 }} />
        <Bar dataKey="mean" name="Expected launches" fill={color('launches')} maxBarSize={48} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
