/**
 * The process's one database, opened on first use from the environment
 * (DATABASE_URL, else PGlite in DATA_DIR). Kept on globalThis so Next's module
 * reloading in development cannot open a second PGlite on the same directory.
 */
import { env } from '@/server/env';
import { openDatabase, type Database, type DatabaseTarget, type OpenDatabase } from './client';
import { seedExampleScenarios } from './seed';

export type { Database } from './client';

const holder = globalThis as typeof globalThis & { __peninsulaDb?: Promise<OpenDatabase> };

export function configuredTarget(): DatabaseTarget {
  return env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: env.DATA_DIR };
}

async function open(): Promise<OpenDatabase> {
  const opened = await openDatabase(configuredTarget());
  await seedExampleScenarios(opened.db);
  const close = async () => {
    holder.__peninsulaDb = undefined;
    await opened.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void close().finally(() => process.exit(0));
    });
  }
  return { ...opened, close };
}

export async function getDatabase(): Promise<Database> {
  holder.__peninsulaDb ??= open().catch((error: unknown) => {
    holder.__peninsulaDb = undefined; // a later request may try again (e.g. PostgreSQL was down)
    throw error;
  });
  return (await holder.__peninsulaDb).db;
}

export async function closeDatabase(): Promise<void> {
  const opened = holder.__peninsulaDb;
  if (opened) await (await opened).close();
}
