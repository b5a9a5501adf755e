/**
 * One outlook's monthly path for every scenario, on one month axis. Month 0
 * follows the dashboard: nothing has happened yet for events and launches (0),
 * the arsenal starts at today's estimate with no spread, and the tension index
 * has no month-0 value. Bands exist where the model computes them (tension,
 * arsenal); elsewhere only the mean is drawn.
 */
import type { ChartTable } from '@/app/_components/chart-frame';
import { fixed1, niceTicks, unitLabel, type Ticks } from '@/app/_dashboard/charts/format';
import { plainNumber } from '@/app/_dashboard/words';
import type { CompareWords } from '../_components/use-compare-words';
import type { OutlookId, OutlookUnit } from '@/server/model/outlooks';
import type { ForecastResult } from '@/server/model/schema';

export interface TrajectoryValue {
  mean: number;
  /** [P10, P90]; absent where the model has no monthly band. */
  band?: [number, number];
}

export interface TrajectoryRow {
  month: number;
  /** One per scenario, in column order; null where that scenario has no value this month. */
  values: (TrajectoryValue | null)[];
}

function monthZero(id: OutlookId, warheadsEstimate: number): TrajectoryValue | null {
  if (id === 'tensionIndex') return null;
  if (id === 'arsenal') return { mean: warheadsEstimate, band: [warheadsEstimate, warheadsEstimate] };
  return { mean: 0 };
}

export function trajectoryRows(results: ForecastResult[], id: OutlookId, warheadsEstimate: number): TrajectoryRow[] {
  const horizon = Math.max(0, ...results.map((r) => r.horizonMonths));
  const zero = monthZero(id, warheadsEstimate);
  const rows: TrajectoryRow[] = [];
  for (let month = zero ? 0 : 1; month <= horizon; month++) {
    rows.push({
      month,
      values: results.map((r) => {
        if (month === 0) return zero;
        const point = r.outlooks[id].trajectory.find((p) => p.month === month);
        if (!point) return null;
        return point.p10 !== undefined && point.p90 !== undefined ? { mean: point.mean, band: [point.p10, point.p90] } : { mean: point.mean };
      }),
    });
  }
  return rows;
}

/** True when every drawn month has a band: then the chart shades P10–P90. */
export function hasBands(rows: TrajectoryRow[]): boolean {
  const values = rows.flatMap((r) => r.values).filter((v) => v !== null);
  return values.length > 0 && values.every((v) => v.band !== undefined);
}

export function trajectoryTicks(rows: TrajectoryRow[], unit: OutlookUnit): Ticks {
  if (unit === 'index') return { domain: [0, 100], ticks: [0, 25, 50, 75, 100], decimals: 0 };
  const values = rows.flatMap((r) => r.values).filter((v) => v !== null);
  const lows = values.map((v) => v.band?.[0] ?? v.mean);
  const highs = values.map((v) => v.band?.[1] ?? v.mean);
  if (unit === 'warheads') return niceTicks(Math.min(...lows), Math.max(...highs), 5, unit);
  // Counts and cumulative chances start at zero; a 0.3% chance must not look like a climb to the top.
  const top = Math.max(unit === 'probability' ? 0.1 : 1, ...highs);
  return niceTicks(0, unit === 'probability' ? Math.min(1, top) : top, 5, unit);
}

export function trajectoryTable(rows: TrajectoryRow[], names: string[], unit: OutlookUnit, { t, chart }: Pick<CompareWords, 't' | 'chart'>): ChartTable {
  const u = unitLabel(unit, chart);
  const bands = hasBands(rows);
  const columns = [
    t('table.month'),
    ...names.flatMap((name) => (bands ? [`${name} (${u})`, `${name} P10`, `${name} P90`] : [`${name} (${u})`])),
  ];
  return {
    columns,
    rows: rows.map((r) => [
      plainNumber(chart, r.month),
      ...r.values.flatMap((v) => {
        const cells = [v ? fixed1(v.mean, unit, chart) : '–'];
        if (bands) cells.push(v?.band ? fixed1(v.band[0], unit, chart) : '–', v?.band ? fixed1(v.band[1], unit, chart) : '–');
        return cells;
      }),
    ]),
  };
}
