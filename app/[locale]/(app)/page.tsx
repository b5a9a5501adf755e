/**
 * The dashboard. The scenario comes from the URL (read here, so the first
 * render already shows it), or from the database when the URL names a saved
 * scenario; the controls come from model.describe. Both through tRPC's
 * in-process caller.
 */
import { pageContext } from '@/server/api/page-context';
import { TRPCError } from '@trpc/server';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { toSearchParams } from '@/server/briefing/source';
import { setRequestLocale } from 'next-intl/server';
import { Dashboard, type OpenProblem } from '@/app/_dashboard/dashboard';
import { isLocale, type Locale } from '@/server/i18n/locales';
import type { OpenScenario } from '@/app/_dashboard/save/open-scenario';
import { parseDashboardUrl } from '@/app/_dashboard/url-state';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function HomePage({ params, searchParams }: Props) {
  const { locale: requested } = await params;
  const locale: Locale = isLocale(requested) ? requested : 'en';
  setRequestLocale(locale);
  const caller = createCaller(await pageContext());
  // Labels, help, presets and outlooks in the page's language (the numbers do not depend on it).
  const description = await caller.model.describe({ locale });
  const query = toSearchParams(await searchParams);
  const { state, problems, openSaved } = parseDashboardUrl(query, description.presets.map((p) => p.id));

  let opened: OpenScenario | null = null;
  let openProblem: OpenProblem | null = null;
  const id = openSaved ?? state.saved?.id;
  if (id) {
    try {
      const { scenario, recomputed, currentModelVersion } = await caller.scenarios.get({ id });
      opened = { scenario, recomputed, currentModelVersion };
      if (openSaved) {
        state.assumptions = scenario.assumptions;
        state.horizonMonths = scenario.horizonMonths;
        state.presetId = null;
        state.saved = { id: scenario.id, version: scenario.version };
      }
    } catch (error) {
      const missing = error instanceof TRPCError && error.code === 'NOT_FOUND';
      openProblem = missing ? (openSaved ? 'missingOpen' : 'missingEdit') : openSaved ? 'failedOpen' : 'failedEdit';
      state.saved = null;
    }
  }
  return <Dashboard description={description} initial={state} urlProblems={problems} opened={opened} openProblem={openProblem} />;
}
