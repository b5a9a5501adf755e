/**
 * What a briefing shows, read from a link: the present routes and the PDF route
 * take the same parameters and resolve them here, in two steps. `resolveBriefing`
 * reads the link and the saved scenarios (cheap: the PDF route needs only this,
 * for its checks and the file name); `computeBriefing` runs the forecasts and
 * builds the slides (the present pages). Both through the in-process tRPC caller.
 *
 * Three sources, as routes:
 *   /present?<dashboard params>            the dashboard's state (unsaved edits included)
 *   /present/<id>                          a saved scenario as saved
 *   /present/compare?ids=a,b[,c,d]&horizon  saved scenarios compared
 * The PDF route takes `scenario=<id>` alone (saved), `ids=…` (comparison) or the
 * dashboard's parameters.
 */
import 'server-only';
import { TRPCError } from '@trpc/server';
import { buildBriefing, type Briefing, type BriefingScenario } from '@/app/_briefing/briefing';
import { sameAssumptions } from '@/app/_dashboard/scenario';
import { parseDashboardUrl } from '@/app/_dashboard/url-state';
import { parseCompareUrl } from '@/app/[locale]/compare/_lib/url-state';
import { uniqueNames } from '@/app/[locale]/compare/_lib/series';
import type { createCaller } from '@/server/api/root';
import { STATUS_QUO } from '@/server/model/assumptions';
import { scenarioIdSchema } from '@/server/scenarios/schema';
import type { BriefingSource } from './source';

export { sourceFromQuery, toSearchParams, type BriefingSource } from './source';

type Caller = ReturnType<typeof createCaller>;
type RawParams = Record<string, string | string[] | undefined>;

export interface ResolvedBriefing {
  source: BriefingSource['kind'];
  scenarios: BriefingScenario[];
  horizonMonths: number;
  /** For a comparison: which two scenarios the difference slide explains (indexes). */
  pair: [number, number] | null;
  /** Where Esc goes: the page the presentation came from. */
  leaveHref: string;
  /** The present route for this briefing, with its query (no `print`). */
  presentPath: string;
  /** The PDF of this briefing; null for a shared link (the export routes take no token). */
  pdfPath: string | null;
  /** Today, ISO (UTC): the briefing date. */
  date: string;
}

export type Resolution =
  | { ok: true; briefing: ResolvedBriefing }
  | { ok: false; status: 400 | 404 | 503; message: string; leaveHref: string };

const withoutPrint = (params: URLSearchParams) => {
  const copy = new URLSearchParams(params);
  copy.delete('print');
  return copy;
};
const query = (params: URLSearchParams) => {
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
};

function failure(error: unknown, missing: string, leaveHref: string): Resolution {
  if (error instanceof TRPCError && error.code === 'NOT_FOUND') return { ok: false, status: 404, message: missing, leaveHref };
  if (error instanceof TRPCError && error.code === 'SERVICE_UNAVAILABLE') return { ok: false, status: 503, message: error.message, leaveHref };
  throw error;
}

const today = () => new Date().toISOString().slice(0, 10);

async function resolveSaved(caller: Caller, id: string): Promise<Resolution> {
  const leaveHref = scenarioIdSchema.safeParse(id).success ? `/scenarios/${encodeURIComponent(id)}` : '/scenarios';
  if (!scenarioIdSchema.safeParse(id).success) {
    return { ok: false, status: 404, message: 'No saved scenario has this id: the link may be wrong, or the scenario was deleted.', leaveHref };
  }
  try {
    const { scenario } = await caller.scenarios.get({ id });
    return {
      ok: true,
      briefing: {
        source: 'saved',
        scenarios: [{
          name: scenario.name, description: scenario.description, savedAt: scenario.updatedAt,
          assumptions: scenario.assumptions, horizonMonths: scenario.horizonMonths,
        }],
        horizonMonths: scenario.horizonMonths,
        pair: null,
        leaveHref,
        presentPath: `/present/${encodeURIComponent(id)}`,
        pdfPath: `/api/briefing/pdf?scenario=${encodeURIComponent(id)}`,
        date: today(),
      },
    };
  } catch (error) {
    return failure(error, 'No saved scenario has this id: the link may be wrong, or the scenario was deleted.', leaveHref);
  }
}

async function resolveDashboard(caller: Caller, input: URLSearchParams): Promise<Resolution> {
  const params = withoutPrint(input);
  const leaveHref = `/${query(params)}`;
  const description = await caller.model.describe();
  const { state, problems, openSaved } = parseDashboardUrl(params, description.presets.map((p) => p.id));
  if (problems.length > 0) {
    return { ok: false, status: 400, message: `This link cannot be presented: ${problems.join('; ')}.`, leaveHref: '/' };
  }
  if (openSaved) {
    const saved = await resolveSaved(caller, openSaved);
    return saved.ok ? { ok: true, briefing: { ...saved.briefing, leaveHref } } : { ...saved, leaveHref: '/' };
  }

  let name = 'Custom scenario';
  let text = '';
  let savedAt: string | null = null;
  const preset = state.presetId ? description.presets.find((p) => p.id === state.presetId) : undefined;
  if (preset && sameAssumptions(preset.assumptions, state.assumptions)) {
    name = preset.name;
    text = preset.rationale;
  } else if (sameAssumptions(state.assumptions, STATUS_QUO)) {
    name = description.presets.find((p) => p.id === 'statusQuo')?.name ?? 'Status quo';
  }
  if (state.saved) {
    try {
      const { scenario } = await caller.scenarios.get({ id: state.saved.id });
      const edited = !sameAssumptions(scenario.assumptions, state.assumptions) || scenario.horizonMonths !== state.horizonMonths;
      name = edited ? `${scenario.name} (unsaved edits)` : scenario.name;
      text = scenario.description;
      savedAt = edited ? null : scenario.updatedAt;
    } catch (error) {
      // A deleted scenario does not stop the presentation: its assumptions are in the link.
      if (!(error instanceof TRPCError && error.code === 'NOT_FOUND')) return failure(error, '', leaveHref);
    }
  }
  return {
    ok: true,
    briefing: {
      source: 'dashboard',
      scenarios: [{ name, description: text, savedAt, assumptions: state.assumptions, horizonMonths: state.horizonMonths, presetId: state.presetId }],
      horizonMonths: state.horizonMonths,
      pair: null,
      leaveHref,
      presentPath: `/present${query(params)}`,
      pdfPath: `/api/briefing/pdf${query(params)}`,
      date: today(),
    },
  };
}

async function resolveCompare(caller: Caller, raw: RawParams): Promise<Resolution> {
  const parsed = parseCompareUrl(raw);
  if (!parsed.ok) return { ok: false, status: 400, message: parsed.problem, leaveHref: '/scenarios' };
  const base = `ids=${parsed.ids.join(',')}`;
  try {
    const scenarios = await caller.scenarios.getMany({ ids: parsed.ids });
    const horizonMonths = parsed.choices.horizonMonths ?? scenarios[0]!.horizonMonths;
    const names = uniqueNames(scenarios.map((s) => s.name));
    const pair = parsed.choices.pair
      ? ([parsed.ids.indexOf(parsed.choices.pair[0]), parsed.ids.indexOf(parsed.choices.pair[1])] as [number, number])
      : ([0, 1] as [number, number]);
    const pairQuery = parsed.choices.pair ? `&a=${parsed.choices.pair[0]}&b=${parsed.choices.pair[1]}` : '';
    const q = `${base}&horizon=${horizonMonths}${pairQuery}`;
    return {
      ok: true,
      briefing: {
        source: 'compare',
        scenarios: scenarios.map((s, i) => ({
          name: names[i]!, description: s.description, savedAt: s.updatedAt, assumptions: s.assumptions, horizonMonths,
        })),
        horizonMonths,
        pair,
        leaveHref: `/compare?${q}`,
        presentPath: `/present/compare?${q}`,
        pdfPath: `/api/briefing/pdf?${q}`,
        date: today(),
      },
    };
  } catch (error) {
    return failure(error, 'One of the scenarios in this link could not be found: it may have been deleted, or the link is wrong.', `/compare?${base}`);
  }
}

async function resolveShared(caller: Caller, token: string): Promise<Resolution> {
  const leaveHref = `/shared/${encodeURIComponent(token)}`;
  try {
    const shared = await caller.shared.get({ token });
    return {
      ok: true,
      briefing: {
        source: 'shared',
        scenarios: [{ name: shared.name, description: shared.description, savedAt: shared.updatedAt, assumptions: shared.assumptions, horizonMonths: shared.horizonMonths }],
        horizonMonths: shared.horizonMonths,
        pair: null,
        leaveHref,
        presentPath: `${leaveHref}/present`,
        pdfPath: null,
        date: today(),
      },
    };
  } catch (error) {
    // A malformed token is refused by the schema (BAD_REQUEST): to its holder it is just as invalid.
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') return { ok: false, status: 404, message: 'This link is no longer valid.', leaveHref: '/' };
    return failure(error, 'This link is no longer valid.', '/');
  }
}

export function resolveBriefing(caller: Caller, source: BriefingSource): Promise<Resolution> {
  switch (source.kind) {
    case 'shared': return resolveShared(caller, source.token);
    case 'saved': return resolveSaved(caller, source.id);
    case 'dashboard': return resolveDashboard(caller, source.params);
    case 'compare': return resolveCompare(caller, source.params);
  }
}

/** The forecasts (and for a comparison the difference), then the slides. */
export async function computeBriefing(caller: Caller, resolved: ResolvedBriefing): Promise<Briefing> {
  const horizonMonths = resolved.horizonMonths;
  const [description, statusQuo, ...forecasts] = await Promise.all([
    caller.model.describe(),
    caller.forecast.run({ assumptions: { ...STATUS_QUO }, horizonMonths }),
    ...resolved.scenarios.map((s) => caller.forecast.run({ assumptions: s.assumptions, horizonMonths })),
  ]);
  const pair = resolved.pair;
  const difference = pair && resolved.scenarios.length > 1
    ? await caller.forecast.difference({
      base: resolved.scenarios[pair[0]]!.assumptions, target: resolved.scenarios[pair[1]]!.assumptions, horizonMonths,
    })
    : null;
  return buildBriefing({
    scenarios: resolved.scenarios,
    forecasts,
    statusQuo,
    difference,
    differencePair: pair ?? undefined,
    description,
    date: resolved.date,
  });
}
