/**
 * The first start: a database with no account shows a one-time setup page that creates the
 * admin (as Grafana or Metabase do). Only one setup can ever succeed: it claims a flag in
 * app_meta in the same database, so two concurrent submissions cannot make two admins.
 */
import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/server/db';
import { appMeta, users } from '@/server/db/schema';
import { claimUnownedScenarios } from '@/server/db/seed';
import { MIN_PASSWORD_LENGTH, type Auth } from './auth';

const SETUP_KEY = 'setup_done';

export const setupInputSchema = z.strictObject({
  name: z.string({ error: 'name must be text' }).trim().min(1, { error: 'name must not be empty' }).max(120, { error: 'name must be at most 120 characters' }),
  email: z.email({ error: 'email must be an email address' }).max(254, { error: 'email must be at most 254 characters' }),
  password: z
    .string({ error: 'password must be text' })
    .min(MIN_PASSWORD_LENGTH, { error: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(128, { error: 'password must be at most 128 characters' }),
});
export type SetupInput = z.infer<typeof setupInputSchema>;

/** True until the first admin exists. */
export async function needsSetup(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

export class AlreadySetUpError extends Error {
  constructor() {
    super('Peninsula Outlook is already set up: sign in with an existing account.');
    this.name = 'AlreadySetUpError';
  }
}

/** Creates the first admin, or throws AlreadySetUpError if someone did already. */
export async function createFirstAdmin(db: Database, auth: Auth, input: SetupInput): Promise<{ id: string; email: string }> {
  const claimed = await db.insert(appMeta).values({ key: SETUP_KEY, value: new Date().toISOString() }).onConflictDoNothing().returning();
  if (claimed.length === 0 || !(await needsSetup(db))) throw new AlreadySetUpError();
  try {
    const { user } = await auth.api.createUser({ body: { ...input, role: 'admin' } });
    await claimUnownedScenarios(db, user.id);
    return { id: user.id, email: user.email };
  } catch (error) {
    // Nothing was created: let the setup be tried again.
    await db.delete(appMeta).where(eq(appMeta.key, SETUP_KEY));
    throw error;
  }
}
