/**
 * The database backends every repository and router test runs against:
 * embedded PGlite (in memory; the same engine as the on-disk default) always,
 * and a real PostgreSQL server when TEST_DATABASE_URL is set (`.ci/run` starts
 * one; `npm test` says when it is not set). Each test file gets its own
 * PostgreSQL database, so files can run in parallel.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { openDatabase, type Database, type OpenDatabase } from '@/server/db/client';

export interface Backend {
  name: 'pglite' | 'postgres';
  open(): Promise<{ opened: OpenDatabase; drop(): Promise<void> }>;
}

const pglite: Backend = {
  name: 'pglite',
  async open() {
    const opened = await openDatabase({ kind: 'pglite-memory' });
    return { opened, drop: async () => {} };
  },
};

function postgres(adminUrl: string): Backend {
  return {
    name: 'postgres',
    async open() {
      const name = `peninsula_test_${randomBytes(6).toString('hex')}`;
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const opened = await openDatabase({ kind: 'postgres', url: url.toString() });
      return {
        opened,
        async drop() {
          const dropper = new Client({ connectionString: adminUrl });
          await dropper.connect();
          // pool.end() resolves before its connections have closed; terminating them then (FORCE)
          // would make each still-closing client emit an unhandled error. Wait for them first.
          for (let waited = 0; waited < 5_000; waited += 50) {
            const { rows } = await dropper.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
            if (rows[0]?.n === 0) break;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await dropper.end();
        },
      };
    },
  };
}

export const BACKENDS: Backend[] = [pglite, ...(process.env.TEST_DATABASE_URL ? [postgres(process.env.TEST_DATABASE_URL)] : [])];

/**
 * Runs `suite` once per backend with a fresh, migrated database whose tables are
 * emptied before each test. `db()` is the database of the running test.
 */
export function describeEachBackend(title: string, suite: (db: () => Database, backend: Backend['name']) => void): void {
  for (const backend of BACKENDS) {
    describe(`${title} [${backend.name}]`, () => {
      let handle: Awaited<ReturnType<Backend['open']>> | undefined;
      beforeAll(async () => {
        handle = await backend.open();
      }, 60_000);
      afterAll(async () => {
        await handle?.opened.close();
        await handle?.drop();
      });
      beforeEach(async () => {
        await handle!.opened.db.execute(sql`TRUNCATE scenarios, scenario_versions, app_meta CASCADE`);
      });
      suite(() => handle!.opened.db, backend.name);
    });
  }
}
