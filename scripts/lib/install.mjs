// Installs dependencies when a fresh clone has none, or the lockfile changed since.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT, step } from './run.mjs';

export function installIsStale() {
  // npm writes node_modules/.package-lock.json on every install: its age is the install's.
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) return true;
  return statSync(path.join(ROOT, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs;
}

export async function ensureInstalled() {
  if (!installIsStale()) return;
  await step('npm ci (dependencies missing or lockfile changed)', 'npm', ['ci', '--no-audit', '--no-fund']);
}
