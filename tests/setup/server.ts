/**
 * Global setup for the "http" and "e2e" projects: serves the production build on a
 * free loopback port, provides its base URL, and stops it afterwards. `npm test`
 * builds first; run alone, this fails fast if there is no build (NEXT_DIST_DIR
 * selects which one).
 *
 * Both projects list this file. Vitest loads a global setup once per project, each
 * in its own module scope, but all in the main process and one after another; so
 * the server lives on `globalThis`, counted, and both projects share one server
 * (one `next start` fewer on a two-core machine). The last teardown stops it.
 */
import type { TestProject } from 'vitest/node';
import { startBuiltServer, type BuiltServer } from '../../scripts/lib/built-server';
import { adminSession } from '../../scripts/lib/session';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The test admin's session on that server ("name=value"), see scripts/lib/session.ts. */
    sessionCookie: string;
  }
}

interface SharedServer {
  server: Promise<BuiltServer>;
  users: number;
}

const GENEROUS_RATE_LIMITS = { RATE_LIMIT_SENSITIVITY_PER_MINUTE: '100000', RATE_LIMIT_EXPORTS_PER_MINUTE: '100000', RATE_LIMIT_SIGN_IN_PER_MINUTE: '100000' };

const KEY = Symbol.for('peninsula-outlook.tests.built-server');
const registry = globalThis as typeof globalThis & { [KEY]?: SharedServer };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Every test file is one client (loopback) to this server, many of them at once: the
  // rate limits are raised out of the way here and tested on servers of their own
  // (tests/http/rate-limit.http.test.ts).
  const shared = (registry[KEY] ??= { server: startBuiltServer(GENEROUS_RATE_LIMITS), users: 0 });
  shared.users += 1;
  let server: BuiltServer;
  try {
    server = await shared.server;
  } catch (error) {
    // A failed start is not cached: a later run in the same process (watch mode) retries.
    if (--shared.users === 0) delete registry[KEY];
    throw error;
  }
  project.provide('baseUrl', server.baseUrl);
  project.provide('sessionCookie', await adminSession(server.baseUrl));
  return async () => {
    if (--shared.users > 0) return;
    delete registry[KEY];
    await server.stop();
  };
}
