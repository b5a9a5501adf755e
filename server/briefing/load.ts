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
import { parseCompareUrl, type CompareProblem } from '@/app/[locale]/(app)/compare/_lib/url-state';
import { uniqueNames } from '@/app/[locale]/(app)/compare/_lib/series';
import type { createCaller } from '@/server/api/root';
import type { FormatOptions } from '@/server/i18n/format';
import type { Locale } from '@/server/i18n/locales';
import { translatorFor } from '@/server/i18n/translator';
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
  /** The PowerPoint of this briefing (the PDF's parameters); null for a shared link. */
  pptxPath: string | null;
  /** Today, ISO (UTC): the briefing date. */
  date: string;
}

export type Resolution =
  | { ok: true; briefing: ResolvedBriefing }
  | { ok: false; status: 400 | 404 | 503; message: string; leaveHref: string };
// A signed-out request for a saved scenario is answered as for one that does not exist:
// nobody learns from a briefing link whether a scenario is there.

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
  if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'UNAUTHORIZED')) return { ok: false, status: 404, message: missing, leaveHref };
  if (error instanceof TRPCError && error.code === 'SERVICE_UNAVAILABLE') return { ok: false, status: 503, message: error.message, leaveHref };
  throw error;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A page's path in a locale: English unprefixed ("/scenarios"), the others under their prefix ("/he/scenarios", "/he"). */
export function localePath(locale: Locale, path: string): string {
  if (locale === 'en') return path;
  return path === '/' ? `/${locale}` : path.startsWith('/?') ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** An export route's path with the locale in its query (English: none, as before). */
function exportPath(locale: Locale, path: string): string {
  if (locale === 'en') return path;
  return `${path}${path.includes('?') ? '&' : '?'}locale=${locale}`;
}

interface Where {
  locale: Locale;
  t: ReturnType<typeof translatorFor<'briefing'>>;
}

/** Paths are written in English first; the locale's versions are made once the briefing is resolved. */
function localize(resolution: Resolution, where: Where): Resolution {
  const { locale } = where;
  if (!resolution.ok) return { ...resolution, leaveHref: localePath(locale, resolution.leaveHref) };
  const b = resolution.briefing;
  return {
    ok: true,
    briefing: {
      ...b,
      leaveHref: localePath(locale, b.leaveHref),
      presentPath: localePath(locale, b.presentPath),
      pptxPath: b.pdfPath === null ? null : exportPath(locale, b.pdfPath.replace('/api/briefing/pdf', '/api/briefing/pptx')),
      pdfPath: b.pdfPath === null ? null : exportPath(locale, b.pdfPath),
    },
  };
}

async function resolveSaved(caller: Caller, id: string, { t }: Where): Promise<Resolution> {
  const leaveHref = scenarioIdSchema.safeParse(id).success ? `/scenarios/${encodeURIComponent(id)}` : '/scenarios';
  if (!scenarioIdSchema.safeParse(id).success) {
    return { ok: false, status: 404, message: t('problem.noSuchScenario'), leaveHref };
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
        pptxPath: null,
        date: today(),
      },
    };
  } catch (error) {
    return failure(error, t('problem.noSuchScenario'), leaveHref);
  }
}

async function resolveDashboard(caller: Caller, input: URLSearchParams, where: Where): Promise<Resolution> {
  const { t, locale } = where;
  const params = withoutPrint(input);
  const leaveHref = `/${query(params)}`;
  const description = await caller.model.describe(withLocale(undefined, locale));
  const { state, problems, openSaved } = parseDashboardUrl(params, description.presets.map((p) => p.id));
  if (problems.length > 0) {
    return { ok: false, status: 400, message: t('problem.badLink', { problems: problems.join('; ') }), leaveHref: '/' };
  }
  if (openSaved) {
    const saved = await resolveSaved(caller, openSaved, where);
    return saved.ok ? { ok: true, briefing: { ...saved.briefing, leaveHref } } : { ...saved, leaveHref: '/' };
  }

  let name = t('problem.customScenario');
  let text = '';
  let savedAt: string | null = null;
  const preset = state.presetId ? description.presets.find((p) => p.id === state.presetId) : undefined;
  if (preset && sameAssumptions(preset.assumptions, state.assumptions)) {
    name = preset.name;
    text = preset.rationale;
  } else if (sameAssumptions(state.assumptions, STATUS_QUO)) {
    name = description.presets.find((p) => p.id === 'statusQuo')?.name ?? t('statusQuo');
  }
  if (state.saved) {
    try {
      const { scenario } = await caller.scenarios.get({ id: state.saved.id });
      const edited = !sameAssumptions(scenario.assumptions, state.assumptions) || scenario.horizonMonths !== state.horizonMonths;
      name = edited ? t('problem.unsavedEdits', { name: scenario.name }) : scenario.name;
      text = scenario.description;
      savedAt = edited ? null : scenario.updatedAt;
    } catch (error) {
      // A deleted scenario does not stop the presentation: its assumptions are in the link.
      if (!(error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'UNAUTHORIZED'))) return failure(error, '', leaveHref);
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
      pptxPath: null,
      date: today(),
    },
  };
}

/** Why a comparison link cannot be presented, in words. */
function compareProblem(t: Where['t'], problem: CompareProblem): string {
  switch (problem.key) {
    case 'badId': return t('problem.compare.badId', { id: problem.id });
    case 'tooMany': return t('problem.compare.tooMany', { count: String(problem.count) });
    default: return t(`problem.compare.${problem.key}`);
  }
}

async function resolveCompare(caller: Caller, raw: RawParams, { t }: Where): Promise<Resolution> {
  const parsed = parseCompareUrl(raw);
  if (!parsed.ok) return { ok: false, status: 400, message: compareProblem(t, parsed.problem), leaveHref: '/scenarios' };
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
        pptxPath: null,
        date: today(),
      },
    };
  } catch (error) {
    return failure(error, t('problem.missingInComparison'), `/compare?${base}`);
  }
}

async function resolveShared(caller: Caller, token: string, { t }: Where): Promise<Resolution> {
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
        pptxPath: null,
        date: today(),
      },
    };
  } catch (error) {
    // A malformed token is refused by the schema (BAD_REQUEST): to its holder it is just as invalid.
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') return { ok: false, status: 404, message: t('problem.linkInvalid'), leaveHref: '/' };
    return failure(error, t('problem.linkInvalid'), '/');
  }
}

/**
 * `input` with the locale the model's texts should come out in (model.describe, forecast.run,
 * forecast.difference take an optional `locale`); English leaves the input as it was.
 */
function withLocale<T>(input: T, locale: Locale): T {
  if (locale === 'en') return input;
  return { ...(input ?? {}), locale } as T;
}

/** The link's briefing, with its messages and paths in `locale` (default English). */
export async function resolveBriefing(caller: Caller, source: BriefingSource, locale: Locale = 'en'): Promise<Resolution> {
  const where: Where = { locale, t: translatorFor(locale, 'briefing') };
  const resolution = await (() => {
    switch (source.kind) {
      case 'shared': return resolveShared(caller, source.token, where);
      case 'saved': return resolveSaved(caller, source.id, where);
      case 'dashboard': return resolveDashboard(caller, source.params, where);
      case 'compare': return resolveCompare(caller, source.params, where);
    }
  })();
  return localize(resolution, where);
}

/** The forecasts (and for a comparison the difference), then the slides. */
export async function computeBriefing(
  caller: Caller,
  resolved: ResolvedBriefing,
  { locale = 'en', formatOptions = {} }: { locale?: Locale; formatOptions?: FormatOptions } = {},
): Promise<Briefing> {
  const horizonMonths = resolved.horizonMonths;
  const [description, statusQuo, ...forecasts] = await Promise.all([
    caller.model.describe(withLocale(undefined, locale)),
    caller.forecast.run(withLocale({ assumptions: { ...STATUS_QUO }, horizonMonths }, locale)),
    ...resolved.scenarios.map((s) => caller.forecast.run(withLocale({ assumptions: s.assumptions, horizonMonths }, locale))),
  ]);
  const pair = resolved.pair;
  const difference = pair && resolved.scenarios.length > 1
    ? await caller.forecast.difference(withLocale({
      base: resolved.scenarios[pair[0]]!.assumptions, target: resolved.scenarios[pair[1]]!.assumptions, horizonMonths,
    }, locale))
    : null;
  return buildBriefing({
    scenarios: resolved.scenarios,
    forecasts,
    statusQuo,
    difference,
    differencePair: pair ?? undefined,
    description,
    date: resolved.date,
    locale,
    formatOptions,
  });
}
