/**
 * The dashboard. The scenario comes from the URL (read here, so the first
 * render already shows it) and the controls from model.describe, called in
 * process through tRPC's server-side caller.
 */
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { Dashboard } from './_dashboard/dashboard';
import { parseDashboardUrl } from './_dashboard/url-state';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function HomePage({ searchParams }: Props) {
  const description = await createCaller(createContext()).model.describe();
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    if (typeof value === 'string') params.set(key, value);
    else if (Array.isArray(value) && value[0] !== undefined) params.set(key, value[0]);
  }
  const { state, problems } = parseDashboardUrl(params, description.presets.map((p) => p.id));
  return <Dashboard description={description} initial={state} urlProblems={problems} />;
}
