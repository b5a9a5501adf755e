/**
 * The difference between two scenarios in one sentence, for the analyst who
 * quotes it: how far B is from A on the chosen outlook, and which assumptions
 * account for most of it (and which work against it). Numbers are rounded as
 * the charts and tables round them, so the sentence never disagrees with them.
 */
import { formatDelta, formatValue } from '@/app/_dashboard/charts/format';
import type { OutlookUnit } from '@/server/model/outlooks';

export interface ExplainInput {
  outlook: { label: string; phrase: string; unit: OutlookUnit };
  horizonMonths: number;
  names: [string, string];
  base: number;
  target: number;
  /** The waterfall's steps: each driver's phrase and its share of target − base. */
  steps: { phrase: string; value: number }[];
}

/** "A seventh nuclear test" → "a seventh nuclear test"; "ICBM" and "US" keep their capitals. */
export function lowerFirst(text: string): string {
  const word = /^\p{L}+/u.exec(text)?.[0] ?? '';
  return word.length === 1 || /^\p{Lu}\p{Ll}/u.test(word) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What is being compared, e.g. "the chance of an ICBM launch within 12 months". */
export function subjectOf(outlook: ExplainInput['outlook'], horizonMonths: number): string {
  const within = `within ${horizonMonths}\u00a0months`;
  switch (outlook.unit) {
    case 'probability': return `the chance of ${lowerFirst(outlook.phrase)} ${within}`;
    case 'count': return `the expected number of ${lowerFirst(outlook.phrase)} ${within}`;
    case 'index': return `the average ${lowerFirst(outlook.label)} over ${horizonMonths}\u00a0months`;
    case 'warheads': return `the estimated ${lowerFirst(outlook.label)} after ${horizonMonths}\u00a0months`;
  }
}

const display = (value: number, unit: OutlookUnit) => Math.abs(unit === 'probability' ? value * 100 : value);
/** Below what the charts show (one decimal), a difference is no difference. */
const negligible = (value: number, unit: OutlookUnit) => display(value, unit) < 0.05;

function amount(value: number, unit: OutlookUnit): string {
  const size = display(value, unit).toFixed(1);
  switch (unit) {
    case 'probability': return `${size} percentage points`;
    case 'count': return size;
    case 'index': return `${size} points`;
    case 'warheads': return `${size} warheads`;
  }
}

function list(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const quote = (name: string) => `“${name}”`;
const bySize = (a: { value: number }, b: { value: number }) => Math.abs(b.value) - Math.abs(a.value);

export function explainDifference({ outlook, horizonMonths, names, base, target, steps }: ExplainInput): string {
  const { unit } = outlook;
  const [a, b] = names.map(quote) as [string, string];
  const subject = subjectOf(outlook, horizonMonths);
  const values = `${formatValue(target, unit)} against ${formatValue(base, unit)}`;
  const driver = (s: { phrase: string; value: number }) => `${s.phrase} (${formatDelta(s.value, unit)})`;
  const total = target - base;

  if (negligible(total, unit)) {
    if (steps.length === 0) return `${b} and ${a} set every assumption alike, so ${subject} is the same under both (${formatValue(target, unit)}).`;
    const up = steps.filter((s) => s.value > 0).sort(bySize)[0];
    const down = steps.filter((s) => s.value < 0).sort(bySize)[0];
    const start = `${upperFirst(subject)} is about the same under ${b} as under ${a} (${values})`;
    if (up && down && !negligible(up.value, unit) && !negligible(down.value, unit)) {
      return `${start}: ${driver(up)} and ${driver(down)} roughly cancel out.`;
    }
    return `${start}: the assumptions on which they differ barely move it.`;
  }

  const sign = Math.sign(total);
  const along = steps.filter((s) => Math.sign(s.value) === sign).sort(bySize);
  const against = steps.filter((s) => Math.sign(s.value) === -sign && !negligible(s.value, unit)).sort(bySize);
  // The largest drivers until they explain three quarters of the movement, at most three.
  const alongSum = along.reduce((sum, s) => sum + Math.abs(s.value), 0);
  const named: typeof along = [];
  let covered = 0;
  for (const s of along) {
    if (named.length === 3 || covered >= 0.75 * alongSum) break;
    named.push(s);
    covered += Math.abs(s.value);
  }
  const head = `Under ${b}, ${subject} is ${amount(total, unit)} ${total > 0 ? 'higher' : 'lower'} than under ${a} (${values})`;
  // Steps always sum to the difference; without any, the result cannot be explained, only stated.
  if (named.length === 0) return `${head}.`;
  const lead = named.length === steps.length ? 'because of' : 'mostly because of';
  // An opposing driver is worth naming once it offsets a tenth of the difference.
  const offsets = against.filter((s) => Math.abs(s.value) >= 0.1 * Math.abs(total)).slice(0, 2);
  return (
    `${head}, ${lead} ${list(named.map(driver))}` +
    (offsets.length > 0 ? `, partly offset by ${list(offsets.map(driver))}.` : '.')
  );
}
