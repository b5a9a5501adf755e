/**
 * Pure shaping for launches by quarter and the tornado. Values stay in model
 * units (shares for probabilities); the panels format them with format.ts.
 */
import type { ChartTable } from '@/app/_components/chart-frame';
import type { OutlookUnit } from '@/server/model/outlooks';
import type { ForecastResult, SensitivityResult } from '@/server/model/schema';
import { DELTA_LABEL, UNIT_LABEL, fixed1, niceTicks, type Ticks } from './format';

export interface LaunchRow {
  quarter: number;
  /** Axis tick: "Q1". */
  short: string;
  /** Tooltip and table: "Q1 (months 1–3)". */
  label: string;
  mean: number;
}

export function launchRows(result: ForecastResult): LaunchRow[] {
  let first = 1;
  return result.launchesByQuarter.map((q) => {
    const last = first + q.months - 1;
    const span = q.months === 1 ? `month ${first}` : `months ${first}–${last}`;
    first = last + 1;
    return { quarter: q.quarter, short: `Q${q.quarter}`, label: `Q${q.quarter} (${span})`, mean: q.mean };
  });
}

export function launchTable(rows: LaunchRow[]): ChartTable {
  return { columns: ['Quarter', 'Expected launches (missiles)'], rows: rows.map((r) => [r.label, fixed1(r.mean)]) };
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
export function tornado(sensitivity: SensitivityResult, outlookId: string, unit: OutlookUnit, limit = 12): Tornado | undefined {
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
        ends: `${bar.low.label} → ${bar.high.label}`,
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

export function tornadoTable(rows: TornadoRow[], unit: OutlookUnit): ChartTable {
  const u = UNIT_LABEL[unit];
  return {
    columns: ['Assumption', 'Settings (lowest → highest)', `Lowest (${u})`, `Highest (${u})`, `Swing (${DELTA_LABEL[unit]})`],
    rows: rows.map((r) => [r.label, r.ends, fixed1(r.low, unit), fixed1(r.high, unit), fixed1(r.swing, unit)]),
  };
}
