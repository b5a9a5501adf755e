// Rebuilds with `next build` only when the build is missing or older than a source file.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { NEXT, ROOT, step } from './run.mjs';

const SOURCE_DIRS = ['app', 'server', 'docs', 'public'];
const SOURCE_FILES = ['next.config.js', 'package.json', 'package-lock.json', 'tsconfig.json', 'instrumentation.ts', 'proxy.ts'];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs; // catches deleted files too
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

export function buildIsStale() {
  // next.config.js builds into NEXT_DIST_DIR when set, so the check looks there too.
  const buildId = path.join(ROOT, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((entry) => newestMtime(path.join(ROOT, entry)) > built);
}

export async function ensureBuilt() {
  if (!buildIsStale()) {
    console.log('\n> next build skipped (build is newer than the sources)');
    return;
  }
  await step('next build', process.execPath, [NEXT, 'build']);
}
