/**
 * The dashboard's state: the scenario (assumptions and horizon), the outlook
 * chosen for the tornado and attribution, and the preset it started from.
 * Pure, shared by the URL mapping, the hooks and the components.
 */
import { ASSUMPTION_IDS, STATUS_QUO, assumptionsSchema, type AssumptionId, type Assumptions } from '@/server/model/assumptions';
import type { OutlookId } from '@/server/model/outlooks';

export interface DashboardState {
  assumptions: Assumptions;
  horizonMonths: number;
  outlook: OutlookId;
  presetId: string | null;
  /** The saved scenario being edited, and the version the edits started from (a save names it). */
  saved: SavedRef | null;
}

export interface SavedRef {
  id: string;
  version: number;
}

export const HORIZON_CHOICES = [3, 6, 12, 18, 24, 36] as const;
export const DEFAULT_OUTLOOK: OutlookId = 'icbmLaunch';

/** The preset a link without one starts from when it asks for nothing else. */
export const STATUS_QUO_PRESET = 'statusQuo';

export const INITIAL_STATE: DashboardState = {
  assumptions: { ...STATUS_QUO },
  horizonMonths: 12,
  outlook: DEFAULT_OUTLOOK,
  presetId: STATUS_QUO_PRESET,
  saved: null,
};

/** Compare assumption values (arrays by content, in any order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    const sortedB = [...b].sort();
    return [...a].sort().every((v, i) => v === sortedB[i]);
  }
  return a === b;
}

export function differsFrom(a: Assumptions, b: Assumptions, id: AssumptionId): boolean {
  return !sameValue(a[id], b[id]);
}

export function sameAssumptions(a: Assumptions, b: Assumptions): boolean {
  return ASSUMPTION_IDS.every((id) => !differsFrom(a, b, id));
}

/**
 * One string per scenario, keys in the schema's order and sanctions sorted:
 * the dashboard's query key, and `data-shown-input` on the page.
 */
const SCHEMA_ORDER = Object.keys(assumptionsSchema.shape) as AssumptionId[];

export function canonicalInput(assumptions: Assumptions, horizonMonths: number): string {
  const ordered = Object.fromEntries(
    SCHEMA_ORDER.map((id) => [id, id === 'sanctionsLifted' ? [...assumptions.sanctionsLifted].sort((x, y) => x - y) : assumptions[id]]),
  );
  return JSON.stringify({ assumptions: ordered, horizonMonths });
}
