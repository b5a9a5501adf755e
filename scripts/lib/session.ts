/**
 * A signed-in session on a built server, for the tests, the bench and the load script: the
 * first call on a fresh database runs the setup (creating this admin), later ones sign in.
 * Returns the session cookie as "name=value", ready for a Cookie header.
 */
export const TEST_ADMIN = { name: 'Test Admin', email: 'admin@peninsula.test', password: 'test admin password' } as const;

function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => /session_token=/.test(c));
  if (!cookie) throw new Error(`no session cookie in the answer (HTTP ${response.status})`);
  return cookie.split(';')[0]!;
}

async function post(baseUrl: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify(body),
  });
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await post(baseUrl, '/api/auth/sign-in/email', { email, password });
  if (!response.ok) throw new Error(`sign-in as ${email} answered ${response.status}: ${await response.text()}`);
  return sessionCookie(response);
}

export async function adminSession(baseUrl: string): Promise<string> {
  const setup = await post(baseUrl, '/api/setup', TEST_ADMIN);
  if (setup.ok) return sessionCookie(setup);
  if (setup.status !== 409) throw new Error(`setup answered ${setup.status}: ${await setup.text()}`);
  return signIn(baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
}

export interface NewUser {
  name: string;
  email: string;
  password: string;
  role?: 'user' | 'admin';
}

/**
 * Creates a user as the test admin (as the users page does; an email already taken is
 * fine, for reruns on one database) and signs them in; returns their session cookie.
 */
export async function userSession(baseUrl: string, adminCookie: string, user: NewUser): Promise<string> {
  const created = await fetch(`${baseUrl}/api/auth/admin/create-user`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, cookie: adminCookie },
    body: JSON.stringify({ role: 'user', ...user }),
  });
  if (!created.ok && created.status !== 400) throw new Error(`create-user answered ${created.status}: ${await created.text()}`);
  return signIn(baseUrl, user.email, user.password);
}
