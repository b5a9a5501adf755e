/** The database rate-limit store, on PGlite and PostgreSQL: exact counts under concurrency. */
import { expect, test } from 'vitest';
import { SqlRateLimitStore } from '@/server/rate-limit/store';
import { describeEachBackend } from './backends';

const T0 = 1_800_000_000;

describeEachBackend('SqlRateLimitStore', (db) => {
  test('counts per key and window, starting again in a new window', async () => {
    const store = new SqlRateLimitStore(db());
    expect(await store.hit('k1', 60, T0 + 1)).toEqual({ count: 1, windowStart: T0 });
    expect(await store.hit('k1', 60, T0 + 2)).toEqual({ count: 2, windowStart: T0 });
    expect(await store.hit('k2', 60, T0 + 2)).toEqual({ count: 1, windowStart: T0 });
    expect(await store.hit('k1', 60, T0 + 61)).toEqual({ count: 1, windowStart: T0 + 60 });
  });

  test('concurrent hits are each counted once (as from several app instances)', async () => {
    const store = new SqlRateLimitStore(db());
    const counts = await Promise.all(Array.from({ length: 20 }, () => store.hit('busy', 60, T0 + 5)));
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
