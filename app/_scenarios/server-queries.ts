/**
 * Server Components prefetch scenario queries into a QueryClient of their own,
 * and the pages hand it to the browser with <HydrationBoundary>: the first
 * paint already shows the list or the history, under the very query keys the
 * browser then uses (so invalidation after a change refetches them).
 */
import 'server-only';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { appRouter } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';

export function serverQueries() {
  const queryClient = new QueryClient();
  const trpc = createTRPCOptionsProxy({ router: appRouter, ctx: createContext(), queryClient });
  return { queryClient, trpc };
}
