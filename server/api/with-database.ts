/**
 * Runs a repository call for a procedure: opens the database through the
 * context and turns the repositories' domain errors into tRPC errors with
 * readable messages (missing → NOT_FOUND 404, out-of-date version → CONFLICT 409).
 */
import { TRPCError } from '@trpc/server';
import type { Database } from '@/server/db';
import { ScenarioNotFoundError, StaleVersionError, VersionNotFoundError } from '@/server/db/scenarios';
import { ShareLinkInvalidError } from '@/server/db/share-links';
import type { Context } from './trpc';

export async function withDatabase<T>(ctx: Context, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await ctx.database().catch((error: unknown) => {
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The scenario database is unavailable; try again shortly.', cause: error });
  });
  try {
    return await work(db);
  } catch (error) {
    if (error instanceof ScenarioNotFoundError || error instanceof VersionNotFoundError || error instanceof ShareLinkInvalidError) {
      throw new TRPCError({ code: 'NOT_FOUND', message: error.message, cause: error });
    }
    if (error instanceof StaleVersionError) throw new TRPCError({ code: 'CONFLICT', message: error.message, cause: error });
    throw error;
  }
}
