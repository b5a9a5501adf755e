'use client';
/** Grouped bars: a category per outlook, a bar per scenario, whiskers from P10 to P90. */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, Tooltip, XAxis, YAxis, type XAxisTickContentProps } from 'recharts';
import { GRID, TICK, valueAxis } from '@/app/_dashboard/charts/axes';
import { formatShort, wrapLabel, type Ticks } from '@/app/_dashboard/charts/format';
import { color } from '@/app/_dashboard/charts/palette';
import { rowTooltip } from '@/app/_dashboard/charts/tooltip-box';
import type { OutlookUnit } from '@/server/model/outlooks';
import type { OutlookBarRow } from '../../_lib/shape-bars';
import type { Series } from '../../_lib/series';
import { WHISKER_COLOR } from './colors';
import { useCompareWords } from '../use-compare-words';

interface Props {
  rows: OutlookBarRow[];
  series: Series[];
  unit: OutlookUnit;
  ticks: Ticks;
}

/** Category labels centred under their group, on up to two lines. */
function CategoryTick({ x, y, payload }: XAxisTickContentProps) {
  const lines = wrapLabel(String(payload.value), 24, 2);
  return (
    <text x={Number(x)} y={Number(y) + 4} textAnchor="middle" fontSize={11} fill="var(--text, #1d232b)">
      {lines.map((line, i) => <tspan key={i} x={Number(x)} dy={i === 0 ? '0.8em' : '1.15em'}>{line}</tspan>)}
    </text>
  );
}

export function BarsPlot({ rows, series, unit, ticks }: Props) {
  // One accessor per column, stable while the number of columns is.
  const { t, chart } = useCompareWords();
  const count = series.length;
  const means = useMemo(() => Array.from({ length: count }, (_, i) => (row: OutlookBarRow) => row.values[i]?.mean ?? 0), [count]);
  const whiskers = useMemo(() => Array.from({ length: count }, (_, i) => (row: OutlookBarRow) => row.values[i]?.whisker ?? [0, 0]), [count]);
  const tooltip = useMemo(
    () => rowTooltip<OutlookBarRow>((row) => ({
      title: t('tooltip.barsTitle', { outlook: row.label }),
      lines: row.values.map((v, i) => ({
        label: series[i]?.name ?? '',
        value: `${formatShort(v.mean, unit, false, chart)} (${formatShort(v.p10, unit, false, chart)}–${formatShort(v.p90, unit, false, chart)})`,
        color: series[i]?.color,
      })),
    })),
    [series, unit, t, chart],
  );
  // A chart of one outlook names it in its title; the axis would only repeat it.
  const single = rows.length === 1;
  return (
    <BarChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 12, bottom: 4, left: 4 }} barCategoryGap={single ? '24%' : '18%'} barGap={3}>
      <CartesianGrid {...GRID} vertical={false} />
      <XAxis dataKey="label" interval={0} tick={single ? false : CategoryTick} height={single ? 6 : 36} tickLine={false} stroke={color('axis')} />
      <YAxis {...valueAxis(ticks, unit, chart)} width={44} />
      <Tooltip content={tooltip} isAnimationActive={false} cursor={{ fill: color('grid'), fillOpacity: 0.6 }} />
      {series.map((s, i) => (
        <Bar key={s.id} dataKey={means[i]!} name={s.name} fill={s.color} maxBarSize={single ? 64 : 40} isAnimationActive={false}>
          <ErrorBar dataKey={whiskers[i]!} width={4} stroke={WHISKER_COLOR} strokeWidth={1.25} isAnimationActive={false} />
        </Bar>
      ))}
    </BarChart>
  );
}
