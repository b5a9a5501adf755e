/**
 * The database: PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite
 * in DATA_DIR (./data), behind an exclusive lock. Opened lazily, never at
 * import time (`next build` imports this module), once per process, with the
 * migrations applied on open; closed on shutdown.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Pool } from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string }
  /** In memory, for tests: nothing on disk, no lock needed. */
  | { kind: 'pglite-memory' }
  | { kind: 'postgres'; url: string };

export interface OpenDatabase {
  db: Database;
  target: DatabaseTarget;
  close(): Promise<void>;
}

const MIGRATIONS = path.join(process.cwd(), 'server/db/migrations');
/** Any constant: the advisory lock that serialises migrations (see migrateAlone). */
const MIGRATION_LOCK = 7_262_019;

/**
 * Several app instances starting together on one PostgreSQL database would each apply the
 * same migrations at once, and all but one fail (duplicate keys in the migrations table).
 * A session advisory lock makes them take turns; the later ones find nothing left to do.
 */
async function migrateAlone(pool: import('pg').Pool, run: () => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await run();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.kind === 'postgres') {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const pool: Pool = new Pool({ connectionString: target.url, max: 10 });
    // An idle connection the server drops (restart, admin command) errors on the pool; without
    // a listener that would crash the process. The pool replaces the connection on next use.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost (will reconnect): ${error.message}`));
    const db = drizzle({ client: pool, schema });
    try {
      await migrateAlone(pool, () => migrate(db, { migrationsFolder: MIGRATIONS }));
    } catch (error) {
      await pool.end();
      throw error;
    }
    return { db: db as unknown as Database, target, close: () => pool.end() };
  }

  let lock: DataDirLock | null = null;
  let dataDir: string | undefined;
  if (target.kind === 'pglite') {
    const held = acquireDataDirLock(target.dataDir);
    lock = held;
    // Next's own SIGTERM handler may exit before an async close finishes; the lock file at
    // least goes with the process (release is synchronous and idempotent).
    process.once('exit', () => held.release());
    dataDir = path.resolve(target.dataDir);
    mkdirSync(dataDir, { recursive: true }); // PGlite fails if the directory's parent is missing
  }
  let client: PGlite | null = null;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    client = await PGlite.create(dataDir);
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    const opened = client;
    return {
      db: db as unknown as Database,
      target,
      async close() {
        try {
          await opened.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    await client?.close().catch(() => {});
    lock?.release();
    throw error;
  }
}
