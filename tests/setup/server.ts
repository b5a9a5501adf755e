/**
 * Global setup for the "http" project: serves the production build on a free
 * loopback port, provides its base URL, and stops it afterwards. `npm test`
 * builds first; run alone, this fails fast if there is no build.
 */
import type { TestProject } from 'vitest/node';
import { startBuiltServer } from '../../scripts/lib/built-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startBuiltServer();
  project.provide('baseUrl', server.baseUrl);
  return server.stop;
}
