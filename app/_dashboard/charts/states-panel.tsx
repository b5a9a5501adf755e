'use client';
/** Panel 1: the share of simulated futures in each diplomatic state, month by month. */
import { useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/app/_components/chart-frame';
import type { ModelDescription } from '@/server/model/describe';
import { STATE_IDS } from '@/server/model/outlooks';
import type { ForecastResult } from '@/server/model/schema';
import { GRID, MARGIN, TICK, monthAxis, monthTitle } from './axes';
import { useWords } from '../use-words';
import { formatTick, formatValue, unitsLine } from './format';
import { STATE_COLORS, color } from './palette';
import { labelOf, stateRows, stateTable, type StateRow } from './shape';
import { rowTooltip } from './tooltip-box';

// Crisis is drawn on top, so the stack reads top to bottom in legend order.
const BOTTOM_UP = [...STATE_IDS].reverse();

export function StatesPanel({ result, describe }: { result: ForecastResult; describe: ModelDescription }) {
  const w = useWords();
  const rows = useMemo(() => stateRows(result), [result]);
  const table = useMemo(() => stateTable(rows, describe, w), [rows, describe, w]);
  const label = (id: string) => labelOf(describe.states, id);
  const tooltip = useMemo(
    () => rowTooltip<StateRow>((row) => ({
      title: monthTitle(row.month, w),
      lines: STATE_IDS.map((id) => ({
        label: labelOf(describe.states, id), value: formatValue(row[id], 'probability', w), color: STATE_COLORS[id],
      })),
    })),
    [describe, w],
  );
  return (
    <ChartFrame
      id="chart-states"
      title={w.t('charts.states.title')}
      subtitle={w.t('charts.states.subtitle')}
      units={unitsLine('probability', w)}
      table={table}
      legend={STATE_IDS.map((id) => ({ label: label(id), color: STATE_COLORS[id] }))}
    >
      <AreaChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={MARGIN}>
        <CartesianGrid {...GRID} vertical={false} />
        <XAxis {...monthAxis(result.horizonMonths, w)} />
        <YAxis
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={(v: number) => formatTick(v, 'probability', 0, w)}
          tick={TICK}
          tickLine={false}
          stroke={color('axis')}
          width={44}
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
