/**
 * Pure shaping for launches by quarter and the tornado. Values stay in model
 * units (shares for probabilities); the panels format them with format.ts.
 */
import type { ChartTable } from '@/app/_components/chart-frame';
import type { OutlookUnit } from '@/server/model/outlooks';
import type { ForecastResult, SensitivityResult } from '@/server/model/schema';
import { directionOfWords, englishWords, plainNumber, type Words } from '../words';
import { deltaLabel, fixed1, niceTicks, unitLabel, type Ticks } from './format';

export interface LaunchRow {
  quarter: number;
  /** Axis tick: "Q1". */
  short: string;
  /** Tooltip and table: "Q1 (months 1–3)". */
  label: string;
  mean: number;
}

export function launchRows(result: ForecastResult, w: Words = englishWords()): LaunchRow[] {
  let first = 1;
  return result.launchesByQuarter.map((q) => {
    const last = first + q.months - 1;
    const n = (value: number) => plainNumber(w, value);
    const quarter = n(q.quarter);
    const label = q.months === 1
      ? w.t('charts.launches.labelOne', { quarter, first: n(first) })
      : w.t('charts.launches.label', { quarter, first: n(first), last: n(last) });
    first = last + 1;
    return { quarter: q.quarter, short: w.t('charts.launches.short', { quarter }), label, mean: q.mean };
  });
}

export function launchTable(rows: LaunchRow[], w: Words = englishWords()): ChartTable {
  return {
    columns: [w.t('charts.launches.quarter'), w.t('charts.launches.column', { unit: unitLabel('count', w) })],
    rows: rows.map((r) => [r.label, fixed1(r.mean, 'index', w)]),
  };
}

export interface TornadoRow {
  assumption: string;
  label: string;
  /** Settings giving the lowest and the highest outcome, e.g. "Codified" and "None". */
  lowLabel: string;
  highLabel: string;
  /** "Codified → None" */
  ends: string;
  low: number;
  high: number;
  swing: number;
  /** The two segments either side of the scenario's value, drawn as stacked ranges. */
  below: [number, number];
  above: [number, number];
}

export interface Tornado {
  base: number;
  rows: TornadoRow[];
  ticks: Ticks;
}

/** The outlook's bars, largest swing first, at most `limit`; undefined when it was not computed. */
export function tornado(sensitivity: SensitivityResult, outlookId: string, unit: OutlookUnit, limit = 12, w?: Words): Tornado | undefined {
  // From the lowest setting to the highest, the arrow pointing the way the line reads.
  const arrow = directionOfWords(w) === 'rtl' ? '←' : '→';
  const outlook = sensitivity.outlooks.find((o) => o.id === outlookId);
  if (!outlook) return undefined;
  const base = outlook.base;
  const rows = [...outlook.bars]
    .sort((a, b) => b.swing - a.swing)
    .slice(0, limit)
    .map((bar) => {
      const lowEnd = Math.min(bar.low.outcome, base);
      const highEnd = Math.max(bar.high.outcome, base);
      return {
        assumption: bar.assumption,
        label: bar.label,
        lowLabel: bar.low.label,
        highLabel: bar.high.label,
        ends: `${bar.low.label} ${arrow} ${bar.high.label}`,
        low: bar.low.outcome,
        high: bar.high.outcome,
        swing: bar.swing,
        below: [lowEnd, base] as [number, number],
        above: [base, highEnd] as [number, number],
      };
    });
  const values = rows.flatMap((r) => [r.below[0], r.above[1]]).concat(base);
  return { base, rows, ticks: niceTicks(Math.min(...values), Math.max(...values), 5, unit) };
}

export function tornadoTable(rows: TornadoRow[], unit: OutlookUnit, w: Words = englishWords()): ChartTable {
  const u = unitLabel(unit, w);
  return {
    columns: [
      w.t('charts.tornado.assumption'), w.t('charts.tornado.settings'), w.t('charts.tornado.lowestColumn', { unit: u }),
      w.t('charts.tornado.highestColumn', { unit: u }), w.t('charts.tornado.swingColumn', { unit: deltaLabel(unit, w) }),
    ],
    rows: rows.map((r) => [r.label, r.ends, fixed1(r.low, unit, w), fixed1(r.high, unit, w), fixed1(r.swing, unit, w)]),
  };
}
