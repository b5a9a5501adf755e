/**
 * The process's one auth instance, made on first use over the process's one database
 * (server/db), kept on globalThis like the database itself.
 */
import { getDatabase } from '@/server/db';
import { authSecret, createAuth, type Auth } from './auth';

export type { Auth } from './auth';

const holder = globalThis as typeof globalThis & { __peninsulaAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  holder.__peninsulaAuth ??= (async () => {
    const db = await getDatabase();
    return createAuth(db, await authSecret(db));
  })().catch((error: unknown) => {
    holder.__peninsulaAuth = undefined; // a failed start is not cached: the next request retries
    throw error;
  });
  return holder.__peninsulaAuth;
}

/** The signed-in user of a request, or null. */
export async function sessionUser(headers: Headers): Promise<{ id: string; email: string; name: string; role: string } | null> {
  const session = await (await getAuth()).api.getSession({ headers });
  if (!session) return null;
  const { id, email, name, role } = session.user as { id: string; email: string; name: string; role?: string | null };
  return { id, email, name, role: role ?? 'user' };
}
