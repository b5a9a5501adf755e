/**
 * How each compared scenario is drawn and named: a colour and a line dash per
 * column, and names made unique (two saved scenarios may share a name, and the
 * legends, tables and selects must still tell them apart).
 */
import type { Assumptions } from '@/server/model/assumptions';

/** What the page needs of a saved scenario. */
export interface ComparedScenario {
  id: string;
  name: string;
  horizonMonths: number;
  assumptions: Assumptions;
  modelVersion: string;
  updatedAt: string;
}

export interface Series {
  id: string;
  /** Unique among the compared scenarios. */
  name: string;
  color: string;
  /** SVG dash array for lines, so the series differ by more than hue. */
  dash: string | undefined;
}

/**
 * Okabe–Ito blue, vermillion, bluish green and reddish purple (the last two
 * darkened to 3:1 on white): distinct for the common colour-vision deficiencies.
 * CSS variables first, so the theme can change them in one place.
 */
const COLORS = [
  'var(--color-scenario-1, #0072b2)',
  'var(--color-scenario-2, #d55e00)',
  'var(--color-scenario-3, #007f5f)',
  'var(--color-scenario-4, #b0508a)',
] as const;
const DASHES = [undefined, '7 3', '2 2', '9 3 2 3'] as const;

/** "Plan", "Plan" → "Plan (1)", "Plan (2)"; unique names stay as they are. */
export function uniqueNames(names: string[]): string[] {
  return names.map((name, i) => {
    const same = names.filter((n) => n === name).length;
    if (same === 1) return name;
    return `${name} (${names.slice(0, i + 1).filter((n) => n === name).length})`;
  });
}

export function seriesOf(scenarios: Pick<ComparedScenario, 'id' | 'name'>[]): Series[] {
  const names = uniqueNames(scenarios.map((s) => s.name));
  return scenarios.map((s, i) => ({ id: s.id, name: names[i] ?? s.name, color: COLORS[i % COLORS.length]!, dash: DASHES[i % DASHES.length] }));
}
