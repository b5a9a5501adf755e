/** Accounts over HTTP: signed-out requests for saved scenarios are 401 in words; setup happens once; cookies are HttpOnly and SameSite=Lax. */
import { expect, inject, test } from 'vitest';
import { TEST_ADMIN } from '@/scripts/lib/session';

const base = inject('baseUrl');
const anonymous = { 'x-test-anonymous': '1' };

test('signed out: saved scenarios are 401 with a message; forecasts and shared links stay open', async () => {
  const list = await fetch(`${base}/api/trpc/scenarios.list`, { headers: anonymous });
  expect(list.status).toBe(401);
  expect(((await list.json()) as { error: { message: string } }).error.message).toBe('Sign in to use saved scenarios.');
  const he = await fetch(`${base}/api/trpc/scenarios.list`, { headers: { ...anonymous, 'x-locale': 'he' } });
  expect(((await he.json()) as { error: { message: string } }).error.message).toMatch(/[\u0590-\u05FF]/);
  const forecast = await fetch(`${base}/api/trpc/model.describe`, { headers: anonymous });
  expect(forecast.status).toBe(200);
  const page = await fetch(`${base}/scenarios`, { headers: anonymous, redirect: 'manual' });
  expect(page.status).toBe(307);
  expect(page.headers.get('location')).toMatch(/\/sign-in\?next=%2Fscenarios$/);
});

test('setup happens once; signing in sets an HttpOnly, SameSite=Lax session cookie', async () => {
  const again = await fetch(`${base}/api/setup`, {
    method: 'POST',
    headers: { ...anonymous, 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ name: 'Mallory', email: 'mallory@example.org', password: 'a long enough password' }),
  });
  expect(again.status).toBe(409);
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { ...anonymous, 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.getSetCookie().find((c) => /session_token=/.test(c)) ?? '';
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
});

test('sign-in from another site is refused', async () => {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { ...anonymous, 'content-type': 'application/json', origin: 'https://evil.example' },
    body: JSON.stringify({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }),
  });
  expect(response.status).toBe(403);
});
