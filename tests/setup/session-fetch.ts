/**
 * Setup file of the "http" and "e2e" projects: the tests' own requests to the shared test
 * server go as the test admin (the product's procedures need a signed-in user): the session
 * cookie joins whatever cookies the request has. A request that carries a session of its
 * own, or `x-test-anonymous: 1`, goes as given: that is how the tests of permissions and of
 * signed-out visitors make theirs.
 */
import { inject } from 'vitest';

const baseUrl = inject('baseUrl');
const cookie = inject('sessionCookie');
const original = globalThis.fetch;

globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!url.startsWith(baseUrl)) return original(input, init);
  const headers = new Headers(input instanceof Request ? input.headers : undefined);
  new Headers(init?.headers).forEach((value, key) => headers.set(key, value));
  const existing = headers.get('cookie');
  if (headers.get('x-test-anonymous') === '1') headers.delete('x-test-anonymous');
  else if (!existing) headers.set('cookie', cookie);
  else if (!/session_token=/.test(existing)) headers.set('cookie', `${existing}; ${cookie}`);
  return original(input, { ...init, headers });
};
