'use client';
/** A mean line over its shaded P10–P90 band, by month: the tension and arsenal panels. */
import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { LegendItem } from '@/app/_components/chart-frame';
import type { OutlookUnit } from '@/server/model/outlooks';
import { GRID, MARGIN, monthAxis, monthTitle, valueAxis } from './axes';
import { formatValue, type Ticks } from './format';
import { BAND_OPACITY } from './palette';
import type { BandRow } from './shape';
import { rowTooltip } from './tooltip-box';

interface BandChartProps {
  rows: BandRow[];
  horizon: number;
  ticks: Ticks;
  unit: OutlookUnit;
  stroke: string;
}

export function bandLegend(stroke: string): LegendItem[] {
  return [
    { label: 'Mean', color: stroke, mark: 'line' },
    { label: '80% band (P10–P90)', color: stroke, mark: 'band' },
  ];
}

export function BandChart({ rows, horizon, ticks, unit, stroke }: BandChartProps) {
  const tooltip = useMemo(
    () => rowTooltip<BandRow>((row) => ({
      title: monthTitle(row.month),
      lines: [
        { label: 'Mean', value: formatValue(row.mean, unit), color: stroke },
        { label: 'P10', value: formatValue(row.band[0], unit) },
        { label: 'P90', value: formatValue(row.band[1], unit) },
      ],
    })),
    [unit, stroke],
  );
  return (
    <ComposedChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={MARGIN}>
      <CartesianGrid {...GRID} vertical={false} />
      <XAxis {...monthAxis(horizon)} />
      <YAxis {...valueAxis(ticks, unit)} width={40} />
      <Tooltip content={tooltip} isAnimationActive={false} />
      <Area type="monotone" dataKey="band" name="80% band" stroke="none" fill={stroke} fillOpacity={BAND_OPACITY} isAnimationActive={false} activeDot={false} />
      {/* An unfilled Area, not a Line: Recharts' Line measures its path (getTotalLength, a
          forced layout) on every render even without animation, ~1 ms per line per key press. */}
      <Area type="monotone" dataKey="mean" name="Mean" stroke={stroke} strokeWidth={2} fill="none" isAnimationActive={false} />
    </ComposedChart>
  );
}
