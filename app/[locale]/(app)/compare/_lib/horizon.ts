/**
 * One horizon for every column. Probabilities "within 12 months" and "within
 * 24 months" are not comparable, so scenarios saved with different horizons
 * are all recomputed over the one chosen here, and the page says so.
 */
import { HORIZON_CHOICES } from '@/app/_dashboard/scenario';
import { isolate, type Words } from '@/app/_scenarios/words';

/** The dashboard's choices, plus any saved or chosen horizon that is not one of them (e.g. 9 months). */
export function horizonChoices(saved: number[], chosen: number): number[] {
  return [...new Set<number>([...HORIZON_CHOICES, ...saved, chosen])].sort((a, b) => a - b);
}

/** Why the columns may not match how the scenarios were saved; null when they all match. `t`: the `compare` messages. */
export function horizonNote(scenarios: { name: string; horizonMonths: number }[], chosen: number, { t, format }: Words): string | null {
  const differing = scenarios.filter((s) => s.horizonMonths !== chosen);
  if (differing.length === 0) return null;
  const months = (count: number) => t('months', { count, n: format.number(count) }).replace(/ /g, '\u00a0');
  const saved = new Set(scenarios.map((s) => s.horizonMonths));
  if (saved.size === 1) {
    const savedMonths = scenarios[0]!.horizonMonths;
    return t('horizon.allSaved', { count: scenarios.length, n: format.number(scenarios.length), saved: format.number(savedMonths), savedCount: savedMonths, chosen: months(chosen) });
  }
  const list = differing.map((s) => t('horizon.savedWith', { name: format.locale === 'en' ? s.name : isolate(s.name), months: months(s.horizonMonths) })).join(t('listSeparator'));
  return t('horizon.different', { list, chosen: months(chosen) });
}
