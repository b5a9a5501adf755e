'use client';
/**
 * Panel 4: which assumptions move the chosen outlook most. Each bar spans the
 * lowest to the highest outcome as one assumption sweeps its range, the others
 * held at the scenario; it is split at the scenario's own value.
 */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, ChartPlaceholder, TALL_CHART_HEIGHT } from '@/app/_components/chart-frame';
import type { ModelDescription } from '@/server/model/describe';
import type { OutlookId } from '@/server/model/outlooks';
import type { SensitivityResult } from '@/server/model/schema';
import { valueAxis, wrappedTick } from './axes';
import { asUnit, unitsLine, formatDelta, formatValue, wrapLabel } from './format';
import { color } from './palette';
import { labelOf, tornado, tornadoTable, type TornadoRow } from './shape';
import { rowTooltip } from './tooltip-box';

const Y_WIDTH = 205;

interface TornadoPanelProps {
  sensitivity: SensitivityResult | undefined;
  outlookId: OutlookId;
  describe: ModelDescription;
}

export function TornadoPanel({ sensitivity, outlookId, describe }: TornadoPanelProps) {
  const meta = describe.outlooks.find((o) => o.id === outlookId);
  const unit = asUnit(meta?.unit);
  const label = labelOf(describe.outlooks, outlookId);
  const chart = useMemo(() => (sensitivity ? tornado(sensitivity, outlookId, unit) : undefined), [sensitivity, outlookId, unit]);
  const table = useMemo(() => (chart ? tornadoTable(chart.rows, unit) : tornadoTable([], unit)), [chart, unit]);
  const byId = useMemo(() => new Map(chart?.rows.map((r) => [r.assumption, r])), [chart]);
  const tick = useMemo(
    () => wrappedTick((id) => {
      const row = byId.get(id);
      const text = row?.label ?? id;
      return { lines: wrapLabel(text, 30, 1), sub: row ? wrapLabel(row.ends, 34, 1)[0] : undefined, full: `${text}: ${row?.ends ?? ''}` };
    }),
    [byId],
  );
  const tooltip = useMemo(
    () => rowTooltip<TornadoRow>((row) => ({
      title: row.label,
      lines: [
        { label: `Lowest, at ${row.lowLabel}`, value: formatValue(row.low, unit), color: color('lowers') },
        { label: `Highest, at ${row.highLabel}`, value: formatValue(row.high, unit), color: color('raises') },
        { label: 'Swing', value: formatDelta(row.swing, unit).replace(/^\+/, '') },
      ],
    })),
    [unit],
  );

  return (
    <ChartFrame
      id="chart-tornado"
      title={`What moves “${label}” most`}
      subtitle="Outcome as each assumption sweeps its range, others held"
      units={unitsLine(unit)}
      table={table}
      height={TALL_CHART_HEIGHT}
      legend={[
        { label: 'Below scenario', color: color('lowers') },
        { label: 'Above scenario', color: color('raises') },
        { label: chart ? `Scenario: ${formatValue(chart.base, unit)}` : 'Scenario', color: color('total'), mark: 'line' },
      ]}
    >
      {!chart ? (
        <ChartPlaceholder busy={!sensitivity}>{sensitivity ? 'No sensitivity for this outlook.' : 'Computing sensitivity…'}</ChartPlaceholder>
      ) : (
        <BarChart data={chart.rows} layout="vertical" responsive style={{ width: '100%', height: '100%' }} margin={{ top: 4, right: 16, bottom: 4, left: 0 }} barCategoryGap="22%">
          <CartesianGrid stroke={color('grid')} horizontal={false} />
          <XAxis {...valueAxis(chart.ticks, unit)} />
          <YAxis type="category" dataKey="assumption" width={Y_WIDTH} interval={0} tick={tick} tickLine={false} stroke={color('axis')} />
          <Tooltip content={tooltip} isAnimationActive={false} cursor={{ fill: color('grid'), fillOpacity: 0.6 }} />
          <Bar dataKey="below" stackId="tornado" name="Below this scenario" fill={color('lowers')} isAnimationActive={false} />
          <Bar dataKey="above" stackId="tornado" name="Above this scenario" fill={color('raises')} isAnimationActive={false} />
          <ReferenceLine x={chart.base} stroke={color('total')} strokeWidth={1.5} />
        </BarChart>
      )}
    </ChartFrame>
  );
}
