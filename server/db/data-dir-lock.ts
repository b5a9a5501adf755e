/**
 * An exclusive lock beside PGlite's data directory. PGlite takes none, and a
 * second process opening the same directory corrupts it, so the server takes
 * this one before opening and refuses to start when another live process
 * holds it. The lock file names the holder's pid; a lock left by a process
 * that no longer exists (after kill -9 or a crash) is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string, readonly holderPid: number) {
    super(`another Peninsula Outlook server is using ${dataDir} (process ${holderPid}); stop it, or set DATA_DIR to another directory`);
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

export function lockFileFor(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): { pid: number; host: string } | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown; host?: unknown };
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, host: String(parsed.host ?? '') } : null;
  } catch {
    return null; // unreadable or half-written: treated as stale below only if it stays so
  }
}

/** `displayDir` is how the message names the directory (as the user configured it). */
export function acquireDataDirLock(dataDir: string, displayDir = dataDir): DataDirLock {
  const file = lockFileFor(dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx': create exclusively; the operating system arbitrates between racing processes.
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      return {
        file,
        release() {
          if (released) return;
          released = true;
          if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = readHolder(file);
    if (!holder) {
      // Perhaps another process created it a moment ago and is still writing its pid.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
      holder = readHolder(file);
    }
    if (holder && holder.pid !== process.pid && holder.host === hostname() && isAlive(holder.pid)) {
      throw new DataDirInUseError(displayDir, holder.pid);
    }
    if (holder && holder.host !== hostname()) throw new DataDirInUseError(displayDir, holder.pid);
    if (holder?.pid === process.pid) throw new Error(`${displayDir} is already open in this process`);
    // The holder is gone (or the file is garbage): remove the stale lock and try again.
    rmSync(file, { force: true });
  }
  throw new Error(`could not lock ${displayDir}: the lock file ${file} keeps reappearing`);
}
