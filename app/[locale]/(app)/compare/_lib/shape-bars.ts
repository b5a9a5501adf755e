/**
 * Grouped bars: one category per outlook, one bar per scenario, whiskers from
 * P10 to P90. Outlooks are charted by unit (all probabilities together, each
 * of the others on its own scale), since bars only compare on a shared axis.
 * Values stay in model units; table cells use the dashboard's fixed1.
 */
import type { ChartTable } from '@/app/_components/chart-frame';
import { fixed1, niceTicks, unitLabel, type Ticks } from '@/app/_dashboard/charts/format';
import type { CompareWords } from '../_components/use-compare-words';
import type { ModelDescription } from '@/server/model/describe';
import type { OutlookId, OutlookUnit } from '@/server/model/outlooks';
import type { ForecastResult } from '@/server/model/schema';

export interface BarValue {
  mean: number;
  p10: number;
  p90: number;
  /** ErrorBar's [below, above] distances from the mean (never negative). */
  whisker: [number, number];
}

export interface OutlookBarRow {
  id: OutlookId;
  label: string;
  /** One per scenario, in column order. */
  values: BarValue[];
}

export interface UnitGroup {
  unit: OutlookUnit;
  outlooks: { id: OutlookId; label: string }[];
}

/** Outlooks grouped by unit, in the model's order (probabilities first). */
export function unitGroups(outlooks: ModelDescription['outlooks']): UnitGroup[] {
  const groups: UnitGroup[] = [];
  for (const o of outlooks) {
    const group = groups.find((g) => g.unit === o.unit);
    if (group) group.outlooks.push({ id: o.id, label: o.label });
    else groups.push({ unit: o.unit, outlooks: [{ id: o.id, label: o.label }] });
  }
  return groups;
}

export function outlookBarRows(results: ForecastResult[], outlooks: UnitGroup['outlooks']): OutlookBarRow[] {
  return outlooks.map(({ id, label }) => ({
    id,
    label,
    values: results.map((r) => {
      const { mean, p10, p90 } = r.outlooks[id];
      return { mean, p10, p90, whisker: [Math.max(0, mean - p10), Math.max(0, p90 - mean)] };
    }),
  }));
}

// Probabilities never shrink below 0–10%, so a 0.3% chance does not fill the chart;
// the tension index keeps its fixed 0–100 scale, on which 85 means a 2017-style crisis.
const MIN_TOP: Record<OutlookUnit, number> = { probability: 0.1, count: 1, index: 100, warheads: 1 };

/** Bars start at zero (a bar's length is its value); the top covers every P90. */
export function barTicks(rows: OutlookBarRow[], unit: OutlookUnit): Ticks {
  if (unit === 'index') return { domain: [0, 100], ticks: [0, 25, 50, 75, 100], decimals: 0 };
  const top = Math.max(MIN_TOP[unit], ...rows.flatMap((r) => r.values.map((v) => Math.max(v.p90, v.mean))));
  return niceTicks(0, unit === 'probability' ? Math.min(1, top) : top, 5, unit);
}

export function outlookBarTable(rows: OutlookBarRow[], names: string[], unit: OutlookUnit, { t, chart }: Pick<CompareWords, 't' | 'chart'>): ChartTable {
  const u = unitLabel(unit, chart);
  return {
    columns: [t('table.outlook'), t('table.scenario'), t('table.mean', { unit: u }), `P10 (${u})`, `P90 (${u})`],
    rows: rows.flatMap((row) =>
      row.values.map((v, i) => [row.label, names[i] ?? '', fixed1(v.mean, unit, chart), fixed1(v.p10, unit, chart), fixed1(v.p90, unit, chart)]),
    ),
  };
}
