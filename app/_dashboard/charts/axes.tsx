'use client';
/**
 * Axis settings shared by the panels: one type size and colour, month axes
 * with ticks that never crowd, and a category tick that wraps long labels.
 */
import type { YAxisTickContentProps } from 'recharts';
import type { OutlookUnit } from '@/server/model/outlooks';
import { directionOfWords, englishWords, plainNumber, type Words } from '../words';
import { formatTick, monthTicks, type Ticks } from './format';
import { color } from './palette';

export const TICK = { fill: color('axis'), fontSize: 11 } as const;
export const GRID = { stroke: color('grid'), strokeDasharray: '0' } as const;
export const MARGIN = { top: 6, right: 14, bottom: 18, left: 4 } as const;

/** "Month 3", "Month 0 (today)": a tooltip's title. */
export function monthTitle(month: number, w: Words = englishWords()): string {
  const m = plainNumber(w, month);
  return month === 0 ? w.t('charts.monthToday', { month: m }) : w.t('charts.month', { month: m });
}

/** "By month 3": the cumulative chart's tooltip title. */
export function byMonthTitle(month: number, w: Words = englishWords()): string {
  const m = plainNumber(w, month);
  return month === 0 ? w.t('charts.byMonthToday', { month: m }) : w.t('charts.byMonth', { month: m });
}

/** Props for a numeric month XAxis from 0 to the horizon. */
export function monthAxis(horizon: number, w?: Words) {
  return {
    type: 'number' as const,
    dataKey: 'month',
    domain: [0, horizon] as [number, number],
    ticks: monthTicks(horizon),
    allowDecimals: false,
    tick: TICK,
    tickFormatter: (m: number) => plainNumber(w, m),
    stroke: color('axis'),
    tickLine: false,
    label: { value: (w ?? englishWords()).t('charts.monthsAhead'), position: 'insideBottom' as const, offset: -12, fill: color('axis'), fontSize: 11 },
  };
}

/** Props for a numeric value axis: the XAxis of a horizontal bar chart (tornado, waterfall), the YAxis of a band, trajectory or bar chart. */
export function valueAxis(ticks: Ticks, unit: OutlookUnit, w?: Words) {
  return {
    type: 'number' as const,
    domain: ticks.domain,
    ticks: ticks.ticks,
    tickFormatter: (v: number) => formatTick(v, unit, ticks.decimals, w),
    tick: TICK,
    tickLine: false,
    stroke: color('axis'),
    allowDataOverflow: true,
  };
}

export interface TickLines {
  lines: string[];
  /** A second, muted line under the label (the tornado's "low → high"). */
  sub?: string;
  /** Full text, shown as the SVG title on hover when the label was cut. */
  full: string;
}

const LINE = 12;

/**
 * A YAxis `tick` renderer: right-aligned, vertically centred lines at the category's position.
 * The plot is left to right in every language; the labels keep the page's direction
 * (anchored at their inline end, beside the axis, either way).
 */
export function wrappedTick(linesFor: (value: string) => TickLines, w?: Words) {
  const rtl = directionOfWords(w) === 'rtl';
  return function WrappedTick({ x, y, payload }: YAxisTickContentProps) {
    const { lines, sub, full } = linesFor(String(payload.value));
    const all = sub ? [...lines, sub] : lines;
    const top = -((all.length - 1) * LINE) / 2;
    return (
      <g transform={`translate(${Number(x)},${Number(y)})`}>
        <title>{full}</title>
        <text x={-6} y={top} textAnchor={rtl ? 'start' : 'end'} direction={rtl ? 'rtl' : undefined} unicodeBidi={rtl ? 'embed' : undefined} dominantBaseline="central" fontSize={11} fill={color('axis')}>
          {all.map((line, i) => (
            <tspan
              key={i}
              x={-6}
              dy={i === 0 ? 0 : LINE}
              fontSize={sub && i === all.length - 1 ? 10 : 11}
              fill={i < lines.length ? 'var(--text, #1d232b)' : color('axis')}
            >
              {line}
            </tspan>
          ))}
        </text>
      </g>
    );
  };
}
