/**
 * The assumption table: one row per assumption, grouped as the model groups
 * them, one value in words per scenario, and whether the scenarios differ on
 * it. Built on the server from the model's metadata; the view only shows it.
 */
import { ASSUMPTIONS, type AssumptionId } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';
import { sameValue } from '@/app/_dashboard/scenario';
import { valueInWords } from '@/app/[locale]/methodology/_lib/describe-assumption';
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

export function compareAssumptions(description: ModelDescription, scenarios: Pick<ComparedScenario, 'assumptions' | 'horizonMonths'>[]): ComparedGroup[] {
  const groups: ComparedGroup[] = description.groups.map((group) => ({
    id: group.id,
    label: group.label,
    rows: description.assumptions
      .filter((a) => a.group === group.id)
      .map((a) => {
        // The typed domain is the model's own metadata, which model.describe copies.
        const meta = ASSUMPTIONS.find((m) => m.id === a.id);
        const raw = scenarios.map((s) => s.assumptions[a.id]);
        return {
          id: a.id,
          label: a.label,
          values: raw.map((v) => (meta ? valueInWords(meta.domain, v) : String(v))),
          differs: !allSame(raw),
        };
      }),
  }));
  const horizons = scenarios.map((s) => s.horizonMonths);
  groups.push({
    id: 'saved',
    label: 'As saved',
    rows: [{ id: 'horizonMonths', label: 'Horizon', values: horizons.map((h) => `${h} months`), differs: !allSame(horizons) }],
  });
  return groups;
}

export function countDiffering(groups: ComparedGroup[]): number {
  return groups.reduce((n, g) => n + g.rows.filter((r) => r.differs && r.id !== 'horizonMonths').length, 0);
}
