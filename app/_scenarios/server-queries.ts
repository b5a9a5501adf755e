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
import { pageContext } from '@/server/api/page-context';
import type { Locale } from '@/server/i18n/locales';

/** `locale`: the page's, so errors handed over with the page are in its language. */
export function serverQueries(locale: Locale) {
  const queryClient = new QueryClient();
  const trpc = createTRPCOptionsProxy({ router: appRouter, ctx: () => pageContext(locale), queryClient });
  return { queryClient, trpc };
}
