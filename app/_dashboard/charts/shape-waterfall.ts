/**
 * Pure shaping for the attribution waterfall: status quo, one step per changed
 * assumption (its Shapley contribution), scenario.
 */
import type { ChartTable } from '@/app/_components/chart-frame';
import type { OutlookUnit } from '@/server/model/outlooks';
import type { Contribution, OutlookResult } from '@/server/model/schema';
import { englishWords, type Words } from '../words';
import { deltaLabel, fixed1, niceTicks, signedFixed1, unitLabel, type Ticks } from './format';

export interface WaterfallRow {
  key: string;
  /** Short label for the axis (the driver phrase without its article). */
  label: string;
  kind: 'total' | 'raises' | 'lowers';
  /** Drawn span, low to high: from the baseline for totals, between running totals for steps. */
  range: [number, number];
  /** The total, or the step's contribution. */
  value: number;
  /** Running total after this row. */
  end: number;
}

export interface Waterfall {
  rows: WaterfallRow[];
  ticks: Ticks;
}

/** "the codified test moratorium" → "Codified test moratorium". */
export function shortPhrase(phrase: string): string {
  const bare = phrase.replace(/^(the|a|an)\s+/i, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

const CEILING: Record<OutlookUnit, number> = { probability: 1, index: 100, count: Infinity, warheads: Infinity };

/**
 * Step order. Shapley contributions in an arbitrary order can carry the running
 * total out of the outlook's range (a 5% chance minus 38 points is "−33%"), so
 * the steps that raise come first, largest first, then those that lower: the
 * total then never dips below the scenario or the status quo. If rising first
 * would pass the ceiling (100%), lowering goes first instead.
 */
export function orderSteps<C extends Pick<Contribution, 'contribution'>>(start: number, contributions: readonly C[], unit: OutlookUnit): C[] {
  const bySize = (a: C, b: C) => Math.abs(b.contribution) - Math.abs(a.contribution);
  const raises = contributions.filter((c) => c.contribution >= 0).sort(bySize);
  const lowers = contributions.filter((c) => c.contribution < 0).sort(bySize);
  const peak = start + raises.reduce((s, c) => s + c.contribution, 0);
  const trough = start + lowers.reduce((s, c) => s + c.contribution, 0);
  return peak > CEILING[unit] + 1e-12 && trough >= 0 ? [...lowers, ...raises] : [...raises, ...lowers];
}

/**
 * Status quo, then each contribution, then the scenario. Totals start at 0
 * unless every value sits far above it (warheads), where a 0 floor would
 * flatten the steps into slivers; the axis then starts at a round number.
 */
export function waterfall(outlook: OutlookResult, unit: OutlookUnit, w: Words = englishWords()): Waterfall {
  const steps = orderSteps(outlook.statusQuo.mean, outlook.attribution.contributions, unit);
  const ends: number[] = [];
  let running = outlook.statusQuo.mean;
  for (const step of steps) ends.push((running += step.contribution));
  const points = [outlook.statusQuo.mean, outlook.mean, ...ends];
  const min = Math.min(...points);
  const max = Math.max(...points);
  const floor = min < 0 ? min : min > 0.4 * max ? min - 0.25 * (max - min) : 0;
  const ticks = niceTicks(floor, max, 5, unit);
  const from = ticks.domain[0];
  const total = (key: string, label: string, value: number): WaterfallRow =>
    ({ key, label, kind: 'total', range: [from, value], value, end: value });
  return {
    ticks,
    rows: [
      total('statusQuo', w.t('charts.attribution.statusQuo'), outlook.statusQuo.mean),
      ...steps.map((s, i): WaterfallRow => {
        const end = ends[i] ?? 0;
        const start = end - s.contribution;
        return {
          key: s.assumption, label: shortPhrase(s.phrase), kind: s.contribution >= 0 ? 'raises' : 'lowers',
          // Low to high whatever the sign: Recharts then places the value label at the right end.
          range: [Math.min(start, end), Math.max(start, end)], value: s.contribution, end,
        };
      }),
      total('scenario', w.t('charts.attribution.scenario'), outlook.mean),
    ],
  };
}

export function waterfallTable(rows: WaterfallRow[], unit: OutlookUnit, w: Words = englishWords()): ChartTable {
  return {
    columns: [
      w.t('charts.attribution.step'),
      w.t('charts.attribution.changeColumn', { unit: deltaLabel(unit, w) }),
      w.t('charts.attribution.totalColumn', { unit: unitLabel(unit, w) }),
    ],
    rows: rows.map((r) => [
      r.label,
      r.kind === 'total' ? '' : signedFixed1(r.value, unit, w),
      fixed1(r.end, unit, w),
    ]),
  };
}
