// Runs commands for the start and test scripts. Plain Node: it runs before `npm ci`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Path of a package's CLI entry, run with the current Node (no shell, no npx lookup). */
export function bin(relative) {
  return path.join(ROOT, 'node_modules', relative);
}

export const NEXT = bin('next/dist/bin/next');
export const TSC = bin('typescript/bin/tsc');
export const VITEST = bin('vitest/vitest.mjs');

/** Spawns a command with inherited stdio; resolves with its exit code (signals as 128+n). */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(exitCodeOf(code, signal)));
  });
}

/** Runs a step and exits the whole script with its code when it fails. */
export async function step(label, command, args, options) {
  console.log(`\n> ${label}`);
  const code = await run(command, args, options);
  if (code !== 0) {
    console.error(`\n${label} failed (exit code ${code}).`);
    process.exit(code);
  }
}

const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/** A child's exit as a shell would report it: its code, or 128 + the signal's number. */
export function exitCodeOf(code, signal) {
  if (code !== null) return code;
  return 128 + (SIGNAL_NUMBERS[signal] ?? 0);
}
