// `npm test`: install if needed, type-check, build if stale (the HTTP and browser
// tests run against the real server), make sure Chromium is there, then vitest.
// Extra arguments go to vitest.
import { ensureBuilt } from './lib/build.mjs';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { ensureInstalled } from './lib/install.mjs';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { NEXT, ROOT, TSC, VITEST, run, step } from './lib/run.mjs';

const started = Date.now();
// Keep test output to test results (the notice and the network call are not needed here).
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
await ensureInstalled();
// Generates next-env.d.ts and the route types that tsc needs on a fresh clone (~1 s).
await step('next typegen', process.execPath, [NEXT, 'typegen']);
await step('tsc --noEmit', process.execPath, [TSC, '--noEmit']);
await ensureBuilt();
await ensureChromium();
// The database tests always run on embedded PGlite; on PostgreSQL too when a server is given.
const postgresNote = process.env.TEST_DATABASE_URL
  ? `PostgreSQL suite: ON (TEST_DATABASE_URL=${redactPassword(process.env.TEST_DATABASE_URL)})`
  : 'PostgreSQL suite: NOT RUN - TEST_DATABASE_URL is not set (only PGlite is tested). `bash .ci/start-postgres` starts a throwaway server and prints a URL for it.';
console.log(`\n${postgresNote}\n`);
// A JSON report beside the usual output, to close with the plain "N passed, N failed" line CI reads.
const REPORT = path.join(ROOT, 'test-results', 'vitest.json');
rmSync(REPORT, { force: true }); // a report left by an earlier run must not stand in for this one
const code = await run(process.execPath, [VITEST, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`, ...process.argv.slice(2)]);
const summary = existsSync(REPORT) ? JSON.parse(readFileSync(REPORT, 'utf8')) : null;
if (summary) {
  const skipped = summary.numPendingTests + summary.numTodoTests;
  console.log(`\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  console.log(postgresNote);
}
if (code !== 0 || !summary || summary.numTotalTests === 0) {
  console.error(`\nnpm test failed (vitest exit code ${code}${summary?.numTotalTests === 0 ? ', no test ran' : ''}).`);
  process.exit(code || 1);
}
console.log(`npm test passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);

function redactPassword(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
