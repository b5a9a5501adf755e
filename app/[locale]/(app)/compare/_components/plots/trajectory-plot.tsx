'use client';
/** One outlook by month: a line per scenario (colour and dash), over its shaded P10–P90 band where there is one. */
import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { GRID, MARGIN, monthAxis, monthTitle, valueAxis } from '@/app/_dashboard/charts/axes';
import { formatShort, formatValue, type Ticks } from '@/app/_dashboard/charts/format';
import { rowTooltip } from '@/app/_dashboard/charts/tooltip-box';
import type { OutlookUnit } from '@/server/model/outlooks';
import type { TrajectoryRow } from '../../_lib/shape-trajectories';
import type { Series } from '../../_lib/series';
import { useCompareWords } from '../use-compare-words';

/** Fainter than the dashboard's single band: up to four overlap here. */
export const COMPARE_BAND_OPACITY = 0.1;

interface Props {
  rows: TrajectoryRow[];
  series: Series[];
  unit: OutlookUnit;
  ticks: Ticks;
  horizon: number;
  bands: boolean;
}

export function TrajectoryPlot({ rows, series, unit, ticks, horizon, bands }: Props) {
  const { t, chart } = useCompareWords();
  const count = series.length;
  // null, not 0, where a scenario has no value: the line breaks rather than dropping to zero.
  const means = useMemo(() => Array.from({ length: count }, (_, i) => (row: TrajectoryRow) => row.values[i]?.mean ?? null), [count]);
  const ranges = useMemo(() => Array.from({ length: count }, (_, i) => (row: TrajectoryRow) => row.values[i]?.band ?? null), [count]);
  const tooltip = useMemo(
    () => rowTooltip<TrajectoryRow>((row) => ({
      title: monthTitle(row.month, chart),
      lines: row.values.map((v, i) => ({
        label: series[i]?.name ?? '',
        value: !v ? '–' : v.band
          ? `${formatShort(v.mean, unit, false, chart)} (${formatShort(v.band[0], unit, false, chart)}–${formatShort(v.band[1], unit, false, chart)})`
          : formatValue(v.mean, unit, chart),
        color: series[i]?.color,
      })),
    })),
    [series, unit, t, chart],
  );
  return (
    <ComposedChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={MARGIN}>
      <CartesianGrid {...GRID} vertical={false} />
      <XAxis {...monthAxis(horizon, chart)} />
      <YAxis {...valueAxis(ticks, unit, chart)} width={44} />
      <Tooltip content={tooltip} isAnimationActive={false} />
      {bands && series.map((s, i) => (
        <Area key={`band-${s.id}`} type="monotone" dataKey={ranges[i]!} name={t('tooltip.band', { name: s.name })} stroke="none" fill={s.color} fillOpacity={COMPARE_BAND_OPACITY} isAnimationActive={false} activeDot={false} />
      ))}
      {series.map((s, i) => (
        <Line key={s.id} type="monotone" dataKey={means[i]!} name={s.name} stroke={s.color} strokeDasharray={s.dash} strokeWidth={2} dot={false} isAnimationActive={false} />
      ))}
    </ComposedChart>
  );
}
