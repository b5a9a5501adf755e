/**
 * The difference between two scenarios in one sentence, for the analyst who
 * quotes it: how far B is from A on the chosen outlook, and which assumptions
 * account for most of it (and which work against it). Numbers are rounded as
 * the charts and tables round them, so the sentence never disagrees with them.
 *
 * Every sentence is one template of the `compare` messages (`explain.*`), with the
 * names, the subject, the values and the drivers as arguments: no sentence is
 * assembled from English fragments, so each language words it in its own order.
 */
import { formatDelta, formatValue } from '@/app/_dashboard/charts/format';
import { isEnglish, plainNumber, pluralForm, type Words as ChartWords } from '@/app/_dashboard/words';
import { quoteIn, type Translate } from '@/app/_scenarios/words';
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

/** What the sentences are written with: the `compare` messages and the charts' number words. */
export interface ExplainWords {
  t: Translate;
  chart: ChartWords;
}

/** "A seventh nuclear test" → "a seventh nuclear test"; "ICBM" and "US" keep their capitals. */
export function lowerFirst(text: string): string {
  const word = /^\p{L}+/u.exec(text)?.[0] ?? '';
  return word.length === 1 || /^\p{Lu}\p{Ll}/u.test(word) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What is being compared, e.g. "the chance of an ICBM launch within 12 months". */
export function subjectOf(outlook: ExplainInput['outlook'], horizonMonths: number, { t, chart }: ExplainWords): string {
  const values = { phrase: lowerFirst(outlook.phrase), label: lowerFirst(outlook.label), count: horizonMonths, months: plainNumber(chart, horizonMonths) };
  switch (outlook.unit) {
    case 'probability': return t('explain.subject.probability', values);
    case 'count': return t('explain.subject.count', values);
    case 'index': return t('explain.subject.index', values);
    case 'warheads': return t('explain.subject.warheads', values);
  }
}

const display = (value: number, unit: OutlookUnit) => Math.abs(unit === 'probability' ? value * 100 : value);
/** Below what the charts show (one decimal), a difference is no difference. */
const negligible = (value: number, unit: OutlookUnit) => display(value, unit) < 0.05;

function amount(value: number, unit: OutlookUnit, { t, chart }: ExplainWords): string {
  const size = plainNumber(chart, display(value, unit), 1);
  if (unit === 'count') return size;
  const form = pluralForm(chart, display(value, unit), 1);
  switch (unit) {
    case 'probability': return t('explain.amount.probability', { size, form });
    case 'index': return t('explain.amount.index', { size, form });
    case 'warheads': return t('explain.amount.warheads', { size, form });
  }
}

/** "a, b and c": English keeps its house style (no serial comma); other languages use Intl's list. */
function list(items: string[], { chart }: ExplainWords): string {
  if (!isEnglish(chart)) return chart.format.list(items);
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const bySize = (a: { value: number }, b: { value: number }) => Math.abs(b.value) - Math.abs(a.value);

export function explainDifference({ outlook, horizonMonths, names, base, target, steps }: ExplainInput, words: ExplainWords): string {
  const { unit } = outlook;
  const { t, chart } = words;
  const [a, b] = names.map((name) => quoteIn(chart.format.locale, name)) as [string, string];
  const subject = subjectOf(outlook, horizonMonths, words);
  const subjectStart = upperFirst(subject);
  const targetValue = formatValue(target, unit, chart);
  const values = t('explain.against', { target: targetValue, base: formatValue(base, unit, chart) });
  const driver = (s: { phrase: string; value: number }) => `${s.phrase} (${formatDelta(s.value, unit, chart)})`;
  const total = target - base;

  if (negligible(total, unit)) {
    if (steps.length === 0) return t('explain.same', { a, b, subject, value: targetValue });
    const up = steps.filter((s) => s.value > 0).sort(bySize)[0];
    const down = steps.filter((s) => s.value < 0).sort(bySize)[0];
    if (up && down && !negligible(up.value, unit) && !negligible(down.value, unit)) {
      return t('explain.cancel', { a, b, subjectStart, values, up: driver(up), down: driver(down) });
    }
    return t('explain.barely', { a, b, subjectStart, values });
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
  const head = { a, b, subject, amount: amount(total, unit, words), direction: total > 0 ? 'higher' : 'lower', values };
  // Steps always sum to the difference; without any, the result cannot be explained, only stated.
  if (named.length === 0) return t('explain.differs', head);
  const lead = named.length === steps.length ? 'all' : 'most';
  const drivers = list(named.map(driver), words);
  // An opposing driver is worth naming once it offsets a tenth of the difference.
  const offsets = against.filter((s) => Math.abs(s.value) >= 0.1 * Math.abs(total)).slice(0, 2);
  if (offsets.length === 0) return t('explain.because', { ...head, lead, drivers });
  return t('explain.becauseOffset', { ...head, lead, drivers, offsets: list(offsets.map(driver), words) });
}
