/**
 * Pure shaping: forecast results → chart rows and table rows. Each table row
 * is the chart row at the same index, so the data table shows exactly what is
 * drawn. Month paths: states, cumulative events and arsenal start at month 0
 * (the forecast date); tension has no month-0 value and starts at month 1.
 */
import type { ChartTable } from '@/app/_components/chart-frame';
import type { ModelDescription } from '@/server/model/describe';
import { EVENT_OUTLOOKS, STATE_IDS, type EventOutlookId, type StateId } from '@/server/model/outlooks';
import type { ForecastResult, TrajectoryPoint } from '@/server/model/schema';
import { englishWords, plainNumber, percentSign, type Words } from '../words';
import { fixed1 } from './format';

export * from './shape-bars';
export * from './shape-waterfall';

export type StateRow = { month: number } & Record<StateId, number>;
export type CumulativeRow = { month: number } & Record<EventOutlookId, number>;
export interface BandRow {
  month: number;
  mean: number;
  /** [P10, P90], drawn as one range area. */
  band: [number, number];
}

/** A month in a table's first column: the number itself in English (as before), the locale's digits otherwise. */
function monthCell(month: number, w: Words): string | number {
  return w.format.locale === 'en' ? month : plainNumber(w, month);
}

type Labelled = { id: string; label: string }[];
export const labelOf = (items: Labelled, id: string): string => items.find((i) => i.id === id)?.label ?? id;

/** Shares by month, renormalised so rounding never stacks past 100%. */
export function stateRows(result: ForecastResult): StateRow[] {
  return result.states.map((s) => {
    const total = STATE_IDS.reduce((sum, id) => sum + s[id], 0) || 1;
    const row = { month: s.month } as StateRow;
    for (const id of STATE_IDS) row[id] = s[id] / total;
    return row;
  });
}

export function stateTable(rows: StateRow[], describe: ModelDescription, w: Words = englishWords()): ChartTable {
  return {
    columns: [w.t('charts.monthColumn'), ...STATE_IDS.map((id) => `${labelOf(describe.states, id)} (${percentSign(w)})`)],
    rows: rows.map((r) => [monthCell(r.month, w), ...STATE_IDS.map((id) => fixed1(r[id], 'probability', w))]),
  };
}

/** Cumulative probability of each event by month, with month 0 at zero: nothing has happened yet. */
export function cumulativeRows(result: ForecastResult): CumulativeRow[] {
  const rows: CumulativeRow[] = [];
  for (let month = 0; month <= result.horizonMonths; month++) {
    const row = { month } as CumulativeRow;
    for (const id of EVENT_OUTLOOKS) {
      row[id] = month === 0 ? 0 : result.outlooks[id].trajectory.find((p) => p.month === month)?.mean ?? 0;
    }
    rows.push(row);
  }
  return rows;
}

export function cumulativeTable(rows: CumulativeRow[], describe: ModelDescription, w: Words = englishWords()): ChartTable {
  return {
    columns: [w.t('charts.monthColumn'), ...EVENT_OUTLOOKS.map((id) => `${labelOf(describe.outlooks, id)} (${percentSign(w)})`)],
    rows: rows.map((r) => [monthCell(r.month, w), ...EVENT_OUTLOOKS.map((id) => fixed1(r[id], 'probability', w))]),
  };
}

function bandRow(p: TrajectoryPoint): BandRow {
  return { month: p.month, mean: p.mean, band: [p.p10 ?? p.mean, p.p90 ?? p.mean] };
}

export function tensionRows(result: ForecastResult): BandRow[] {
  return result.outlooks.tensionIndex.trajectory.map(bandRow);
}

/** Month 0 is today's estimate, with no spread: the band opens from a known point. */
export function arsenalRows(result: ForecastResult, describe: ModelDescription): BandRow[] {
  const start = describe.context.warheadsEstimate;
  return [{ month: 0, mean: start, band: [start, start] }, ...result.outlooks.arsenal.trajectory.map(bandRow)];
}

export function bandTable(rows: BandRow[], unitLabel: string, w: Words = englishWords()): ChartTable {
  return {
    columns: [w.t('charts.monthColumn'), w.t('charts.meanColumn', { unit: unitLabel }), `P10 (${unitLabel})`, `P90 (${unitLabel})`],
    rows: rows.map((r) => [monthCell(r.month, w), fixed1(r.mean, 'index', w), fixed1(r.band[0], 'index', w), fixed1(r.band[1], 'index', w)]),
  };
}
