/** Accounts on both databases: an admin created server-side signs in; wrong passwords and sign-up are refused. */
import { expect, test } from 'vitest';
import { authSecret, createAuth } from '@/server/auth/auth';
import { describeEachBackend } from './backends';

describeEachBackend('accounts (better-auth)', (db) => {
  test('the secret is made once and kept', async () => {
    const first = await authSecret(db());
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await authSecret(db())).toBe(first);
  });

  test('an account created by the server signs in; a wrong password does not; nobody signs up', async () => {
    const auth = createAuth(db(), await authSecret(db()));
    const email = `admin-${Math.random().toString(36).slice(2, 8)}@example.org`;
    const created = await auth.api.createUser({ body: { email, password: 'correct horse battery', name: 'Admin', role: 'admin' } });
    expect(created.user.role).toBe('admin');

    const signedIn = await auth.api.signInEmail({ body: { email, password: 'correct horse battery' }, asResponse: true });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie, 'not Secure over plain HTTP (no BETTER_AUTH_URL=https://…)').not.toMatch(/;\s*Secure/i);

    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie.split(';')[0]! }) });
    expect(session?.user.email).toBe(email);

    const wrong = await auth.api.signInEmail({ body: { email, password: 'wrong password!' }, asResponse: true });
    expect(wrong.status).toBe(401);
    const signUp = await auth.api.signUpEmail({ body: { email: `x${email}`, password: 'another long password', name: 'X' }, asResponse: true });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
  });
});

describeEachBackend('first-start setup', (db) => {
  test('one admin, once: a second setup (even concurrent) is refused', async () => {
    const { createFirstAdmin, needsSetup, AlreadySetUpError } = await import('@/server/auth/setup');
    const auth = createAuth(db(), await authSecret(db()));
    // Other tests in this file may have made accounts: this one needs none.
    await db().execute((await import('drizzle-orm')).sql`TRUNCATE users CASCADE`);
    expect(await needsSetup(db())).toBe(true);
    const input = (n: number) => ({ name: `Admin ${n}`, email: `first-${n}@example.org`, password: 'a long enough password' });
    const results = await Promise.allSettled([createFirstAdmin(db(), auth, input(1)), createFirstAdmin(db(), auth, input(2))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AlreadySetUpError);
    expect(await needsSetup(db())).toBe(false);
  });
});
