/**
 * The dashboard. The scenario comes from the URL (read here, so the first
 * render already shows it), or from the database when the URL names a saved
 * scenario; the controls come from model.describe. Both through tRPC's
 * in-process caller.
 */
import { TRPCError } from '@trpc/server';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { toSearchParams } from '@/server/briefing/source';
import { Dashboard } from '@/app/_dashboard/dashboard';
import type { OpenScenario } from '@/app/_dashboard/save/open-scenario';
import { parseDashboardUrl } from '@/app/_dashboard/url-state';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function HomePage({ searchParams }: Props) {
  const caller = createCaller(createContext());
  const description = await caller.model.describe();
  const params = toSearchParams(await searchParams);
  const { state, problems, openSaved } = parseDashboardUrl(params, description.presets.map((p) => p.id));

  let opened: OpenScenario | null = null;
  let openProblem: string | null = null;
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
      const what = missing ? 'No saved scenario has this link\'s id (it may have been deleted)' : 'The saved scenario could not be loaded (try again shortly)';
      openProblem = openSaved ? `${what}, so the status quo is shown instead.` : `${what}; the link's assumptions are shown as an unsaved scenario.`;
      state.saved = null;
    }
  }
  return <Dashboard description={description} initial={state} urlProblems={problems} opened={opened} openProblem={openProblem} />;
}
