/**
 * Procedures whose work is expensive enough to be rate limited per client (server/rate-limit):
 * over the limit, TOO_MANY_REQUESTS (429) in the caller's language, and the route adds
 * Retry-After. Route handlers use refuseIfRateLimited. In-process callers (server components, tests) are our own code and are not limited.
 */
import { TRPCError } from '@trpc/server';
import { getDatabase } from '@/server/db';
import type { Locale } from '@/server/i18n/locales';
import { formatterFor } from '@/server/i18n/format';
import { checkRateLimit, RateLimitedError, type RateLimitName } from '@/server/rate-limit';
import { errorsTranslator } from './localized-errors';
import { middleware, publicProcedure } from './trpc';

/** The limit as a middleware, for any procedure: `userProcedure.use(rateLimit('exports'))`. */
export function rateLimit(name: RateLimitName) {
  return middleware(async ({ ctx, next }) => {
    if (ctx.http) {
      const decision = await checkRateLimit(name, ctx.headers, ctx.database);
      if (!decision.allowed) {
        const seconds = decision.retryAfterSeconds;
        const message = errorsTranslator(ctx.locale)('tooManyRequests', { seconds, value: formatterFor(ctx.locale).number(seconds) });
        throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message, cause: new RateLimitedError(seconds) });
      }
    }
    return next();
  });
}

export function rateLimitedProcedure(name: RateLimitName) {
  return publicProcedure.use(rateLimit(name));
}

/**
 * The same limit for a route handler (the PowerPoint and PDF briefings): null when the
 * request may go on, else the 429 to send, with Retry-After and a message in `locale`.
 */
export async function refuseIfRateLimited(name: RateLimitName, request: Request, locale: Locale): Promise<Response | null> {
  const decision = await checkRateLimit(name, request.headers, getDatabase);
  if (decision.allowed) return null;
  const seconds = decision.retryAfterSeconds;
  const message = errorsTranslator(locale)('tooManyRequests', { seconds, value: formatterFor(locale).number(seconds) });
  return Response.json({ message }, { status: 429, headers: { 'Retry-After': String(seconds), 'cache-control': 'no-store' } });
}
