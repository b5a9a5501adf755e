'use client';
/**
 * The slides' charts, drawn with Recharts at slide scale (a 1920×1080 stage,
 * scaled as a whole to the screen): large ticks, thick lines, no animation, no
 * tooltips (a slide is read, not explored). Client-only: present mode loads
 * this module with next/dynamic and ssr:false, because Recharts measures the DOM.
 *
 * Each chart reports when its SVG has drawn (`onReady`), so the print layout
 * can tell a headless browser when every slide is ready for the PDF.
 */
import { useTranslations } from 'next-intl';
import { useEffect, useRef, type ReactNode } from 'react';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { formatTick, monthTicks, niceTicks, wrapLabel } from '@/app/_dashboard/charts/format';
import { useFormat } from '@/app/_components/format-context';
import type { Formatter } from '@/server/i18n/format';
import { BAND_OPACITY, EVENT_COLORS, STATE_COLORS, color } from '@/app/_dashboard/charts/palette';
import type { OutlookUnit } from '@/server/model/outlooks';
import type { AttributionSlide, BandSlide, EventSlide, LaunchesSlide, MonthlySeries, StatesPanel } from './briefing';
import { STATUS_QUO_COLOR, STATUS_QUO_DASH, seriesStyle } from './series-style';

const AXIS = color('axis');
const TICK = { fill: '#3d4650', fontSize: 22 } as const;
const GRID = { stroke: color('grid'), strokeDasharray: '0' } as const;
const FULL = { width: '100%', height: '100%' } as const;

/** Calls `onReady` once the chart's SVG has drawn its marks (lines, areas or bars). */
function Ready({ onReady, children }: { onReady?: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!onReady) return;
    let frame = 0;
    let done = false;
    const check = () => {
      const marks = ref.current?.querySelector('.recharts-surface .recharts-line-curve, .recharts-surface .recharts-area-area, .recharts-surface .recharts-rectangle');
      if (marks && !done) {
        done = true;
        // One more frame, so the paint that follows the DOM write is in.
        frame = requestAnimationFrame(() => onReady());
        return;
      }
      frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [onReady]);
  // Time runs left to right in every language: the plot is laid out LTR inside an RTL page.
  return <div ref={ref} style={FULL} data-chart="" dir="ltr">{children}</div>;
}

/** Axis numbers in the page's digits ("٣٠٪", "۱۲"); English exactly as the dashboard writes them. */
function tickText(format: Formatter, value: number, unit: OutlookUnit, decimals: number): string {
  if (format.locale === 'en') return formatTick(value, unit, decimals);
  return unit === 'probability' ? format.percent(value, { decimals }) : format.number(value, { decimals });
}

function useAxes() {
  const t = useTranslations('briefing');
  const format = useFormat();
  return {
    format,
    monthAxis: (last: number, first = 0) => ({
      ...monthAxis(last, first),
      tickFormatter: (v: number) => format.number(v),
      label: { ...monthAxis(last, first).label, value: t('slide.axisMonths') },
    }),
    valueAxis: (unit: OutlookUnit, min: number, max: number, floor: number | null = 0) => {
      const axis = valueAxis(unit, min, max, floor);
      const decimals = niceTicks(floor ?? min, max, 5, unit).decimals;
      return { ...axis, tickFormatter: (v: number) => tickText(format, v, unit, decimals) };
    },
    quarterLabel: t('slide.axisQuarter'),
  };
}

const monthAxis = (last: number, first = 0) => ({
  type: 'number' as const,
  dataKey: 'month',
  domain: [first, last] as [number, number],
  // Bands start at month 1 (month 0 has no spread): the first tick is where the data start.
  ticks: [...new Set([first, ...monthTicks(last).filter((m) => m > first)])],
  allowDecimals: false,
  tick: TICK,
  tickLine: false,
  stroke: AXIS,
  height: 76,
  tickMargin: 10,
  // Lifted off the bottom edge: Arabic-script faces reach further below the baseline.
  label: { value: 'Months ahead', position: 'insideBottom' as const, offset: 6, fill: '#56606b', fontSize: 22 },
});

function valueAxis(unit: OutlookUnit, min: number, max: number, floor: number | null = 0) {
  const ticks = niceTicks(floor ?? min, max, 5, unit);
  return {
    domain: ticks.domain,
    ticks: ticks.ticks,
    tickFormatter: (v: number) => formatTick(v, unit, ticks.decimals),
    tick: TICK,
    tickLine: false,
    axisLine: false,
    stroke: AXIS,
    width: 92,
    tickMargin: 12,
    allowDataOverflow: true,
  };
}

const MARGIN = { top: 16, right: 36, bottom: 0, left: 0 };

function isStatusQuo(s: MonthlySeries) {
  return s.role === 'statusQuo';
}

// ---------------------------------------------------------------------------

export function EventChart({ slide, onReady }: { slide: EventSlide; onReady?: () => void }) {
  const rows = slide.months.map((month, i) => Object.fromEntries([['month', month], ...slide.series.map((s, k) => [`s${k}`, s.values[i]])]));
  const top = Math.max(0.1, ...slide.series.flatMap((s) => s.values));
  const single = slide.series.filter((s) => !isStatusQuo(s)).length === 1;
  const { monthAxis, valueAxis } = useAxes();
  return (
    <Ready onReady={onReady}>
      <LineChart data={rows} responsive style={FULL} margin={MARGIN}>
        <CartesianGrid {...GRID} vertical={false} />
        <XAxis {...monthAxis(slide.months.at(-1)!)} />
        <YAxis {...valueAxis('probability', 0, Math.min(1, top))} />
        {slide.series.map((s, k) => {
          const style = single && !isStatusQuo(s)
            ? { stroke: EVENT_COLORS[slide.outlook], dash: undefined }
            : seriesStyle(s);
          return (
            <Line
              key={k}
              type="monotone"
              dataKey={`s${k}`}
              name={s.name}
              stroke={style.stroke}
              strokeDasharray={isStatusQuo(s) ? STATUS_QUO_DASH : style.dash}
              strokeWidth={isStatusQuo(s) ? 3 : 6}
              dot={false}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </Ready>
  );
}

export function LaunchesChart({ slide, onReady }: { slide: LaunchesSlide; onReady?: () => void }) {
  const rows = slide.quarters.map((quarter, i) => Object.fromEntries([['quarter', quarter], ...slide.series.map((s, k) => [`s${k}`, s.values[i]])]));
  const top = Math.max(1, ...slide.series.flatMap((s) => s.values));
  const single = slide.series.filter((s) => !isStatusQuo(s)).length === 1;
  const many = slide.series.length > 3;
  const { valueAxis, quarterLabel, format } = useAxes();
  return (
    <Ready onReady={onReady}>
      <BarChart data={rows} responsive style={FULL} margin={{ ...MARGIN, top: 44 }} barCategoryGap="22%" barGap={6}>
        <CartesianGrid {...GRID} vertical={false} />
        <XAxis dataKey="quarter" tick={TICK} tickLine={false} stroke={AXIS} height={76} tickMargin={10}
          label={{ value: quarterLabel, position: 'insideBottom', offset: 6, fill: '#56606b', fontSize: 22 }} />
        <YAxis {...valueAxis('count', 0, top)} />
        {slide.series.map((s, k) => (
          <Bar
            key={k}
            dataKey={`s${k}`}
            name={s.name}
            fill={isStatusQuo(s) ? STATUS_QUO_COLOR : single ? color('launches') : seriesStyle(s).stroke}
            fillOpacity={isStatusQuo(s) ? 0.55 : 1}
            isAnimationActive={false}
          >
            {!many && (
              <LabelList
                dataKey={`s${k}`}
                position="top"
                offset={10}
                formatter={(v: unknown) => (typeof v === 'number' ? (v < 10 ? format.number(v, { decimals: 1 }) : format.number(Math.round(v))) : '')}
                style={{ fill: '#2b333c', fontSize: 22, fontWeight: 600 }}
              />
            )}
          </Bar>
        ))}
      </BarChart>
    </Ready>
  );
}

export function BandChart({ slide, onReady }: { slide: BandSlide; onReady?: () => void }) {
  const rows = slide.months.map((month, i) =>
    Object.fromEntries([
      ['month', month],
      ...slide.series.flatMap((s, k) => [[`m${k}`, s.values[i]], [`b${k}`, [s.p10[i], s.p90[i]]]]),
    ]));
  const all = slide.series.flatMap((s) => [...s.p10, ...s.p90]);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  // Tension is an index on 0–100 (start the axis at 0 to show where it sits); the arsenal is read in its own range.
  const floor = slide.unit === 'index' ? 0 : null;
  const pad = slide.unit === 'warheads' ? Math.max(1, (hi - lo) * 0.15) : 0;
  const single = slide.series.filter((s) => !isStatusQuo(s)).length === 1;
  const { monthAxis, valueAxis } = useAxes();
  const stroke = (s: MonthlySeries) =>
    isStatusQuo(s) ? STATUS_QUO_COLOR : single ? color(slide.outlook === 'tensionIndex' ? 'tension' : 'arsenal') : seriesStyle(s).stroke;
  return (
    <Ready onReady={onReady}>
      <ComposedChart data={rows} responsive style={FULL} margin={MARGIN}>
        <CartesianGrid {...GRID} vertical={false} />
        <XAxis {...monthAxis(slide.months.at(-1)!, slide.months[0]!)} />
        <YAxis {...valueAxis(slide.unit, lo - pad, Math.min(slide.unit === 'index' ? 100 : Infinity, hi + pad), floor)} />
        {slide.series.map((s, k) =>
          isStatusQuo(s) ? null : (
            <Area
              key={`b${k}`}
              type="monotone"
              dataKey={`b${k}`}
              stroke="none"
              fill={stroke(s)}
              fillOpacity={single ? BAND_OPACITY + 0.04 : BAND_OPACITY}
              isAnimationActive={false}
              activeDot={false}
            />
          ))}
        {slide.series.map((s, k) => (
          <Line
            key={`m${k}`}
            type="monotone"
            dataKey={`m${k}`}
            name={s.name}
            stroke={stroke(s)}
            strokeDasharray={isStatusQuo(s) ? STATUS_QUO_DASH : single ? undefined : seriesStyle(s).dash}
            strokeWidth={isStatusQuo(s) ? 3 : 6}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </ComposedChart>
    </Ready>
  );
}

// Crisis on top, so the stack reads top to bottom in the legend's order.
export function StatesChart({ panel, compact, onReady }: { panel: StatesPanel; compact: boolean; onReady?: () => void }) {
  const rows = panel.months.map((month, i) => Object.fromEntries([['month', month], ...panel.states.map((s) => [s.id, s.values[i]])]));
  const bottomUp = [...panel.states].reverse();
  const tick = compact ? { ...TICK, fontSize: 20 } : TICK;
  const { monthAxis, format } = useAxes();
  return (
    <Ready onReady={onReady}>
      <AreaChart data={rows} responsive style={FULL} margin={{ top: 8, right: compact ? 16 : 28, bottom: 0, left: 0 }}>
        <XAxis {...monthAxis(panel.months.at(-1)!)} tick={tick} height={compact ? 40 : 76} label={compact ? undefined : monthAxis(1).label} />
        <YAxis
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={(v: number) => format.percent(v)}
          tick={tick}
          tickLine={false}
          axisLine={false}
          width={compact ? 72 : 92}
          tickMargin={12}
        />
        {bottomUp.map((s) => (
          <Area
            key={s.id}
            type="linear"
            dataKey={s.id}
            name={s.label}
            stackId="states"
            stroke="#ffffff"
            strokeWidth={1}
            fill={STATE_COLORS[s.id]}
            fillOpacity={1}
            isAnimationActive={false}
            activeDot={false}
          />
        ))}
      </AreaChart>
    </Ready>
  );
}

/** Assumption label (bold) over its phrase (muted), right-aligned beside its bar. */
function attributionTick(bars: AttributionSlide['bars'], width: number, fontSize: number) {
  const byLabel = new Map(bars.map((b) => [b.label, b]));
  // DejaVu Sans (the server's font) averages ~0.55 em a character; the phrase is set 4 px smaller.
  const chars = Math.floor((width - 24) / (fontSize * 0.6));
  const phraseChars = Math.floor((width - 24) / ((fontSize - 4) * 0.58));
  return function Tick({ x, y, payload }: YAxisTickContentProps) {
    const bar = byLabel.get(String(payload.value));
    const phrase = bar ? wrapLabel(bar.phrase, phraseChars, 1)[0] : '';
    return (
      <g transform={`translate(${Number(x) - 16},${Number(y)})`}>
        <text textAnchor="end" fill="#1d232b" fontSize={fontSize} fontWeight={600} dy={phrase ? -4 : fontSize * 0.35}>
          {wrapLabel(String(payload.value), chars, 1)[0]}
        </text>
        {phrase && (
          <text textAnchor="end" fill="#56606b" fontSize={fontSize - 4} dy={fontSize - 2}>
            {phrase}
          </text>
        )}
      </g>
    );
  };
}

/** Signed tick labels for a change: "+10", "−5" (percentage points for probabilities: the unit is in the caption). */
function changeTick(format: Formatter, unit: OutlookUnit, ticks: number[]) {
  const scale = unit === 'probability' ? 100 : 1;
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) * scale : 1;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return (v: number) => {
    const text = Math.abs(v * scale).toFixed(decimals);
    if (Number(text) === 0) return format.number(0);
    if (format.locale === 'en') return `${v > 0 ? '+' : '\u2212'}${text}`;
    return format.number(Number((v * scale).toFixed(decimals)), { decimals, signed: true });
  };
}

export function AttributionChart({ slide, onReady }: { slide: AttributionSlide; onReady?: () => void }) {
  const format = useFormat();
  // Beside the bars: the change with its unit in English; elsewhere the number alone (the caption
  // names the unit), as unit words in Arabic script run too long for the room at the bars' ends.
  const scale = slide.unit === 'probability' ? 100 : 1;
  const label = (b: AttributionSlide['bars'][number]) => (format.locale === 'en'
    ? b.contributionText
    : format.number(Number((b.contribution * scale).toFixed(1)), { decimals: 1, signed: true }));
  const rows = slide.bars.map((b) => ({ label: b.label, value: b.contribution, text: label(b) }));
  const values = slide.bars.map((b) => b.contribution);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  // Room for the value labels beyond the bars' ends: about 130 px of a ~700 px plot on each side with bars.
  // The domain is exact (not rounded out to a tick), so a short bar on one side costs only its label's room.
  const pad = span * 0.3;
  const domain: [number, number] = [lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0];
  const { valueAxis } = useAxes();
  const nice = valueAxis(slide.unit, domain[0], domain[1], null);
  const axis = { ...nice, domain, ticks: nice.ticks.filter((t) => t >= domain[0] - 1e-9 && t <= domain[1] + 1e-9) };
  const many = rows.length > 8;
  const fontSize = many ? 20 : 24;
  const labelWidth = 600;
  return (
    <Ready onReady={onReady}>
      <BarChart data={rows} layout="vertical" responsive style={FULL} margin={{ top: 8, right: 24, bottom: 0, left: 0 }} barCategoryGap={many ? '18%' : '26%'}>
        <CartesianGrid {...GRID} horizontal={false} />
        <XAxis type="number" {...axis} axisLine={false} height={56} tickFormatter={changeTick(format, slide.unit, axis.ticks)} />
        <YAxis type="category" dataKey="label" width={labelWidth} tick={attributionTick(slide.bars, labelWidth, fontSize)} tickLine={false} axisLine={false} interval={0} />
        <ReferenceLine x={0} stroke="#1d232b" strokeWidth={2} />
        <Bar dataKey="value" isAnimationActive={false} radius={2}>
          {rows.map((row, i) => <Cell key={i} fill={row.value >= 0 ? color('raises') : color('lowers')} />)}
          <LabelList
            dataKey="text"
            content={(props) => {
              const { x, y, width, height, value } = props as { x: number; y: number; width: number; height: number; value: string };
              const positive = width >= 0;
              const end = positive ? x + width + 12 : x + width - 12;
              return (
                <text x={end} y={y + height / 2} dy={fontSize * 0.35} textAnchor={positive ? 'start' : 'end'} fontSize={fontSize} fontWeight={700} fill="#1d232b">
                  {value}
                </text>
              );
            }}
          />
        </Bar>
      </BarChart>
    </Ready>
  );
}
