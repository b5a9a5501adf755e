// Makes sure Debian's chromium is there for the browser tests. As root (CI, a fresh
// container) it installs it with apt-get; otherwise it says what to run. It never
// stops `npm test`: without a browser the e2e tests fail, each with the same hint.
import { existsSync } from 'node:fs';
import { run } from './run.mjs';

// The same path as scripts/lib/chromium.ts (TypeScript, which this plain script cannot import).
const CHROMIUM = '/usr/bin/chromium';
const HINT = 'install Debian chromium: apt-get install -y --no-install-recommends chromium';

export async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.warn(`\n> ${CHROMIUM} is missing, so the browser tests will fail: ${HINT}`);
    return;
  }
  console.log(`\n> ${CHROMIUM} is missing: installing Debian chromium (apt-get update && apt-get install -y --no-install-recommends chromium)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const options = { env, stdio: ['ignore', 'inherit', 'inherit'] };
  const code =
    (await run('apt-get', ['update', '-q'], options)) ||
    (await run('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium'], options));
  if (code !== 0 || !existsSync(CHROMIUM)) console.warn(`\n> installing chromium failed (exit code ${code}); the browser tests will fail: ${HINT}`);
}
