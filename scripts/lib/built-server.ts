/**
 * Serves the production build (`next start`) on a free loopback port, for the
 * HTTP tests and the benchmarks. Fails fast when there is no build.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The build directory; next.config.js reads the same variable, and the child inherits it. */
export const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';

export interface BuiltServer {
  baseUrl: string;
  /** SIGTERM (then SIGKILL after 5 s); removes the server's own temporary database. */
  stop(): Promise<void>;
  /** SIGKILL at once, as a crash would; the database directory is left for a restart. */
  kill(): Promise<void>;
}

/** `next start` exited before answering; `stderr` is what it printed. */
export class ServerStartError extends Error {
  constructor(message: string, readonly stderr: string) {
    super(`${message}${stderr ? `:\n${stderr.trim()}` : ''}`);
    this.name = 'ServerStartError';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Unless `env` names a database (DATA_DIR or DATABASE_URL), the server gets its own
 * new embedded database in a temporary directory, removed when it stops: tests
 * never touch ./data, and servers started side by side never share a directory.
 */
export async function startBuiltServer(env: Record<string, string> = {}, timeoutMs = 30_000): Promise<BuiltServer> {
  if (!existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) {
    throw new Error(`No production build in ${DIST_DIR}/: run \`npm test\` (which builds) or \`npm run build\` first.`);
  }
  const ownDataDir = env.DATA_DIR || env.DATABASE_URL ? null : mkdtempSync(path.join(tmpdir(), 'peninsula-test-db-'));
  const removeOwnDataDir = () => {
    if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
  };
  const port = await freePort();
  // "localhost", not 127.0.0.1: started with a literal loopback address, Next mistakes the
  // proxy's locale rewrites for external ones and loops (vercel/next.js#94745).
  const baseUrl = `http://localhost:${port}`;
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', String(port), '--hostname', 'localhost'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      ...(ownDataDir ? { DATA_DIR: path.join(ownDataDir, 'data'), DATABASE_URL: '' } : {}),
      ...env,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  // 'close' comes after the output streams have ended: all of stderr has arrived.
  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  const running = () => server.exitCode === null && server.signalCode === null;
  const stop = async () => {
    if (running()) {
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    removeOwnDataDir();
  };
  const kill = async () => {
    if (running()) {
      server.kill('SIGKILL');
      await exited;
    }
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running()) {
      await closed;
      removeOwnDataDir();
      throw new ServerStartError(`next start exited early with code ${server.exitCode}`, stderr);
    }
    try {
      if ((await fetch(`${baseUrl}/api/trpc/model.describe`)).ok) return { baseUrl, stop, kill };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await kill();
  removeOwnDataDir();
  throw new ServerStartError(`next start did not answer within ${timeoutMs} ms`, stderr);
}
