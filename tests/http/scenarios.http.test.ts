/** Saved scenarios over real HTTP: status codes, messages, the guards, parallel and stale saves, large imports. */
import { describe, expect, inject, test } from 'vitest';
import { MAX_BODY_BYTES, MAX_IMPORT_BYTES } from '@/server/api/limits';
import { STATUS_QUO } from '@/server/model/assumptions';

const base = inject('baseUrl');
const endpoint = `${base}/api/trpc`;
const run = Math.random().toString(36).slice(2, 8); // the database is shared with other test files

const scenario = (name: string, exerciseScale = 60) => ({ name, tags: [`http-${run}`], assumptions: { ...STATUS_QUO, exerciseScale }, horizonMonths: 12 });

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${endpoint}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const get = (path: string, input: unknown) => fetch(`${endpoint}/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);

interface Ok<T> { result: { data: T } }
interface Err { error: { message: string; data: { code: string; httpStatus: number } } }
interface Saved { id: string; name: string; version: number; assumptions: { exerciseScale: number } }

describe('scenarios over HTTP', () => {
  test('create → 200 with the stored scenario; invalid fields → 400 naming them', async () => {
    const ok = await post('scenarios.create', scenario(`  Created ${run}  `));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as Ok<Saved>).result.data).toMatchObject({ name: `Created ${run}`, version: 1 });

    const bad = await post('scenarios.create', { ...scenario('x'.repeat(121)), tags: ['t'.repeat(40)] });
    expect(bad.status).toBe(400);
    const { error } = (await bad.json()) as Err;
    expect(error.message).toMatch(/name: name must be at most 120 characters/);
    expect(error.message).toMatch(/tags\.0: a tag must be at most 32 characters/);
  });

  test('unknown scenario → 404 with words; a stale save → 409 that says what to do', async () => {
    const missing = await get('scenarios.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as Err).error.message).toMatch(/No such scenario/);

    const created = ((await (await post('scenarios.create', scenario(`Stale ${run}`))).json()) as Ok<Saved>).result.data;
    expect((await post('scenarios.save', { ...scenario(`Stale ${run}`, 10), id: created.id, baseVersion: 1 })).status).toBe(200);
    const stale = await post('scenarios.save', { ...scenario(`Stale ${run}`, 90), id: created.id, baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as Err).error.message).toMatch(/Reload it to see the latest, or save your changes as a copy/);
    const latest = ((await (await get('scenarios.get', { id: created.id })).json()) as Ok<{ scenario: Saved }>).result.data.scenario;
    expect(latest).toMatchObject({ version: 2, assumptions: { exerciseScale: 10 } });
  });

  test('50 parallel saves → 50 scenarios, each with its own content', async () => {
    const tag = `parallel-${run}`;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => post('scenarios.create', { ...scenario(`Parallel ${i}`, i), tags: [tag] })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    const listed = ((await (await get('scenarios.list', { tag })).json()) as Ok<{ id: string; name: string }[]>).result.data;
    expect(listed).toHaveLength(50);
    for (const { id, name } of listed) {
      const stored = ((await (await get('scenarios.get', { id })).json()) as Ok<{ scenario: Saved }>).result.data.scenario;
      expect(stored.assumptions.exerciseScale).toBe(Number(name.replace('Parallel ', '')));
    }
  });

  test('mutations refuse cross-site and form posts', async () => {
    expect((await post('scenarios.create', scenario('Cross'), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post('scenarios.create', scenario('Cross'), { origin: '', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const form = await fetch(`${endpoint}/scenarios.create`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base }, body: 'name=x' });
    expect(form.status).toBe(415);
  });

  test('a share token reads the content and nothing else: no id, no write, and not after revocation', async () => {
    const created = ((await (await post('scenarios.create', scenario(`Token ${run}`))).json()) as Ok<Saved>).result.data;
    const { token } = ((await (await post('shares.create', { scenarioId: created.id })).json()) as Ok<{ token: string }>).result.data;
    const shared = await get('shared.get', { token });
    expect(shared.status).toBe(200);
    expect(await shared.text()).not.toContain(created.id);
    for (const [path, input] of [
      ['scenarios.save', { ...scenario('Hacked'), id: token, baseVersion: 1 }],
      ['scenarios.rename', { id: token, baseVersion: 1, name: 'Hacked' }],
      ['scenarios.delete', { id: token }],
      ['shared.get', { token }],
    ] as const) {
      const res = await post(path, input);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
    expect((await post('shares.revoke', { token })).status).toBe(200);
    expect((await get('shared.get', { token })).status).toBe(404);
    const stored = ((await (await get('scenarios.get', { id: created.id })).json()) as Ok<{ scenario: Saved }>).result.data.scenario;
    expect(stored).toMatchObject({ name: `Token ${run}`, version: 1 });
  });

  describe('import size', () => {
    const file = (count: number) => ({
      format: 'peninsula-outlook/scenarios',
      formatVersion: 1,
      scenarios: Array.from({ length: count }, (_, i) => ({ ...scenario(`Imported ${i}`), tags: [`import-${run}`], description: 'd'.repeat(400) })),
    });

    test('a file over the 64 KB request cap imports when sent alone', async () => {
      const body = JSON.stringify({ file: file(200) });
      expect(body.length).toBeGreaterThan(MAX_BODY_BYTES);
      const res = await post('scenarios.import', body);
      expect(res.status).toBe(200);
      expect(((await res.json()) as Ok<unknown[]>).result.data).toHaveLength(200);
    });

    test('the same file inside a batch → 413, and a file over the import cap → 413', async () => {
      const batched = await post('scenarios.import,scenarios.tags?batch=1', JSON.stringify({ 0: { file: file(200) } }));
      expect(batched.status).toBe(413);
      const huge = JSON.stringify({ file: file(5000) });
      expect(huge.length).toBeGreaterThan(MAX_IMPORT_BYTES);
      expect((await post('scenarios.import', huge)).status).toBe(413);
    });
  });
});
