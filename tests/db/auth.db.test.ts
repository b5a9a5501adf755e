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

    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie.split(';')[0]! }) });
    expect(session?.user.email).toBe(email);

    const wrong = await auth.api.signInEmail({ body: { email, password: 'wrong password!' }, asResponse: true });
    expect(wrong.status).toBe(401);
    const signUp = await auth.api.signUpEmail({ body: { email: `x${email}`, password: 'another long password', name: 'X' }, asResponse: true });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
  });
});
