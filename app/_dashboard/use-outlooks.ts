'use client';
/**
 * forecast.run and forecast.sensitivity for the dashboard's scenario, coalesced.
 * The tornado (~10× the work of a forecast) is requested only once the scenario
 * has been still for a moment: while a slider moves, the server's time goes to
 * the forecast the user is watching.
 */
import { useEffect, useState } from 'react';
import type { Assumptions } from '@/server/model/assumptions';
import type { Locale } from '@/server/i18n/locales';
import { useTRPC } from '../_trpc/client';
import { canonicalInput } from './scenario';
import { useCoalescedQuery } from './use-coalesced-query';

interface ScenarioInput {
  assumptions: Assumptions;
  horizonMonths: number;
  /** The language of the readings and driver phrases (the numbers do not depend on it). */
  locale?: Locale;
}

// The page's locale never changes while it is open, so the key is the scenario alone.
const keyOf = (input: ScenarioInput) => canonicalInput(input.assumptions, input.horizonMonths);
const SENSITIVITY_SETTLE_MS = 400;

export function useForecast(input: ScenarioInput) {
  const trpc = useTRPC();
  return useCoalescedQuery(input, keyOf, (i) => trpc.forecast.run.queryOptions(i));
}

export function useSensitivity(input: ScenarioInput) {
  const trpc = useTRPC();
  const [settled, setSettled] = useState(input);
  const key = keyOf(input);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(input), SENSITIVITY_SETTLE_MS);
    return () => clearTimeout(timer);
    // The key, not the object: a re-render with the same scenario must not restart the wait.
  }, [key]);
  return useCoalescedQuery(settled, keyOf, (i) => trpc.forecast.sensitivity.queryOptions(i));
}
