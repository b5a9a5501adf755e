'use client';
/**
 * The waterfall from A to B (as the dashboard's attribution panel, with A in
 * place of the status quo): A's value, a step per differing assumption, B's value.
 */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { valueAxis, wrappedTick } from '@/app/_dashboard/charts/axes';
import { formatDelta, formatShort, formatValue, wrapLabel, type Ticks } from '@/app/_dashboard/charts/format';
import { color } from '@/app/_dashboard/charts/palette';
import { rowTooltip } from '@/app/_dashboard/charts/tooltip-box';
import type { OutlookUnit } from '@/server/model/outlooks';
import type { DifferenceRow } from '../../_lib/shape-difference';
import { STEP_FILL } from './colors';
import { useCompareWords } from '../use-compare-words';

// Cell is deprecated in Recharts 3: colour each bar through its shape.
function StepShape(props: BarShapeProps) {
  const row = props.payload as DifferenceRow | undefined;
  return <Rectangle {...props} fill={STEP_FILL[row?.kind ?? 'total']} />;
}

export function DifferencePlot({ rows, ticks, unit }: { rows: DifferenceRow[]; ticks: Ticks; unit: OutlookUnit }) {
  const { t, chart } = useCompareWords();
  const data = useMemo(() => rows.map((r) => ({ ...r, text: formatShort(r.value, unit, r.kind !== 'total', chart) })), [rows, unit, chart]);
  const tick = useMemo(() => {
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return wrappedTick((key) => {
      const row = byKey.get(key);
      const text = row?.label ?? key;
      return { lines: wrapLabel(text, 28, 2), full: row?.detail ? `${text} (${row.detail})` : text };
    }, chart);
  }, [rows, t, chart]);
  const tooltip = useMemo(
    () => rowTooltip<DifferenceRow>((row) => ({
      title: row.label,
      lines: row.kind === 'total'
        ? [{ label: t('tooltip.value'), value: formatValue(row.value, unit, chart), color: STEP_FILL.total }]
        : [
            { label: row.detail, value: '' },
            { label: t('tooltip.contribution'), value: formatDelta(row.value, unit, chart), color: STEP_FILL[row.kind] },
            { label: t('tooltip.runningTotal'), value: formatValue(row.end, unit, chart) },
          ],
    })),
    [unit, t, chart],
  );
  return (
    <BarChart data={data} layout="vertical" responsive style={{ width: '100%', height: '100%' }} margin={{ top: 4, right: 60, bottom: 4, left: 0 }} barCategoryGap="18%">
      <CartesianGrid stroke={color('grid')} horizontal={false} />
      <XAxis {...valueAxis(ticks, unit, chart)} />
      <YAxis type="category" dataKey="key" width={190} interval={0} tick={tick} tickLine={false} stroke={color('axis')} />
      <Tooltip content={tooltip} isAnimationActive={false} cursor={{ fill: color('grid'), fillOpacity: 0.6 }} />
      <Bar dataKey="range" shape={StepShape} minPointSize={2} isAnimationActive={false}>
        <LabelList dataKey="text" position="right" fontSize={10.5} fill={color('axis')} />
      </Bar>
    </BarChart>
  );
}
