/** Resolves a share token for the shared pages, or shows the "no longer valid" page. */
import { pageContext } from '@/server/api/page-context';
import { TRPCError } from '@trpc/server';
import { notFound } from 'next/navigation';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { shareTokenSchema } from '@/server/scenarios/share-schema';
import type { SharedScenario } from '@/server/scenarios/share-schema';
import type { Locale } from '@/server/i18n/locales';

export async function loadShared(rawToken: string, locale: Locale): Promise<SharedScenario & { token: string }> {
  const token = shareTokenSchema.safeParse(rawToken);
  if (!token.success) notFound();
  try {
    return { ...(await createCaller(await pageContext(locale)).shared.get({ token: token.data })), token: token.data };
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}
