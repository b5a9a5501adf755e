/** Rate limits: fixed windows per client with an overall ceiling (server/rate-limit). */
import { describe, expect, test } from 'vitest';
import { clientAddress, consume, type RateLimit } from '@/server/rate-limit/limits';
import { MemoryRateLimitStore } from '@/server/rate-limit/store';

const LIMIT: RateLimit = { name: 'test', perClient: 3, overall: 5, windowSeconds: 60 };
const T0 = 1_800_000_000; // a window start (divisible by 60)

describe('consume', () => {
  test('allows the allowance, then refuses until the window ends, saying when', async () => {
    const store = new MemoryRateLimitStore();
    for (let i = 0; i < 3; i++) expect(await consume(store, LIMIT, 'a', T0 + 10)).toEqual({ allowed: true });
    expect(await consume(store, LIMIT, 'a', T0 + 15.5)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(await consume(store, LIMIT, 'a', T0 + 59.9)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await consume(store, LIMIT, 'a', T0 + 60)).toEqual({ allowed: true });
  });

  test('clients have their own allowances, under one overall ceiling', async () => {
    const store = new MemoryRateLimitStore();
    for (let i = 0; i < 3; i++) expect((await consume(store, LIMIT, 'a', T0)).allowed).toBe(true);
    expect((await consume(store, LIMIT, 'b', T0)).allowed).toBe(true);
    expect((await consume(store, LIMIT, 'c', T0)).allowed).toBe(true);
    // Five requests in this window overall: a sixth client is refused too (forged addresses gain nothing).
    expect((await consume(store, LIMIT, 'd', T0)).allowed).toBe(false);
    expect((await consume(store, LIMIT, 'e', T0 + 60)).allowed).toBe(true);
  });

  test('limits are counted separately', async () => {
    const store = new MemoryRateLimitStore();
    for (let i = 0; i < 3; i++) await consume(store, LIMIT, 'a', T0);
    expect((await consume(store, { ...LIMIT, name: 'other' }, 'a', T0)).allowed).toBe(true);
  });
});

test('the memory store forgets ended windows once it holds many keys', async () => {
  const store = new MemoryRateLimitStore();
  for (let i = 0; i < 10_001; i++) await store.hit(`k${i}`, 60, T0);
  await store.hit('fresh', 60, T0 + 120);
  expect((store as unknown as { windows: Map<string, unknown> }).windows.size).toBe(1);
});

test('clientAddress takes the first forwarded address', () => {
  expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' }))).toBe('203.0.113.9');
  expect(clientAddress(new Headers({ 'x-forwarded-for': ' 2001:db8::1 ' }))).toBe('2001:db8::1');
  expect(clientAddress(new Headers())).toBe('unknown');
});
