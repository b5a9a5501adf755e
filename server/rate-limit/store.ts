/**
 * Where the rate limits count requests: fixed windows, one counter per key. In memory for
 * one process (the embedded default); in the database when several app instances share
 * PostgreSQL, so a client cannot multiply its allowance by reaching different instances.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '@/server/db';
import { rateLimits } from '@/server/db/schema';

export interface WindowCount {
  /** Requests counted in the window, this one included. */
  count: number;
  /** The window's start, seconds since the epoch. */
  windowStart: number;
}

export interface RateLimitStore {
  /** Counts one request under `key` in the window containing `nowSeconds`. */
  hit(key: string, windowSeconds: number, nowSeconds: number): Promise<WindowCount>;
}

const windowOf = (nowSeconds: number, windowSeconds: number) => Math.floor(nowSeconds / windowSeconds) * windowSeconds;

/** Forgets windows that have ended once this many keys are held (bounded memory). */
const SWEEP_AT = 10_000;

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, WindowCount & { windowSeconds: number }>();

  async hit(key: string, windowSeconds: number, nowSeconds: number): Promise<WindowCount> {
    const windowStart = windowOf(nowSeconds, windowSeconds);
    const current = this.windows.get(key);
    const count = current && current.windowStart === windowStart ? current.count + 1 : 1;
    this.windows.set(key, { count, windowStart, windowSeconds });
    if (this.windows.size > SWEEP_AT) this.sweep(nowSeconds);
    return { count, windowStart };
  }

  private sweep(nowSeconds: number): void {
    for (const [key, entry] of this.windows) if (entry.windowStart + entry.windowSeconds <= nowSeconds) this.windows.delete(key);
  }
}

/** One statement per request: concurrent hits from several instances are counted exactly. */
export class SqlRateLimitStore implements RateLimitStore {
  constructor(private readonly db: Database) {}

  async hit(key: string, windowSeconds: number, nowSeconds: number): Promise<WindowCount> {
    const windowStart = windowOf(nowSeconds, windowSeconds);
    const result = await this.db.execute(sql`
      INSERT INTO ${rateLimits} (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN ${rateLimits.windowStart} = excluded.window_start THEN ${rateLimits.count} + 1 ELSE 1 END,
        window_start = excluded.window_start
      RETURNING count, window_start`);
    // Both drivers answer { rows }, but their result types differ.
    const row = (result as unknown as { rows: { count: number | string; window_start: number | string }[] }).rows[0]!;
    return { count: Number(row.count), windowStart: Number(row.window_start) };
  }
}
