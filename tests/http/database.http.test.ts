/**
 * The embedded database under a real server: every acknowledged save survives
 * a kill -9 mid-burst, the stale lock left by the killed server is taken over
 * on restart, and a second server on the same directory is refused.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { STATUS_QUO } from '@/server/model/assumptions';
import { ServerStartError, startBuiltServer, type BuiltServer } from '../../scripts/lib/built-server';
import { adminSession } from '../../scripts/lib/session';

const root = mkdtempSync(path.join(tmpdir(), 'peninsula-durability-'));
const dataDir = path.join(root, 'data');
const started: BuiltServer[] = [];
/** The server holding dataDir now, if any. */
let holder: BuiltServer | null = null;
afterAll(async () => {
  for (const server of started) await server.stop();
  rmSync(root, { recursive: true, force: true });
});

/** The test admin's session; it lives in the database, so it survives the restart. */
let cookie = '';

async function start(): Promise<BuiltServer> {
  const server = await startBuiltServer({ DATA_DIR: dataDir }, 60_000);
  started.push(server);
  holder = server;
  cookie = await adminSession(server.baseUrl);
  return server;
}

async function create(baseUrl: string, n: number): Promise<{ id: string; n: number }> {
  const res = await fetch(`${baseUrl}/api/trpc/scenarios.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, cookie },
    body: JSON.stringify({ name: `Burst ${n}`, tags: ['burst'], assumptions: { ...STATUS_QUO, exerciseScale: n % 101 }, horizonMonths: 12 }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body = (await res.json()) as { result: { data: { id: string } } };
  return { id: body.result.data.id, n };
}

describe('the embedded database', () => {
  test('keeps every acknowledged save through a kill -9 in the middle of a burst', async () => {
    const first = await start();
    const acknowledged: { id: string; n: number }[] = [];
    let next = 0;
    let killed = false;
    // Four writers in parallel; the server is killed once 40 saves are acknowledged,
    // with more still in flight.
    const writer = async () => {
      while (!killed) {
        const n = next++;
        try {
          acknowledged.push(await create(first.baseUrl, n));
        } catch {
          return; // refused or cut off by the kill: not acknowledged, so no promise was made
        }
        if (acknowledged.length >= 40 && !killed) {
          killed = true;
          holder = null;
          await first.kill();
        }
      }
    };
    await Promise.all([writer(), writer(), writer(), writer()]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    const second = await start();
    const res = await fetch(`${second.baseUrl}/api/trpc/scenarios.list?input=${encodeURIComponent(JSON.stringify({ tag: 'burst' }))}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const stored = ((await res.json()) as { result: { data: { id: string; name: string }[] } }).result.data;
    const byId = new Map(stored.map((s) => [s.id, s.name]));
    const lost = acknowledged.filter((a) => byId.get(a.id) !== `Burst ${a.n}`);
    expect(lost, 'acknowledged saves missing after the restart').toEqual([]);
    // The restarted server keeps working: it can write too.
    await expect(create(second.baseUrl, 999)).resolves.toMatchObject({ n: 999 });
  }, 120_000);

  test('refuses a second server on the same data directory, naming it', async () => {
    holder ??= await start();
    const error = await startBuiltServer({ DATA_DIR: dataDir }, 60_000).then(
      (server) => {
        started.push(server);
        return null;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ServerStartError);
    expect((error as ServerStartError).stderr).toContain(`another Peninsula Outlook server is using ${dataDir}`);
    // A clean stop gives the directory back: no lock file is left behind.
    await holder.stop();
    holder = null;
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  }, 120_000);
});
