'use client';
/** Panel 7: expected ballistic-missile launches in each quarter of the horizon. */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/app/_components/chart-frame';
import type { ForecastResult } from '@/server/model/schema';
import { GRID, MARGIN, TICK } from './axes';
import { useWords } from '../use-words';
import { formatTick, formatValue, niceTicks, unitsLine } from './format';
import { color } from './palette';
import { launchRows, launchTable, type LaunchRow } from './shape';
import { rowTooltip } from './tooltip-box';

export function LaunchesPanel({ result }: { result: ForecastResult }) {
  const w = useWords();
  const rows = useMemo(() => launchRows(result, w), [result, w]);
  const table = useMemo(() => launchTable(rows, w), [rows, w]);
  const tooltip = useMemo(
    () => rowTooltip<LaunchRow>((row) => ({
      title: row.label,
      lines: [{ label: w.t('charts.launches.tooltip'), value: formatValue(row.mean, 'count', w), color: color('launches') }],
    })),
    [w],
  );
  const ticks = useMemo(() => niceTicks(0, Math.max(1, ...rows.map((r) => r.mean)), 5, 'count'), [rows]);
  return (
    <ChartFrame
      id="chart-launches"
      title={w.t('charts.launches.title')}
      subtitle={w.t('charts.launches.subtitle')}
      units={unitsLine('count', w)}
      table={table}
      legend={[{ label: w.t('charts.launches.legend'), color: color('launches') }]}
    >
      <BarChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={MARGIN}>
        <CartesianGrid {...GRID} vertical={false} />
        <XAxis
          dataKey="short"
          interval={0}
          tick={TICK}
          tickLine={false}
          stroke={color('axis')}
          label={{ value: w.t('charts.launches.axis'), position: 'insideBottom', offset: -12, fill: color('axis'), fontSize: 11 }}
        />
        <YAxis
          domain={ticks.domain}
          ticks={ticks.ticks}
          tickFormatter={(v: number) => formatTick(v, 'count', ticks.decimals, w)}
          tick={TICK}
          tickLine={false}
          stroke={color('axis')}
          width={44}
        />
        <Tooltip content={tooltip} isAnimationActive={false} cursor={{ fill: color('grid'), fillOpacity: 0.6 }} />
        <Bar dataKey="mean" name={w.t('charts.launches.tooltip')} fill={color('launches')} maxBarSize={48} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
