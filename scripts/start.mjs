// `npm start`: install if needed, build if stale, then serve the production build.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt } from './lib/build.mjs';
import { ensureInstalled } from './lib/install.mjs';
import { exitCodeOf, NEXT, ROOT } from './lib/run.mjs';

// Next reads .env itself, but the port and host are needed here, before it starts.
if (existsSync(path.join(ROOT, '.env'))) process.loadEnvFile(path.join(ROOT, '.env'));

// Repeats server/env.ts's check in plain JS: this script cannot import TypeScript.
const port = process.env.PORT || '3000';
// "localhost", not 127.0.0.1: Next treats a proxy rewrite as external (a redirect loop) when
// it was started with a literal loopback address (vercel/next.js#94745); the locale routing
// rewrites every English page.
const host = process.env.HOST || 'localhost';
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`Invalid PORT "${port}": must be a whole number from 1 to 65535 (see .env.example).`);
  process.exit(1);
}

await ensureInstalled();
await ensureBuilt();

// The server itself opens the database as it starts (instrumentation.ts): it applies
// pending migrations, creates ./data on the first start and seeds the example scenarios,
// all before it answers a request.

console.log(`\n> next start on http://${host}:${port}`);
const server = spawn(process.execPath, [NEXT, 'start', '--port', port, '--hostname', host], {
  cwd: ROOT,
  stdio: 'inherit',
});
// Forward stop signals so Next shuts down cleanly (and no orphan keeps the port).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(exitCodeOf(code, signal)));
