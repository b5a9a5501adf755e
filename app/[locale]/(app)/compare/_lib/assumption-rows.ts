/**
 * The assumption table: one row per assumption, grouped as the model groups
 * them, one value in words per scenario, and whether the scenarios differ on
 * it. Built on the server from the model's metadata; the view only shows it.
 */
import type { AssumptionDomain, AssumptionId } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';
import { sameValue } from '@/app/_dashboard/scenario';
import { valueInWords } from '@/app/_scenarios/assumption-words';
import { horizonInWords } from '@/app/_scenarios/format';
import type { Words } from '@/app/_scenarios/words';
import type { ComparedScenario } from './series';

export interface ComparedRow {
  id: AssumptionId | 'horizonMonths';
  label: string;
  /** One per scenario, in column order. */
  values: string[];
  /** Not every scenario has the same value. */
  differs: boolean;
}

export interface ComparedGroup {
  id: string;
  label: string;
  rows: ComparedRow[];
}

const allSame = (values: unknown[]) => values.every((v) => sameValue(v, values[0]));

/** `words`: the `scenarios` messages and the page's formatter, which put values into words. */
export function compareAssumptions(description: ModelDescription, scenarios: Pick<ComparedScenario, 'assumptions' | 'horizonMonths'>[], words: Words): ComparedGroup[] {
  const resolutions = Object.fromEntries(description.resolutions.map((r) => [r.number, r.adopted]));
  const groups: ComparedGroup[] = description.groups.map((group) => ({
    id: group.id,
    label: group.label,
    rows: description.assumptions
      .filter((a) => a.group === group.id)
      .map((a) => {
        // describe's schema types domains loosely; they are the model's own AssumptionDomain, in the page's language.
        const domain = a.domain as AssumptionDomain;
        const raw = scenarios.map((s) => s.assumptions[a.id]);
        return {
          id: a.id,
          label: a.label,
          values: raw.map((v) => valueInWords(domain, v, resolutions, words)),
          differs: !allSame(raw),
        };
      }),
  }));
  const horizons = scenarios.map((s) => s.horizonMonths);
  groups.push({
    id: 'saved',
    label: words.t('compare.asSaved'),
    rows: [{ id: 'horizonMonths', label: words.t('fields.horizon'), values: horizons.map((h) => horizonInWords(h, words)), differs: !allSame(horizons) }],
  });
  return groups;
}

export function countDiffering(groups: ComparedGroup[]): number {
  return groups.reduce((n, g) => n + g.rows.filter((r) => r.differs && r.id !== 'horizonMonths').length, 0);
}
