'use client';
/**
 * The comparison's two kinds of server work: a forecast per scenario at the
 * chosen horizon, and the attribution of the chosen pair's difference. Each
 * keeps what it last showed on screen while a new choice loads (no flicker, no
 * layout shift), and says which choice that was, so the page can mark itself
 * busy until what is shown matches what was asked.
 */
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { isLocale } from '@/server/i18n/locales';
import { useRef } from 'react';
import { useCoalescedQuery } from '@/app/_dashboard/use-coalesced-query';
import type { Assumptions } from '@/server/model/assumptions';
import type { ForecastResult } from '@/server/model/schema';
import { useTRPC } from '@/app/_trpc/client';
import { pairKey, type PairRequest } from '../_lib/pair-key';
import type { ComparedScenario } from '../_lib/series';

export interface Forecasts {
  /** One result per scenario, in column order: the last complete set, whatever horizon it was for. */
  shown: ForecastResult[] | null;
  /** A request for the chosen horizon is still out. */
  busy: boolean;
  error: { message: string } | null;
  retry: () => void;
}

interface Combined {
  data: ForecastResult[] | null;
  fetching: boolean;
  error: { message: string } | null;
  retry: () => void;
}

// Module-level, so useQueries re-runs it only when a query's state changes.
function combine(results: UseQueryResult<ForecastResult, { message: string }>[]): Combined {
  const complete = results.every((r) => r.data !== undefined);
  return {
    data: complete ? results.map((r) => r.data!) : null,
    fetching: results.some((r) => r.isFetching),
    error: results.find((r) => r.isError)?.error ?? null,
    retry: () => {
      for (const r of results) if (r.isError) void r.refetch();
    },
  };
}

const sameItems = <T>(a: T[] | null, b: T[] | null) => a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]);

export function useForecasts(scenarios: ComparedScenario[], horizonMonths: number): Forecasts {
  const trpc = useTRPC();
  // Readings and drivers come back in the page's language; the numbers are the same in every locale.
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : 'en';
  const combined = useQueries({
    queries: scenarios.map((s) => trpc.forecast.run.queryOptions({ assumptions: s.assumptions, horizonMonths, locale })),
    combine,
  });
  // A ref, not state: it is derived from the queries on every render. Replaced only
  // when the results themselves change, so the memoised charts skip other renders.
  const shown = useRef<ForecastResult[] | null>(null);
  if (combined.data && !sameItems(shown.current, combined.data)) shown.current = combined.data;
  return {
    shown: shown.current,
    busy: combined.data === null || combined.fetching,
    error: combined.error,
    retry: combined.retry,
  };
}

interface PairInput extends PairRequest {
  base: Assumptions;
  target: Assumptions;
}

/** forecast.difference for the pair; `shown.key` is its pairKey(). */
export function useDifference(input: PairInput) {
  const trpc = useTRPC();
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : 'en';
  return useCoalescedQuery(input, pairKey, (i) =>
    trpc.forecast.difference.queryOptions({ base: i.base, target: i.target, horizonMonths: i.horizonMonths, locale }),
  );
}

