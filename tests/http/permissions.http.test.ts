/**
 * Permissions over HTTP, as two real users of the built server: a stranger finds another
 * user's scenario nowhere (tRPC, pages, PowerPoint, PDF, compare, present, dashboard link),
 * in the same words as a scenario that never existed; shared as a viewer they read it but
 * a save is 403 in words; as an editor they save, and the history names them.
 */
import { beforeAll, expect, inject, test } from 'vitest';
import { userSession } from '@/scripts/lib/session';
import { STATUS_QUO } from '@/server/model/assumptions';

const base = inject('baseUrl');
const adminCookie = inject('sessionCookie');
const run = Math.random().toString(36).slice(2, 8);
const stranger = { name: `Stranger ${run}`, email: `stranger-${run}@example.org`, password: 'stranger password 1' };
const secretName = `Private desk scenario ${run}`;
const content = { name: secretName, description: 'Not for everyone', tags: [`desk-${run}`], assumptions: { ...STATUS_QUO, sanctionsLifted: [] }, horizonMonths: 12 };
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

let strangerCookie = '';
let scenarioId = '';
let otherId = '';

interface TrpcAnswer {
  status: number;
  message?: string;
  data?: unknown;
}

async function call(cookie: string, path: string, input: unknown, method: 'GET' | 'POST' = 'GET'): Promise<TrpcAnswer> {
  const url = method === 'GET' ? `${base}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}` : `${base}/api/trpc/${path}`;
  const res = await fetch(url, {
    method,
    headers: { cookie, origin: base, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
    ...(method === 'POST' ? { body: JSON.stringify(input) } : {}),
  });
  const body = (await res.json()) as { result?: { data: unknown }; error?: { message: string } };
  return { status: res.status, message: body.error?.message, data: body.result?.data };
}

beforeAll(async () => {
  strangerCookie = await userSession(base, adminCookie, stranger);
  const created = await call(adminCookie, 'scenarios.create', content, 'POST');
  const other = await call(adminCookie, 'scenarios.create', { ...content, name: `${secretName} (second)` }, 'POST');
  expect([created.status, other.status]).toEqual([200, 200]);
  scenarioId = (created.data as { id: string }).id;
  otherId = (other.data as { id: string }).id;
});

test('a stranger finds the scenario nowhere, in the same words as one that does not exist', async () => {
  const hidden = await call(strangerCookie, 'scenarios.get', { id: scenarioId });
  const missing = await call(strangerCookie, 'scenarios.get', { id: MISSING_ID });
  expect(hidden.status).toBe(404);
  expect(hidden.message).toBe(missing.message);
  expect((await call(strangerCookie, 'scenarios.getMany', { ids: [scenarioId, otherId] })).status).toBe(404);
  expect((await call(strangerCookie, 'scenarios.versions', { id: scenarioId })).status).toBe(404);
  expect((await call(strangerCookie, 'scenarios.save', { id: scenarioId, baseVersion: 1, ...content, name: 'Taken' }, 'POST')).status).toBe(404);
  expect((await call(strangerCookie, 'scenarios.delete', { id: scenarioId }, 'POST')).status).toBe(404);
  expect((await call(strangerCookie, 'shares.create', { scenarioId }, 'POST')).status).toBe(404);
  expect((await call(strangerCookie, 'members.add', { scenarioId, email: stranger.email, role: 'editor' }, 'POST')).status).toBe(404);

  const list = await call(strangerCookie, 'scenarios.list', {});
  expect(JSON.stringify(list.data)).not.toContain(secretName);
  const exported = await call(strangerCookie, 'scenarios.export', {});
  expect(exported.status).toBe(200);
  expect(JSON.stringify(exported.data)).not.toContain(secretName);
  expect(JSON.stringify((await call(strangerCookie, 'scenarios.tags', undefined)).data)).not.toContain(`desk-${run}`);

  // The pages and briefings: nothing of the scenario in any of them.
  const get = (path: string) => fetch(`${base}${path}`, { headers: { cookie: strangerCookie }, redirect: 'manual' });
  for (const path of [`/scenarios/${scenarioId}`, `/?scenario=${scenarioId}`, `/compare?ids=${scenarioId},${otherId}`, `/present/${scenarioId}`, `/he/scenarios/${scenarioId}`]) {
    const res = await get(path);
    expect(res.status, path).toBeLessThan(500);
    expect(await res.text(), path).not.toContain(secretName);
  }
  expect((await get(`/scenarios/${scenarioId}`)).status).toBe(404);
  expect((await get(`/api/briefing/pptx?scenario=${scenarioId}`)).status).toBe(404);
  expect((await get(`/api/briefing/pdf?scenario=${scenarioId}`)).status).toBe(404);
  // The owner, meanwhile, gets it.
  expect((await fetch(`${base}/api/briefing/pptx?scenario=${scenarioId}`, { headers: { cookie: adminCookie } })).status).toBe(200);
});

test('shared as a viewer: read, compare and copy; a save is 403 in words; as an editor the save lands with their name', async () => {
  const shared = await call(adminCookie, 'members.add', { scenarioId, email: stranger.email.toUpperCase(), role: 'viewer' }, 'POST');
  expect(shared.status).toBe(200);
  const seen = await call(strangerCookie, 'scenarios.get', { id: scenarioId });
  expect(seen.data).toMatchObject({ scenario: { name: secretName, access: 'viewer', ownerName: 'Test Admin' } });
  expect((await call(strangerCookie, 'scenarios.list', { whose: 'shared' })).data).toEqual([expect.objectContaining({ id: scenarioId, access: 'viewer' })]);

  const refused = await call(strangerCookie, 'scenarios.save', { id: scenarioId, baseVersion: 1, ...content, horizonMonths: 24 }, 'POST');
  expect(refused).toMatchObject({ status: 403, message: expect.stringMatching(/can view this scenario but not change it/) });
  const heRefused = await fetch(`${base}/api/trpc/scenarios.rename`, {
    method: 'POST',
    headers: { cookie: strangerCookie, origin: base, 'content-type': 'application/json', 'x-locale': 'he' },
    body: JSON.stringify({ id: scenarioId, baseVersion: 1, name: 'x' }),
  });
  expect(heRefused.status).toBe(403);
  expect(((await heRefused.json()) as { error: { message: string } }).error.message).toMatch(/[\u0590-\u05FF]/);
  const page = await fetch(`${base}/scenarios/${scenarioId}`, { headers: { cookie: strangerCookie } });
  expect(page.status).toBe(200);
  expect(await page.text()).toContain(secretName);
  expect((await fetch(`${base}/api/briefing/pptx?scenario=${scenarioId}`, { headers: { cookie: strangerCookie } })).status).toBe(200);

  await call(adminCookie, 'members.add', { scenarioId, email: stranger.email, role: 'editor' }, 'POST');
  const saved = await call(strangerCookie, 'scenarios.save', { id: scenarioId, baseVersion: 1, ...content, horizonMonths: 24 }, 'POST');
  expect(saved).toMatchObject({ status: 200, data: { version: 2, access: 'editor' } });
  const versions = (await call(adminCookie, 'scenarios.versions', { id: scenarioId })).data as { version: number; savedBy: string | null }[];
  expect(versions.map((v) => [v.version, v.savedBy])).toEqual([[2, stranger.name], [1, 'Test Admin']]);
  expect((await call(strangerCookie, 'scenarios.delete', { id: scenarioId }, 'POST')).status).toBe(403);
});
