/** Read-only share links on each backend, through the routers (createCaller). */
import { insertUsers, TEST_USER } from '../support/users';
import { TRPCError } from '@trpc/server';
import { beforeEach, expect, it } from 'vitest';
import { appRouter, createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { STATUS_QUO, type Assumptions } from '@/server/model/assumptions';
import { describeEachBackend } from './backends';

const assumptions: Assumptions = { ...STATUS_QUO, sanctionsLifted: [], exerciseScale: 15 };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  return 'OK';
}

describeEachBackend('share links', (db) => {
  beforeEach(() => insertUsers(db(), TEST_USER));
  const caller = () => createCaller(createContext({ database: async () => db(), user: TEST_USER }));

  it('issues unguessable tokens that resolve to the content, without the scenario id', async () => {
    const scenario = await caller().scenarios.create({ name: 'Shared', description: 'For the ministry', assumptions, horizonMonths: 18 });
    const a = await caller().shares.create({ scenarioId: scenario.id });
    const b = await caller().shares.create({ scenarioId: scenario.id });
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    const shared = await caller().shared.get({ token: a.token });
    expect(shared).toMatchObject({ name: 'Shared', description: 'For the ministry', horizonMonths: 18, assumptions });
    expect(JSON.stringify(shared)).not.toContain(scenario.id);
    expect(shared).not.toHaveProperty('version');
    expect((await caller().shares.list({ scenarioId: scenario.id })).map((l) => l.token).sort()).toEqual([a.token, b.token].sort());
  });

  it('stops resolving a revoked link, and any link of a deleted scenario, and lists the revocation', async () => {
    const scenario = await caller().scenarios.create({ name: 'Revoke me', assumptions, horizonMonths: 12 });
    const link = await caller().shares.create({ scenarioId: scenario.id });
    const other = await caller().shares.create({ scenarioId: scenario.id });
    const revoked = await caller().shares.revoke({ token: link.token });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await codeOf(caller().shared.get({ token: link.token }))).toBe('NOT_FOUND');
    expect((await caller().shares.list({ scenarioId: scenario.id })).find((l) => l.token === link.token)?.revokedAt).toBe(revoked.revokedAt);
    expect(await codeOf(caller().shared.get({ token: other.token }))).toBe('OK');
    await caller().scenarios.delete({ id: scenario.id });
    expect(await codeOf(caller().shared.get({ token: other.token }))).toBe('NOT_FOUND');
    await caller().scenarios.undelete({ id: scenario.id });
    expect(await codeOf(caller().shared.get({ token: other.token }))).toBe('OK');
  });

  it('refuses unknown and malformed tokens, and links to missing scenarios', async () => {
    expect(await codeOf(caller().shared.get({ token: 'A'.repeat(43) }))).toBe('NOT_FOUND');
    expect(await codeOf(caller().shared.get({ token: 'short' }))).toBe('BAD_REQUEST');
    expect(await codeOf(caller().shares.revoke({ token: 'B'.repeat(43) }))).toBe('NOT_FOUND');
    expect(await codeOf(caller().shares.create({ scenarioId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('gives a token no way to write: every write needs the scenario id, which a token never reveals', async () => {
    const scenario = await caller().scenarios.create({ name: 'Untouchable', assumptions, horizonMonths: 12 });
    const { token } = await caller().shares.create({ scenarioId: scenario.id });
    const writes = [
      caller().scenarios.save({ id: token as never, baseVersion: 1, name: 'Hacked', assumptions, horizonMonths: 12 }),
      caller().scenarios.rename({ id: token as never, baseVersion: 1, name: 'Hacked' }),
      caller().scenarios.delete({ id: token as never }),
      caller().scenarios.restoreVersion({ id: token as never, baseVersion: 1, version: 1 }),
    ];
    for (const write of writes) expect(await codeOf(write)).toBe('BAD_REQUEST');
    // What a token can reach at all: one read.
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
    expect(Object.keys(procedures).filter((path) => path.startsWith('shared.'))).toEqual(['shared.get']);
    expect(procedures['shared.get']?._def.type).toBe('query');
    expect((await caller().scenarios.get({ id: scenario.id })).scenario).toMatchObject({ name: 'Untouchable', version: 1 });
  });
});
