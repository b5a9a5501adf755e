/**
 * One horizon for every column. Probabilities "within 12 months" and "within
 * 24 months" are not comparable, so scenarios saved with different horizons
 * are all recomputed over the one chosen here, and the page says so.
 */
import { HORIZON_CHOICES } from '@/app/_dashboard/scenario';

/** The dashboard's choices, plus any saved or chosen horizon that is not one of them (e.g. 9 months). */
export function horizonChoices(saved: number[], chosen: number): number[] {
  return [...new Set<number>([...HORIZON_CHOICES, ...saved, chosen])].sort((a, b) => a - b);
}

const months = (n: number) => `${n}\u00a0months`;

/** Why the columns may not match how the scenarios were saved; null when they all match. */
export function horizonNote(scenarios: { name: string; horizonMonths: number }[], chosen: number): string | null {
  const differing = scenarios.filter((s) => s.horizonMonths !== chosen);
  if (differing.length === 0) return null;
  const saved = new Set(scenarios.map((s) => s.horizonMonths));
  if (saved.size === 1) {
    return `All ${scenarios.length} scenarios were saved with a ${scenarios[0]!.horizonMonths}-month horizon; every column here is computed over ${months(chosen)}.`;
  }
  const list = differing.map((s) => `“${s.name}” with ${months(s.horizonMonths)}`).join(', ');
  return `Saved with different horizons (${list}): to compare like with like, every column is computed over ${months(chosen)}.`;
}
