/**
 * Accounts in the browser: signed out, a page asks for sign-in and returns to it; a wrong
 * password is said in words; an administrator adds a user, who signs in; a non-administrator
 * does not find the users page; a disabled account cannot sign in; sign-out ends the session.
 */
import { expect, test } from 'vitest';
import { TEST_ADMIN } from '@/scripts/lib/session';
import { useBrowser } from './browser';
import { waitUntilSettled } from './dashboard-page';

const browser = useBrowser();
const run = Math.random().toString(36).slice(2, 8);

test('signed out, a page sends to sign-in and back; a wrong password is refused in words', async () => {
  const page = await browser.open('/scenarios?q=x', undefined, [/HTTP 401: POST .*sign-in\/email/, /status of 401/], { anonymous: true });
  await page.waitForURL((url) => url.pathname === '/sign-in');
  expect(new URL(page.url()).searchParams.get('next')).toBe('/scenarios?q=x');
  await page.getByLabel('Email').fill(TEST_ADMIN.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.locator('form [role="alert"]').textContent()).toBe('The email or password is not right.');
  await page.getByLabel('Password').fill(TEST_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/scenarios' && url.searchParams.get('q') === 'x');
  await page.getByText(`Signed in as ${TEST_ADMIN.name}`).waitFor();
});

test('an administrator adds a user, who signs in, cannot see the users page, and can be disabled', async () => {
  const admin = await browser.open('/admin/users');
  const email = `analyst-${run}@example.org`;
  const form = admin.getByRole('form', { name: 'Add a user' });
  await form.getByLabel('Name').fill(`Analyst ${run}`);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Initial password').fill('analyst password 1');
  await Promise.all([admin.waitForEvent('load'), form.getByRole('button', { name: 'Add the user' }).click()]);
  await admin.getByRole('row', { name: new RegExp(`Analyst ${run}`) }).waitFor();

  const analyst = await browser.open('/sign-in', undefined, [/HTTP 404: GET .*\/admin\/users/, /admin\/users: Failed to load resource: .*404/], { anonymous: true });
  await analyst.getByLabel('Email').fill(email);
  await analyst.getByLabel('Password').fill('analyst password 1');
  // The dashboard asks for its outlooks as it opens: read that answer whole before leaving
  // the page, or leaving cancels it (a failed request in the harness's eyes).
  const outlooks = analyst.waitForResponse((r) => r.url().includes('/api/trpc/forecast.run'));
  await analyst.getByRole('button', { name: 'Sign in' }).click();
  await analyst.waitForURL((url) => url.pathname === '/');
  await analyst.getByText(`Signed in as Analyst ${run}`).waitFor();
  expect((await outlooks).status()).toBe(200);
  await (await outlooks).finished();
  await waitUntilSettled(analyst);
  expect(await analyst.getByRole('link', { name: 'Users' }).count()).toBe(0);
  const response = await analyst.goto('/admin/users');
  expect(response?.status()).toBe(404);

  await admin.getByRole('button', { name: `Disable: Analyst ${run}` }).click();
  await admin.getByRole('button', { name: `Enable: Analyst ${run}` }).waitFor();
  const again = await browser.open('/sign-in', undefined, [/HTTP 403: POST .*sign-in\/email/, /status of 403/], { anonymous: true });
  await again.getByLabel('Email').fill(email);
  await again.getByLabel('Password').fill('analyst password 1');
  await again.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => again.locator('form [role="alert"]').textContent()).toBe('This account has been disabled: ask an administrator.');
});

test('sign-out ends the session', async () => {
  // A session of its own, so the shared test session stays signed in.
  const signIn = await fetch(`${browser.baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: browser.baseUrl, 'x-test-anonymous': '1' },
    body: JSON.stringify({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }),
  });
  const cookie = signIn.headers.getSetCookie().find((c) => /session_token=/.test(c))!.split(';')[0]!;
  const page = await browser.open('/', undefined, [], { sessionCookie: cookie });
  await waitUntilSettled(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await page.goto('/');
  await page.waitForURL((url) => url.pathname === '/sign-in');
});
