/**
 * The waterfall from scenario A to scenario B for one outlook: A's value, one
 * step per assumption on which they differ (its Shapley share of B − A, from
 * forecast.difference), then B's value. The steps sum exactly to B − A.
 */
import type { ChartTable } from '@/app/_components/chart-frame';
import { deltaLabel, fixed1, niceTicks, signedFixed1, unitLabel, type Ticks } from '@/app/_dashboard/charts/format';
import { plainNumber } from '@/app/_dashboard/words';
import { arrowIn } from '@/app/_scenarios/words';
import type { CompareWords } from '../_components/use-compare-words';
import { orderSteps, shortPhrase } from '@/app/_dashboard/charts/shape-waterfall';
import type { Assumptions } from '@/server/model/assumptions';
import type { DifferenceResult } from '@/server/model/difference';
import type { OutlookUnit } from '@/server/model/outlooks';
import type { ComparedGroup } from './assumption-rows';

export type DifferenceOutlook = DifferenceResult['outlooks'][number];

/** What the waterfall needs to know about the pair, beyond the numbers. */
export interface PairContext {
  names: [string, string];
  assumptions: [Assumptions, Assumptions];
  /** Assumption id → label, and → [A's value, B's value] in words. */
  labels: ReadonlyMap<string, string>;
  words: ReadonlyMap<string, [string, string]>;
  /** Assumptions set on a 0–100 scale. */
  percent: ReadonlySet<string>;
}

export function pairContext(
  groups: ComparedGroup[],
  percentIds: Iterable<string>,
  scenarios: [{ name: string; assumptions: Assumptions }, { name: string; assumptions: Assumptions }],
  columns: [number, number],
): PairContext {
  const rows = groups.flatMap((g) => g.rows);
  return {
    names: [scenarios[0].name, scenarios[1].name],
    assumptions: [scenarios[0].assumptions, scenarios[1].assumptions],
    labels: new Map(rows.map((r) => [r.id, r.label])),
    words: new Map(rows.map((r) => [r.id, [r.values[columns[0]] ?? '', r.values[columns[1]] ?? '']])),
    percent: new Set(percentIds),
  };
}

/**
 * The driver in words. The model's phrase describes B's value on its own ("the
 * codified test moratorium"), which holds whatever A is. For 0–100 settings it
 * says "larger" or "weaker" relative to the status quo, which would mislead when
 * A is not the status quo (B at 50 is "larger" than the status quo's 40 even when
 * A had 70), so those name both values instead.
 */
export function driverPhrase(assumption: string, modelPhrase: string, pair: PairContext, { t, chart }: Pick<CompareWords, 't' | 'chart'>): string {
  if (!pair.percent.has(assumption)) return modelPhrase;
  const key = assumption as keyof Assumptions;
  const label = pair.labels.get(assumption) ?? assumption;
  const value = (v: unknown) => plainNumber(chart, Number(v));
  return t('difference.percentDriver', { label, b: value(pair.assumptions[1][key]), a: value(pair.assumptions[0][key]), max: plainNumber(chart, 100) });
}

export interface DifferenceRow {
  key: string;
  /** Axis label: the scenario's name, or the driver without its article. */
  label: string;
  /** The driver as a sentence uses it; empty for the two totals. */
  phrase: string;
  /** "Test moratorium: None → Codified"; empty for the two totals. */
  detail: string;
  kind: 'total' | 'raises' | 'lowers';
  /** Drawn span, low to high. */
  range: [number, number];
  /** The total, or the step's contribution. */
  value: number;
  /** Running total after this row. */
  end: number;
}

export interface DifferenceWaterfall {
  rows: DifferenceRow[];
  ticks: Ticks;
}

/** The narrowest value axis: two points of each unit (percentage points for probabilities). */
const MIN_SPAN: Record<OutlookUnit, number> = { probability: 0.02, count: 2, index: 2, warheads: 2 };

export function differenceWaterfall(outlook: DifferenceOutlook, unit: OutlookUnit, pair: PairContext, words: Pick<CompareWords, 't' | 'chart'>): DifferenceWaterfall {
  // The dashboard's order (raises first unless that would pass the ceiling), from A's value.
  const steps = orderSteps(outlook.base, outlook.attribution.contributions, unit);
  const ends: number[] = [];
  let running = outlook.base;
  for (const step of steps) ends.push((running += step.contribution));
  const points = [outlook.base, outlook.target, ...ends];
  const min = Math.min(...points);
  const max = Math.max(...points);
  // A zero floor, unless every value sits far above it (warheads), where it would flatten the steps.
  let floor = min < 0 ? min : min > 0.4 * max ? min - 0.25 * (max - min) : 0;
  let top = max;
  // But never zoom in past what the numbers show: 56.964 against 56.970 warheads is no difference,
  // and an axis from 56.962 to 56.972 would draw it as a large one.
  if (top - floor < MIN_SPAN[unit]) {
    floor = min < 0 ? top - MIN_SPAN[unit] : Math.max(0, top - MIN_SPAN[unit]);
    top = floor + MIN_SPAN[unit];
  }
  const ticks = niceTicks(floor, top, 5, unit);
  const from = ticks.domain[0];
  const total = (key: string, label: string, value: number): DifferenceRow =>
    ({ key, label, phrase: '', detail: '', kind: 'total', range: [from, value], value, end: value });
  return {
    ticks,
    rows: [
      total('base', pair.names[0], outlook.base),
      ...steps.map((s, i): DifferenceRow => {
        const end = ends[i] ?? 0;
        const start = end - s.contribution;
        const phrase = driverPhrase(s.assumption, s.phrase, pair, words);
        const [a, b] = pair.words.get(s.assumption) ?? ['', ''];
        return {
          key: s.assumption,
          label: shortPhrase(phrase),
          phrase,
          detail: `${pair.labels.get(s.assumption) ?? s.assumption}: ${a} ${arrowIn(words.chart.format.locale)} ${b}`,
          kind: s.contribution >= 0 ? 'raises' : 'lowers',
          range: [Math.min(start, end), Math.max(start, end)],
          value: s.contribution,
          end,
        };
      }),
      total('target', pair.names[1], outlook.target),
    ],
  };
}

export function differenceTable(rows: DifferenceRow[], unit: OutlookUnit, { t, chart }: Pick<CompareWords, 't' | 'chart'>): ChartTable {
  return {
    columns: [t('table.step'), t('table.assumptionAB'), t('table.change', { unit: deltaLabel(unit, chart) }), t('table.runningTotal', { unit: unitLabel(unit, chart) })],
    rows: rows.map((r) => [
      r.label,
      r.detail,
      r.kind === 'total' ? '' : signedFixed1(r.value, unit, chart),
      fixed1(r.end, unit, chart),
    ]),
  };
}
