/**
 * Procedures whose work is expensive enough to be rate limited per client (server/rate-limit):
 * over the limit, TOO_MANY_REQUESTS (429), and the route adds Retry-After. In-process
 * callers (server components, tests) are our own code and are not limited.
 */
import { TRPCError } from '@trpc/server';
import { checkRateLimit, RateLimitedError, type RateLimitName } from '@/server/rate-limit';
import { publicProcedure } from './trpc';

export function rateLimitedProcedure(name: RateLimitName) {
  return publicProcedure.use(async ({ ctx, next }) => {
    if (ctx.http) {
      const decision = await checkRateLimit(name, ctx.headers, ctx.database);
      if (!decision.allowed) {
        const cause = new RateLimitedError(decision.retryAfterSeconds);
        throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: cause.message, cause });
      }
    }
    return next();
  });
}
