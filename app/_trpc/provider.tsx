'use client';
/** Mounts TanStack Query and the tRPC client once for the whole app (see app/layout.tsx). */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from '@trpc/client';
import { useLocale } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { MAX_BATCH_SIZE, MAX_URL_LENGTH } from '@/server/api/limits';
import { LOCALE_HEADER } from '@/server/api/locale-header';
import type { AppRouter } from '@/server/api/root';
import { TRPCProvider } from './client';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Forecasts are pure functions of their input: no reason to refetch on focus.
      queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

function getQueryClient(): QueryClient {
  // On the server every request gets a fresh client, so users never share a cache;
  // in the browser one client lives as long as the page.
  if (typeof window === 'undefined') return makeQueryClient();
  return (browserQueryClient ??= makeQueryClient());
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  // The page's language, sent with every call so the server words its errors in it.
  // Switching language loads the page afresh, so the client is made once per locale.
  const locale = useLocale();
  const [trpcClient] = useState(() => {
    const headers = () => ({ [LOCALE_HEADER]: locale });
    return createTRPCClient<AppRouter>({
      links: [
        splitLink({
          // An import file may exceed the batch body cap; the route allows it more only unbatched.
          condition: (op) => op.path === 'scenarios.import',
          true: httpLink({ url: '/api/trpc', headers }),
          // Split batches before the route's limits would refuse them.
          false: httpBatchLink({ url: '/api/trpc', maxURLLength: MAX_URL_LENGTH, maxItems: MAX_BATCH_SIZE, headers }),
        }),
      ],
    });
  });
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
