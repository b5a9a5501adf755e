/**
 * The URL holds the scenario, so a copied link reproduces the view: one query
 * parameter per assumption that differs from the status quo, plus horizon,
 * outlook and preset. A malformed link falls back to the status quo with the
 * reasons, never a crash.
 *
 * A saved scenario adds `scenario=<id>&rev=<version>`: the parameters still hold
 * the whole state (edits included), and rev is the version they started from.
 * `scenario=<id>` alone (the scenario list's "Open" link) means "as saved".
 */
import { ASSUMPTIONS, STATUS_QUO, assumptionsSchema, horizonMonthsSchema, type AssumptionMeta } from '@/server/model/assumptions';
import { OUTLOOK_IDS, type OutlookId } from '@/server/model/outlooks';
import { DEFAULT_OUTLOOK, INITIAL_STATE, STATUS_QUO_PRESET, differsFrom, sameAssumptions, type DashboardState } from './scenario';

export interface ParsedUrl {
  state: DashboardState;
  /** Why the link could not be read; empty when it could. */
  problems: string[];
  /** `scenario=<id>` without `rev`: load the saved scenario as it is now. */
  openSaved: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decode(meta: AssumptionMeta, raw: string): unknown {
  switch (meta.domain.kind) {
    case 'percent': return raw.trim() === '' ? Number.NaN : Number(raw);
    case 'boolean': return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'resolutions': return raw === '' ? [] : raw.split(',').map((n) => (/^\d+$/.test(n.trim()) ? Number(n) : n));
    case 'enum': return raw;
  }
}

function encode(value: unknown): string {
  return Array.isArray(value) ? [...value].sort((a, b) => a - b).join(',') : String(value);
}

export function parseDashboardUrl(params: URLSearchParams, presetIds: readonly string[]): ParsedUrl {
  const problems: string[] = [];
  const candidate: Record<string, unknown> = { ...STATUS_QUO };
  for (const meta of ASSUMPTIONS) {
    const raw = params.get(meta.id);
    if (raw !== null) candidate[meta.id] = decode(meta, raw);
  }
  const assumptions = assumptionsSchema.safeParse(candidate);
  if (!assumptions.success) {
    for (const issue of assumptions.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }

  let horizonMonths = INITIAL_STATE.horizonMonths;
  const rawHorizon = params.get('horizon');
  if (rawHorizon !== null) {
    const horizon = horizonMonthsSchema.safeParse(Number(rawHorizon));
    if (horizon.success) horizonMonths = horizon.data;
    else problems.push(`horizon: ${horizon.error.issues[0]?.message ?? 'invalid'}`);
  }

  const rawOutlook = params.get('outlook');
  const outlook = rawOutlook !== null && (OUTLOOK_IDS as readonly string[]).includes(rawOutlook) ? (rawOutlook as OutlookId) : DEFAULT_OUTLOOK;
  if (rawOutlook !== null && outlook !== rawOutlook) problems.push(`outlook: "${rawOutlook}" is not an outlook`);

  const rawPreset = params.get('preset');
  let presetId = rawPreset !== null && presetIds.includes(rawPreset) ? rawPreset : null;
  if (rawPreset !== null && presetId === null) problems.push(`preset: "${rawPreset}" is not a preset`);
  // No preset named and nothing changed: the status quo, which is itself a preset.
  if (rawPreset === null && assumptions.success && sameAssumptions(assumptions.data, STATUS_QUO)) presetId = STATUS_QUO_PRESET;

  const rawScenario = params.get('scenario');
  const rawRev = params.get('rev');
  let saved: DashboardState['saved'] = null;
  let openSaved: string | null = null;
  if (rawScenario !== null) {
    if (!UUID.test(rawScenario)) problems.push(`scenario: "${rawScenario}" is not a scenario id`);
    else if (rawRev === null) openSaved = rawScenario;
    else if (/^[1-9]\d{0,8}$/.test(rawRev)) saved = { id: rawScenario, version: Number(rawRev) };
    else problems.push(`rev: "${rawRev}" is not a version number`);
  } else if (rawRev !== null) problems.push('rev: a version needs a scenario');
  if (saved) presetId = rawPreset === null ? null : presetId;

  // Any problem means the link is not the scenario its author saw: show the status quo instead.
  if (problems.length > 0) return { state: { ...INITIAL_STATE, assumptions: { ...STATUS_QUO } }, problems, openSaved: null };
  return { state: { assumptions: assumptions.data!, horizonMonths, outlook, presetId, saved }, problems, openSaved };
}

export function toSearchParams(state: DashboardState): URLSearchParams {
  const params = new URLSearchParams();
  for (const meta of ASSUMPTIONS) {
    if (differsFrom(state.assumptions, STATUS_QUO, meta.id)) params.set(meta.id, encode(state.assumptions[meta.id]));
  }
  if (state.horizonMonths !== INITIAL_STATE.horizonMonths) params.set('horizon', String(state.horizonMonths));
  if (state.outlook !== DEFAULT_OUTLOOK) params.set('outlook', state.outlook);
  if (state.presetId && state.presetId !== STATUS_QUO_PRESET) params.set('preset', state.presetId);
  if (state.saved) {
    params.set('scenario', state.saved.id);
    params.set('rev', String(state.saved.version));
  }
  return params;
}
