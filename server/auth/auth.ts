/**
 * Accounts (better-auth over the app's Drizzle database, on PGlite or PostgreSQL alike):
 * email and password, sessions in the database, and the admin plugin for roles and
 * disabling accounts. There is no public sign-up: the first start creates the admin on a
 * setup page, and admins create the other accounts.
 *
 * The signing secret is generated on first use and kept in the database (app_meta), so
 * `npm start` needs no configuration; BETTER_AUTH_SECRET overrides it.
 */
import { randomBytes } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin } from 'better-auth/plugins';
import { eq } from 'drizzle-orm';
import type { Database } from '@/server/db';
import { accounts, appMeta, sessions, users, verifications } from '@/server/db/schema';

export const MIN_PASSWORD_LENGTH = 10;
const SECRET_KEY = 'auth_secret';

export function createAuth(db: Database, secret: string) {
  return betterAuth({
    database: drizzleAdapter(db, { provider: 'pg', schema: { user: users, session: sessions, account: accounts, verification: verifications } }),
    secret,
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH },
    plugins: [admin({ defaultRole: 'user' })],
    telemetry: { enabled: false },
    // Sign-in attempts are limited by server/rate-limit (in memory, or in PostgreSQL across
    // instances), in the route: better-auth's own limiter would count per process only.
    rateLimit: { enabled: false },
    // HttpOnly and SameSite=Lax always; Secure when the app is served over HTTPS (set
    // BETTER_AUTH_URL=https://…): a Secure cookie would be dropped over plain HTTP on a LAN.
    advanced: { useSecureCookies: servedOverHttps() },
  });
}

export type Auth = ReturnType<typeof createAuth>;

function servedOverHttps(): boolean {
  return (process.env.BETTER_AUTH_URL ?? '').startsWith('https://');
}

/** The database's signing secret, created once (the first writer wins under concurrency). */
export async function authSecret(db: Database): Promise<string> {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  await db.insert(appMeta).values({ key: SECRET_KEY, value: randomBytes(32).toString('base64url') }).onConflictDoNothing();
  const [row] = await db.select().from(appMeta).where(eq(appMeta.key, SECRET_KEY));
  return row!.value;
}
