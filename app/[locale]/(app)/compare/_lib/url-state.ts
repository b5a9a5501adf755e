/**
 * The comparison lives in the URL, so a copied link reproduces the view:
 * `?ids=a,b[,c[,d]]` names the scenarios, `horizon`, `outlook`, `a` and `b`
 * the choices made on the page. Pure, so the page (server) and the view
 * (client) read and write it the same way, and the tests cover it.
 *
 * Bad ids are fatal (there is nothing to compare) and come back as one
 * sentence for the page to show; a bad horizon, outlook or pair only falls
 * back to its default, with a note.
 */
import { DEFAULT_OUTLOOK } from '@/app/_dashboard/scenario';
import { horizonMonthsSchema } from '@/server/model/assumptions';
import { OUTLOOK_IDS, type OutlookId } from '@/server/model/outlooks';
import { scenarioIdSchema } from '@/server/scenarios/schema';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
/** The dashboard's default outlook for its drivers: the same first view on both pages. */
export const DEFAULT_COMPARE_OUTLOOK: OutlookId = DEFAULT_OUTLOOK;

export interface CompareChoices {
  /** null: the first scenario's saved horizon, known only once the scenarios are loaded. */
  horizonMonths: number | null;
  outlook: OutlookId;
  /** Baseline (A) and compared (B) scenario ids; null: the first two. */
  pair: [string, string] | null;
}

/** Why a link cannot be compared; the page says it with `problems.<key>`. */
export type CompareProblem =
  | { key: 'noIds' | 'duplicate' | 'onlyOne' }
  | { key: 'badId'; id: string }
  | { key: 'tooMany'; count: number };

/** A part of the link that was ignored; the page says it with `notes.<key>`. */
export type CompareNote = { key: 'horizon' | 'outlook'; value: string } | { key: 'pair' };

export type ParsedCompareUrl =
  | { ok: true; ids: string[]; choices: CompareChoices; notes: CompareNote[] }
  | { ok: false; problem: CompareProblem };

type RawParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
/** A piece of the link as the messages quote it: cut short when long. */
export const shortened = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** The ids, or why the link cannot be compared (in words a reader can act on). */
export function parseIds(raw: string | string[] | undefined): { ok: true; ids: string[] } | { ok: false; problem: CompareProblem } {
  // `ids=a,b` and `ids=a&ids=b` both work: people edit these links by hand.
  const joined = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
  const ids = joined.split(',').map((id) => id.trim()).filter(Boolean);
  if (ids.length === 0) return { ok: false, problem: { key: 'noIds' } };
  const bad = ids.find((id) => !scenarioIdSchema.safeParse(id).success);
  if (bad !== undefined) return { ok: false, problem: { key: 'badId', id: shortened(bad) } };
  if (new Set(ids).size !== ids.length) return { ok: false, problem: { key: 'duplicate' } };
  if (ids.length < MIN_COMPARED) return { ok: false, problem: { key: 'onlyOne' } };
  if (ids.length > MAX_COMPARED) return { ok: false, problem: { key: 'tooMany', count: ids.length } };
  return { ok: true, ids };
}

export function parseCompareUrl(params: RawParams): ParsedCompareUrl {
  const parsedIds = parseIds(params.ids);
  if (!parsedIds.ok) return parsedIds;
  const { ids } = parsedIds;
  const notes: CompareNote[] = [];

  let horizonMonths: number | null = null;
  const rawHorizon = first(params.horizon);
  if (rawHorizon !== undefined) {
    const horizon = horizonMonthsSchema.safeParse(rawHorizon.trim() === '' ? Number.NaN : Number(rawHorizon));
    if (horizon.success) horizonMonths = horizon.data;
    else notes.push({ key: 'horizon', value: shortened(rawHorizon) });
  }

  const rawOutlook = first(params.outlook);
  const outlook = OUTLOOK_IDS.find((id) => id === rawOutlook) ?? DEFAULT_COMPARE_OUTLOOK;
  if (rawOutlook !== undefined && outlook !== rawOutlook) notes.push({ key: 'outlook', value: shortened(rawOutlook) });

  const a = first(params.a);
  const b = first(params.b);
  let pair: [string, string] | null = null;
  if (a !== undefined || b !== undefined) {
    if (a !== undefined && b !== undefined && a !== b && ids.includes(a) && ids.includes(b)) pair = [a, b];
    else notes.push({ key: 'pair' });
  }
  return { ok: true, ids, choices: { horizonMonths, outlook, pair }, notes };
}

export interface CompareUrlState {
  ids: string[];
  horizonMonths: number;
  outlook: OutlookId;
  pair: [string, string];
}

/**
 * The query string for a view. The horizon is always written: its default is the
 * first scenario's saved horizon, which can change if that scenario is edited, and
 * a copied link must keep meaning what its author saw. Commas stay literal: the
 * ids are UUIDs, and a readable `ids=a,b` survives being pasted into a message.
 */
export function compareQuery(state: CompareUrlState): string {
  const params = new URLSearchParams({ ids: state.ids.join(','), horizon: String(state.horizonMonths) });
  if (state.outlook !== DEFAULT_COMPARE_OUTLOOK) params.set('outlook', state.outlook);
  if (state.pair[0] !== state.ids[0] || state.pair[1] !== state.ids[1]) {
    params.set('a', state.pair[0]);
    params.set('b', state.pair[1]);
  }
  return params.toString().replace(/%2C/g, ',');
}
