'use client';
/** A mean line over its shaded P10–P90 band, by month: the tension and arsenal panels. */
import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { LegendItem } from '@/app/_components/chart-frame';
import type { OutlookUnit } from '@/server/model/outlooks';
import { GRID, MARGIN, monthAxis, monthTitle, valueAxis } from './axes';
import { useWords } from '../use-words';
import { englishWords, type Words } from '../words';
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

export function bandLegend(stroke: string, w: Words = englishWords()): LegendItem[] {
  return [
    { label: w.t('charts.mean'), color: stroke, mark: 'line' },
    { label: w.t('charts.band', { percent: w.format.locale === 'en' ? '80%' : w.format.percent(0.8) }), color: stroke, mark: 'band' },
  ];
}

export function BandChart({ rows, horizon, ticks, unit, stroke }: BandChartProps) {
  const w = useWords();
  const tooltip = useMemo(
    () => rowTooltip<BandRow>((row) => ({
      title: monthTitle(row.month, w),
      lines: [
        { label: w.t('charts.mean'), value: formatValue(row.mean, unit, w), color: stroke },
        { label: 'P10', value: formatValue(row.band[0], unit, w) },
        { label: 'P90', value: formatValue(row.band[1], unit, w) },
      ],
    })),
    [unit, stroke, w],
  );
  return (
    <ComposedChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={MARGIN}>
      <CartesianGrid {...GRID} vertical={false} />
      <XAxis {...monthAxis(horizon, w)} />
      <YAxis {...valueAxis(ticks, unit, w)} width={44} />
      <Tooltip content={tooltip} isAnimationActive={false} />
      <Area type="monotone" dataKey="band" name="P10–P90" stroke="none" fill={stroke} fillOpacity={BAND_OPACITY} isAnimationActive={false} activeDot={false} />
      {/* An unfilled Area, not a Line: Recharts' Line measures its path (getTotalLength, a
          forced layout) on every render even without animation, ~1 ms per line per key press. */}
      <Area type="monotone" dataKey="mean" name={w.t('charts.mean')} stroke={stroke} strokeWidth={2} fill="none" isAnimationActive={false} />
    </ComposedChart>
  );
}
