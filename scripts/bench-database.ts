/**
 * Saved scenarios (part of `npm run bench`): save and list timings on the
 * embedded PGlite default, in process (the repository alone) and over HTTP
 * against the built server (route, validation and serialisation included).
 * Targets: save p95 ≤ 30 ms; listing 1,000 scenarios ≤ 50 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../server/db/client';
import * as repo from '../server/db/scenarios';
import { users } from '../server/db/schema';
import { STATUS_QUO } from '../server/model/assumptions';
import { report } from './lib/timing';

const LIST_SIZE = 1000;
const SAVES = 200;

const content = (n: number) => ({
  name: `Bench scenario ${n}`,
  description: 'A scenario written by the benchmark, with a description of ordinary length for a list row.',
  tags: ['bench', `group-${n % 10}`],
  assumptions: { ...STATUS_QUO, sanctionsLifted: [], exerciseScale: n % 101 },
  horizonMonths: 12,
});

async function timed(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function benchDatabaseInProcess(): Promise<void> {
  console.log(`\nSaved scenarios, in process on PGlite (data directory on disk; targets: save p95 ≤ 30 ms, list of ${LIST_SIZE} ≤ 50 ms)`);
  const dir = mkdtempSync(path.join(tmpdir(), 'peninsula-bench-'));
  const opened = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') });
  try {
    const { db } = opened;
    // Scenarios are owned: a user to own them (as the setup page makes one).
    const owner = { id: 'bench-user' };
    await db.insert(users).values({ id: owner.id, name: 'Bench', email: 'bench@peninsula.test', role: 'admin' });
    report('  create a scenario (new, with its version row)', await timed(SAVES, (i) => repo.createScenario(db, owner, content(i))));
    const target = await repo.createScenario(db, owner, content(0));
    report('  save a new version over the open one', await timed(SAVES, (i) => repo.saveScenario(db, owner, target.id, i + 1, content(i + 1))));
    const have = (await repo.listScenarios(db, owner, { sort: 'updated', deleted: false, whose: 'all' })).length;
    for (let n = have; n < LIST_SIZE; n++) await repo.createScenario(db, owner, content(n));
    const input = { sort: 'updated', deleted: false, whose: 'all' } as const;
    for (let i = 0; i < 3; i++) await repo.listScenarios(db, owner, input);
    report(`  list ${LIST_SIZE} scenarios, newest first`, await timed(30, () => repo.listScenarios(db, owner, input)));
    report(`  search ${LIST_SIZE} scenarios ("group-3")`, await timed(30, () => repo.listScenarios(db, owner, { ...input, search: 'group-3' })));
  } finally {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchDatabaseHttp(baseUrl: string, cookie: string): Promise<void> {
  console.log(`\nSaved scenarios over HTTP against the built server (PGlite, loopback, sequential, signed in)`);
  const post = async (procedure: string, input: unknown) => {
    const res = await fetch(`${baseUrl}/api/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl, cookie },
      body: JSON.stringify(input),
    });
    if (!res.ok) throw new Error(`${procedure} answered ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { result: { data: { id: string; version: number } } }).result.data;
  };
  const created = await post('scenarios.create', content(0));
  let version = created.version;
  report('  POST scenarios.save (new version)', await timed(SAVES, async (i) => {
    version = (await post('scenarios.save', { ...content(i + 1), id: created.id, baseVersion: version })).version;
  }));
  const list = async () => {
    const res = await fetch(`${baseUrl}/api/trpc/scenarios.list`, { headers: { cookie } });
    const rows = ((await res.json()) as { result: { data: unknown[] } }).result.data;
    return rows.length;
  };
  let count = await list();
  for (; count < LIST_SIZE; count++) await post('scenarios.create', content(count));
  for (let i = 0; i < 3; i++) await list();
  report(`  GET scenarios.list, ${count} scenarios`, await timed(30, list));
}
