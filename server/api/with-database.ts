/**
 * Runs a repository call for a procedure: opens the database through the
 * context and turns the repositories' domain errors into tRPC errors with
 * readable messages (missing or not the caller's to see → NOT_FOUND 404, seen but
 * not the caller's to change → FORBIDDEN 403, out-of-date version → CONFLICT 409).
 */
import { TRPCError } from '@trpc/server';
import type { Database } from '@/server/db';
import { formatterFor } from '@/server/i18n/format';
import { ShareWithOwnerError, UserNotFoundError } from '@/server/db/members';
import { ScenarioForbiddenError, ScenarioNotFoundError, StaleVersionError, VersionNotFoundError } from '@/server/db/scenarios';
import { ShareLinkInvalidError } from '@/server/db/share-links';
import { errorsTranslator } from './localized-errors';
import type { Context } from './trpc';

/** The repository's error in the caller's language (English: the repository's own words). */
type DomainError = ScenarioNotFoundError | VersionNotFoundError | ShareLinkInvalidError | StaleVersionError | ScenarioForbiddenError | UserNotFoundError | ShareWithOwnerError;

function domainMessage(ctx: Context, error: DomainError): string {
  if (ctx.locale === 'en') return error.message;
  const t = errorsTranslator(ctx.locale);
  const format = formatterFor(ctx.locale);
  if (error instanceof ScenarioNotFoundError) return t('scenarioNotFound');
  if (error instanceof ScenarioForbiddenError) return t(error.need === 'write' ? 'scenarioForbiddenWrite' : 'scenarioForbiddenOwn');
  if (error instanceof UserNotFoundError) return t('userNotFound');
  if (error instanceof ShareWithOwnerError) return t('shareWithOwner');
  if (error instanceof VersionNotFoundError) return t('versionNotFound', { version: format.number(error.version) });
  if (error instanceof ShareLinkInvalidError) return t('shareLinkInvalid');
  return t('staleVersion', { base: format.number(error.baseVersion), latest: format.number(error.latestVersion) });
}

export async function withDatabase<T>(ctx: Context, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await ctx.database().catch((error: unknown) => {
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: errorsTranslator(ctx.locale)('unavailable'), cause: error });
  });
  try {
    return await work(db);
  } catch (error) {
    if (error instanceof ScenarioNotFoundError || error instanceof VersionNotFoundError || error instanceof ShareLinkInvalidError || error instanceof UserNotFoundError) {
      throw new TRPCError({ code: 'NOT_FOUND', message: domainMessage(ctx, error), cause: error });
    }
    if (error instanceof ScenarioForbiddenError) throw new TRPCError({ code: 'FORBIDDEN', message: domainMessage(ctx, error), cause: error });
    if (error instanceof ShareWithOwnerError) throw new TRPCError({ code: 'BAD_REQUEST', message: domainMessage(ctx, error), cause: error });
    if (error instanceof StaleVersionError) throw new TRPCError({ code: 'CONFLICT', message: domainMessage(ctx, error), cause: error });
    throw error;
  }
}
