/**
 * A read-only shared link: the dashboard for the linked scenario with every
 * control disabled. The token is the only key; a revoked or unknown one gets
 * the "no longer valid" page (404), never the scenario.
 */
import type { Metadata } from 'next';
import { Dashboard } from '@/app/_dashboard/dashboard';
import { INITIAL_STATE } from '@/app/_dashboard/scenario';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { loadShared } from './load-shared';

interface Props {
  params: Promise<{ token: string }>;
}

export const metadata: Metadata = { title: 'Shared scenario · Peninsula Outlook', robots: { index: false } };

export default async function SharedPage({ params }: Props) {
  const shared = await loadShared((await params).token);
  const description = await createCaller(createContext()).model.describe();
  return (
    <Dashboard
      description={description}
      initial={{ ...INITIAL_STATE, assumptions: shared.assumptions, horizonMonths: shared.horizonMonths, presetId: null }}
      urlProblems={[]}
      opened={null}
      openProblem={null}
      shared={{ token: shared.token, name: shared.name, description: shared.description, updatedAt: shared.updatedAt }}
    />
  );
}
