/**
 * /compare?ids=a,b[,c[,d]]: two to four saved scenarios side by side. The
 * scenarios and the model's metadata are read here, in process, so the first
 * render already shows names and assumptions; the forecasts follow in the
 * browser. A link that cannot be compared (malformed, missing or deleted ids)
 * renders a message with a way back, never a crash or an error status: the
 * page itself worked, the link did not.
 */
import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { ComparePage } from './_components/compare-page';
import { CompareProblem } from './_components/compare-problem';
import { CompareView } from './_components/compare-view';
import { compareAssumptions } from './_lib/assumption-rows';
import type { ComparedScenario } from './_lib/series';
import { parseCompareUrl } from './_lib/url-state';

export const metadata: Metadata = {
  title: 'Compare scenarios · Peninsula Outlook',
  description: 'Saved scenarios side by side: their assumptions, outlooks, monthly paths and what makes them differ.',
};

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** A failed load in words, with whether trying again could help. */
function loadProblem(error: unknown): { message: string; retry: boolean } {
  if (error instanceof TRPCError && error.code === 'NOT_FOUND') {
    // The repository's message ("No such scenario: …") does not say it is one of several.
    return { message: 'One of the scenarios in this link could not be found: it may have been deleted, or the link is wrong.', retry: false };
  }
  if (error instanceof TRPCError && error.code === 'SERVICE_UNAVAILABLE') return { message: error.message, retry: true };
  // Anything else is our fault, not the link's: logged for us, said plainly to the reader.
  console.error('compare: loading the scenarios failed', error);
  return { message: 'The scenarios could not be loaded because of an error on our side.', retry: true };
}

/** This very link, for a Retry that loads the page again. */
function linkTo(params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) if (v !== undefined) query.append(key, v);
  return `/compare?${query.toString().replace(/%2C/g, ',')}`;
}

export default async function CompareRoute({ searchParams }: Props) {
  const params = await searchParams;
  const parsed = parseCompareUrl(params);
  if (!parsed.ok) return <ComparePage><CompareProblem message={parsed.problem} /></ComparePage>;

  const caller = createCaller(createContext());
  const description = await caller.model.describe();
  let scenarios: ComparedScenario[];
  try {
    scenarios = (await caller.scenarios.getMany({ ids: parsed.ids })).map((s) => ({
      id: s.id, name: s.name, horizonMonths: s.horizonMonths, assumptions: s.assumptions, modelVersion: s.modelVersion, updatedAt: s.updatedAt,
    }));
  } catch (error) {
    const { message, retry } = loadProblem(error);
    return <ComparePage><CompareProblem message={message} retryHref={retry ? linkTo(params) : undefined} /></ComparePage>;
  }

  return (
    <ComparePage>
      <CompareView
        description={description}
        scenarios={scenarios}
        groups={compareAssumptions(description, scenarios)}
        choices={parsed.choices}
        urlNotes={parsed.notes}
      />
    </ComparePage>
  );
}
