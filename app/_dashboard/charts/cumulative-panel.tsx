'use client';
/** Panel 3: the cumulative chance of each scored event by month. */
import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/app/_components/chart-frame';
import type { ModelDescription } from '@/server/model/describe';
import { EVENT_OUTLOOKS } from '@/server/model/outlooks';
import type { ForecastResult } from '@/server/model/schema';
import { useWords } from '../use-words';
import { GRID, MARGIN, TICK, byMonthTitle, monthAxis } from './axes';
import { formatTick, formatValue, niceTicks, unitsLine } from './format';
import { EVENT_COLORS, EVENT_DASHES, color } from './palette';
import { cumulativeRows, cumulativeTable, labelOf, type CumulativeRow } from './shape';
import { rowTooltip } from './tooltip-box';

// The axis never shrinks below 0–10%, so a 0.3% chance does not look like a steep climb.
const MIN_TOP = 0.1;

export function CumulativePanel({ result, describe }: { result: ForecastResult; describe: ModelDescription }) {
  const w = useWords();
  const rows = useMemo(() => cumulativeRows(result), [result]);
  const table = useMemo(() => cumulativeTable(rows, describe, w), [rows, describe, w]);
  const ticks = useMemo(() => {
    const top = Math.max(MIN_TOP, ...rows.flatMap((r) => EVENT_OUTLOOKS.map((id) => r[id])));
    return niceTicks(0, Math.min(1, top), 5, 'probability');
  }, [rows]);
  const tooltip = useMemo(
    () => rowTooltip<CumulativeRow>((row) => ({
      title: byMonthTitle(row.month, w),
      lines: EVENT_OUTLOOKS.map((id) => ({
        label: labelOf(describe.outlooks, id), value: formatValue(row[id], 'probability', w), color: EVENT_COLORS[id],
      })),
    })),
    [describe, w],
  );
  return (
    <ChartFrame
      id="chart-cumulative"
      title={w.t('charts.cumulative.title')}
      subtitle={w.t('charts.cumulative.subtitle')}
      units={unitsLine('probability', w)}
      table={table}
      legend={EVENT_OUTLOOKS.map((id) => ({
        label: labelOf(describe.outlooks, id), color: EVENT_COLORS[id], mark: EVENT_DASHES[id] ? 'dashed' : 'line',
      }))}
    >
      <ComposedChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={MARGIN}>
        <CartesianGrid {...GRID} vertical={false} />
        <XAxis {...monthAxis(result.horizonMonths, w)} />
        <YAxis
          domain={ticks.domain}
          ticks={ticks.ticks}
          tickFormatter={(v: number) => formatTick(v, 'probability', ticks.decimals, w)}
          tick={TICK}
          tickLine={false}
          stroke={color('axis')}
          width={44}
        />
        <Tooltip content={tooltip} isAnimationActive={false} />
        {/* Unfilled Areas, not Lines: see BandChart (Line forces a layout on every render). */}
        {EVENT_OUTLOOKS.map((id) => (
          <Area
            key={id}
            type="monotone"
            dataKey={id}
            name={labelOf(describe.outlooks, id)}
            stroke={EVENT_COLORS[id]}
            strokeDasharray={EVENT_DASHES[id]}
            strokeWidth={2}
            fill="none"
            isAnimationActive={false}
          />
        ))}
      </ComposedChart>
    </ChartFrame>
  );
}
