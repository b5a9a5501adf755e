/**
 * The rate limits: how many requests a client (and every client together) may make to an
 * expensive operation per window. Over the limit the answer is 429 with Retry-After.
 *
 * The client is the first address of X-Forwarded-For: Next sets it from the connection
 * when the request has none, and a proxy in front must set it. A client can forge the
 * header to look like several clients, so each limit also has an overall ceiling that no
 * forgery escapes. (Signed-in users will be keyed by account.)
 */
import { env } from '@/server/env';
import type { RateLimitStore } from './store';

export interface RateLimit {
  name: string;
  perClient: number;
  overall: number;
  windowSeconds: number;
}

const MINUTE = 60;
/** Every client together: this many times one client's allowance. */
const OVERALL_FACTOR = 5;

function perMinute(name: string, perClient: number): RateLimit {
  return { name, perClient, overall: perClient * OVERALL_FACTOR, windowSeconds: MINUTE };
}

export const RATE_LIMITS = {
  /** forecast.sensitivity: ~10 forecasts' work each. */
  sensitivity: perMinute('sensitivity', env.RATE_LIMIT_SENSITIVITY_PER_MINUTE),
  /** scenarios.export, PowerPoint and PDF briefings. */
  exports: perMinute('exports', env.RATE_LIMIT_EXPORTS_PER_MINUTE),
  /** Sign-in attempts (and the first start's setup). */
  signIn: perMinute('signIn', env.RATE_LIMIT_SIGN_IN_PER_MINUTE),
} satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof RATE_LIMITS;

export type Decision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts the request against the client's and the overall allowance. */
export async function consume(store: RateLimitStore, limit: RateLimit, client: string, nowSeconds = Date.now() / 1000): Promise<Decision> {
  const [own, all] = await Promise.all([
    store.hit(`${limit.name}:client:${client}`, limit.windowSeconds, nowSeconds),
    store.hit(`${limit.name}:all`, limit.windowSeconds, nowSeconds),
  ]);
  if (own.count <= limit.perClient && all.count <= limit.overall) return { allowed: true };
  const retryAfterSeconds = Math.max(1, Math.ceil(own.windowStart + limit.windowSeconds - nowSeconds));
  return { allowed: false, retryAfterSeconds };
}

/** The client's address as the rate limits know it (see above). */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}
