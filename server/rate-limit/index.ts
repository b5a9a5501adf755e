/**
 * Rate limiting for tRPC procedures and route handlers. The store follows the database:
 * PostgreSQL (DATABASE_URL) counts in the database, shared by every instance; the embedded
 * default counts in this process's memory.
 */
import type { Database } from '@/server/db';
import { env } from '@/server/env';
import { clientAddress, consume, RATE_LIMITS, type Decision, type RateLimitName } from './limits';
import { MemoryRateLimitStore, SqlRateLimitStore, type RateLimitStore } from './store';

export { RATE_LIMITS, type RateLimitName } from './limits';

const holder = globalThis as typeof globalThis & { __peninsulaRateLimits?: MemoryRateLimitStore };

async function storeFor(database: () => Promise<Database>): Promise<RateLimitStore> {
  if (env.DATABASE_URL) return new SqlRateLimitStore(await database());
  return (holder.__peninsulaRateLimits ??= new MemoryRateLimitStore());
}

export async function checkRateLimit(name: RateLimitName, headers: Headers, database: () => Promise<Database>): Promise<Decision> {
  return consume(await storeFor(database), RATE_LIMITS[name], clientAddress(headers));
}

/** Thrown (as the cause of a TOO_MANY_REQUESTS error) so the route can send Retry-After. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests: try again in ${retryAfterSeconds} seconds.`);
    this.name = 'RateLimitedError';
  }
}
