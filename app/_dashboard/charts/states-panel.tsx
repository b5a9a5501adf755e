'use client';
/** Panel 1: the share of simulated futures in each diplomatic state, month by month. */
import { useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/app/_components/chart-frame';
import type { ModelDescription } from '@/server/model/describe';
import { STATE_IDS } from '@/server/model/outlooks';
import type { ForecastResult } from '@/server/model/schema';
import { GRID, MARGIN, TICK, monthAxis, monthTitle } from './axes';
import { formatValue } from './format';
import { STATE_COLORS, color } from './palette';
import { labelOf, stateRows, stateTable, type StateRow } from './shape';
import { rowTooltip } from './tooltip-box';

// Crisis is drawn on top, so the stack reads top to bottom in legend order.
const BOTTOM_UP = [...STATE_IDS].reverse();

export function StatesPanel({ result, describe }: { result: ForecastResult; describe: ModelDescription }) {
  const rows = useMemo(() => stateRows(result), [result]);
  const table = useMemo(() => stateTable(rows, describe), [rows, describe]);
  const label = (id: string) => labelOf(describe.states, id);
  const tooltip = useMemo(
    () => rowTooltip<StateRow>((row) => ({
      title: monthTitle(row.month),
      lines: STATE_IDS.map((id) => ({
        label: labelOf(describe.states, id), value: formatValue(row[id], 'probability'), color: STATE_COLORS[id],
      })),
    })),
    [describe],
  );
  return (
    <ChartFrame
      id="chart-states"
      title="Diplomatic state by month"
      subtitle="Share of simulated futures in each state"
      units="in %"
      table={table}
      legend={STATE_IDS.map((id) => ({ label: label(id), color: STATE_COLORS[id] }))}
    >
      <AreaChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={MARGIN}>
        <CartesianGrid {...GRID} vertical={false} />
        <XAxis {...monthAxis(result.horizonMonths)} />
        <YAxis
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
          tick={TICK}
          tickLine={false}
          stroke={color('axis')}
          width={40}
        />
        <Tooltip content={tooltip} isAnimationActive={false} />
        {BOTTOM_UP.map((id) => (
          <Area
            key={id}
            type="linear"
            dataKey={id}
            name={label(id)}
            stackId="states"
            stroke={STATE_COLORS[id]}
            fill={STATE_COLORS[id]}
            fillOpacity={0.88}
            strokeWidth={1}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ChartFrame>
  );
}
