import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Three projects so only the HTTP and browser tests pay for the built server; those two
// share one server (tests/setup/server.ts).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/http/**', 'tests/e2e/**'] },
      },
      {
        extends: true,
        test: {
          name: 'http',
          include: ['tests/http/**/*.test.ts'],
          globalSetup: ['tests/setup/server.ts'],
          setupFiles: ['tests/setup/session-fetch.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/server.ts'],
          setupFiles: ['tests/setup/session-fetch.ts'],
          // Headless Chromium after the other projects, so the browser does not compete
          // for two cores with the engine-heavy unit tests.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
