'use client';
/**
 * Coalesces a fast-changing input into queries: at most one request is in
 * flight; when it returns, the latest input (if it changed meanwhile) is sent
 * next, so dragging a slider across twenty values costs a handful of requests,
 * not twenty. The last result stays on screen (with the input it was computed
 * for) until the next one arrives: no flicker, no layout shift.
 *
 * Both adjustments happen during render rather than in effects: each effect
 * would cost a commit of the whole dashboard, and this runs on every key press.
 */
import { keepPreviousData, useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useRef, useState } from 'react';

export interface Coalesced<TData, TError = Error> {
  /** The latest result and the key of the input it answers. */
  shown: { key: string; data: TData } | null;
  /** A newer input than the one shown is pending or in flight. */
  busy: boolean;
  error: TError | null;
  retry: () => void;
}

export function useCoalescedQuery<TInput, TData, TError, TKey extends QueryKey>(
  input: TInput,
  keyOf: (input: TInput) => string,
  optionsFor: (input: TInput) => UseQueryOptions<TData, TError, TData, TKey>,
): Coalesced<TData, TError> {
  const [committed, setCommitted] = useState(input);
  const query = useQuery<TData, TError, TData, TKey>({ ...optionsFor(committed), placeholderData: keepPreviousData });
  const shown = useRef<Coalesced<TData, TError>['shown']>(null);

  const inputKey = keyOf(input);
  const committedKey = keyOf(committed);
  if (!query.isFetching && inputKey !== committedKey) setCommitted(input);
  // The last real (not placeholder) result. A ref: it is derived from the query on
  // every render, and keeping it as state would render the whole dashboard twice.
  if (query.isSuccess && !query.isPlaceholderData && shown.current?.data !== query.data) {
    shown.current = { key: committedKey, data: query.data };
  }

  return {
    shown: shown.current,
    busy: query.isFetching || inputKey !== committedKey || shown.current?.key !== inputKey,
    error: query.isError ? query.error : null,
    retry: () => void query.refetch(),
  };
}
