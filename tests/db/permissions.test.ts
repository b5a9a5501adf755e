/**
 * Who may do what with a saved scenario, through createCaller on each backend: the owner
 * everything; an editor reads and saves; a viewer reads and copies; a stranger (even an
 * administrator) finds nothing at all: every procedure answers NOT_FOUND, as for a scenario
 * that never existed, and lists and exports leave it out.
 */
import { TRPCError } from '@trpc/server';
import { beforeEach, expect, it } from 'vitest';
import { createCaller } from '@/server/api/root';
import { createContext, type User } from '@/server/api/trpc';
import { STATUS_QUO, type Assumptions } from '@/server/model/assumptions';
import { insertUsers, OTHER_USER, TEST_USER, THIRD_USER } from '../support/users';
import { describeEachBackend } from './backends';

const assumptions: Assumptions = { ...STATUS_QUO, sanctionsLifted: [] };
const content = { name: 'Private talks', description: 'Only for the desk', tags: ['desk'], assumptions, horizonMonths: 12 };

async function codeOf(promise: Promise<unknown>): Promise<TRPCError['code'] | 'OK'> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describeEachBackend('scenario permissions', (db) => {
  const as = (user: User) => createCaller(createContext({ database: async () => db(), user }));
  const owner = () => as(TEST_USER);
  const other = () => as(OTHER_USER);
  beforeEach(() => insertUsers(db(), TEST_USER, OTHER_USER, THIRD_USER));

  it('a stranger, administrator or not, finds nothing: every read and write is NOT_FOUND, lists and exports leave it out', async () => {
    const mine = await owner().scenarios.create(content);
    const { token } = await owner().shares.create({ scenarioId: mine.id });
    const theirs = await other().scenarios.create({ ...content, name: 'Theirs' });
    // OTHER_USER is a plain user; TEST_USER an administrator: neither sees the other's.
    for (const [stranger, id] of [[other(), mine.id], [owner(), theirs.id]] as const) {
      const calls = {
        get: stranger.scenarios.get({ id }),
        getMany: stranger.scenarios.getMany({ ids: [id, id === mine.id ? theirs.id : mine.id] }),
        versions: stranger.scenarios.versions({ id }),
        save: stranger.scenarios.save({ id, baseVersion: 1, ...content }),
        rename: stranger.scenarios.rename({ id, baseVersion: 1, name: 'Mine now' }),
        restoreVersion: stranger.scenarios.restoreVersion({ id, baseVersion: 1, version: 1 }),
        duplicate: stranger.scenarios.duplicate({ id }),
        delete: stranger.scenarios.delete({ id }),
        undelete: stranger.scenarios.undelete({ id }),
        export: stranger.scenarios.export({ ids: [id] }),
        sharesList: stranger.shares.list({ scenarioId: id }),
        sharesCreate: stranger.shares.create({ scenarioId: id }),
        membersList: stranger.members.list({ scenarioId: id }),
        membersAdd: stranger.members.add({ scenarioId: id, email: THIRD_USER.email, role: 'editor' }),
      };
      const codes = Object.fromEntries(await Promise.all(Object.entries(calls).map(async ([name, call]) => [name, await codeOf(call)])));
      expect(codes).toEqual(Object.fromEntries(Object.keys(calls).map((name) => [name, 'NOT_FOUND'])));
    }
    // The same words as for a scenario that does not exist: nothing tells "hidden" from "missing".
    const hidden = await other().scenarios.get({ id: mine.id }).catch((e: TRPCError) => e.message);
    const missing = await other().scenarios.get({ id: '00000000-0000-4000-8000-000000000000' }).catch((e: TRPCError) => e.message);
    expect(hidden).toBe(missing);
    expect(await codeOf(other().shares.revoke({ token }))).toBe('NOT_FOUND');
    expect(await codeOf(owner().shared.get({ token }))).toBe('OK'); // the link itself still works
    expect((await other().scenarios.list({})).map((s) => s.name)).toEqual(['Theirs']);
    expect((await other().scenarios.export({})).scenarios.map((s) => s.name)).toEqual(['Theirs']);
    expect(await other().scenarios.tags()).toEqual([{ tag: 'desk', count: 1 }]);
    // Nothing changed for the owner.
    expect(await owner().scenarios.get({ id: mine.id })).toMatchObject({ scenario: { name: 'Private talks', version: 1, deletedAt: null, access: 'owner' } });
  });

  it('a viewer reads, compares, exports and copies, but cannot save, rename, restore, delete or share', async () => {
    const mine = await owner().scenarios.create(content);
    const second = await owner().scenarios.create({ ...content, name: 'Second' });
    await owner().members.add({ scenarioId: mine.id, email: OTHER_USER.email, role: 'viewer' });
    await owner().members.add({ scenarioId: second.id, email: OTHER_USER.email.toUpperCase(), role: 'viewer' });

    const seen = await other().scenarios.get({ id: mine.id });
    expect(seen.scenario).toMatchObject({ name: 'Private talks', access: 'viewer', ownerName: TEST_USER.name });
    expect((await other().scenarios.getMany({ ids: [second.id, mine.id] })).map((s) => s.name)).toEqual(['Second', 'Private talks']);
    expect((await other().scenarios.export({ ids: [mine.id] })).scenarios).toHaveLength(1);
    expect((await other().scenarios.versions({ id: mine.id })).map((v) => v.savedBy)).toEqual([TEST_USER.name]);
    expect((await other().members.list({ scenarioId: mine.id })).members.map((m) => [m.name, m.role])).toEqual([[OTHER_USER.name, 'viewer']]);

    const writes = {
      save: other().scenarios.save({ id: mine.id, baseVersion: 1, ...content, name: 'Changed' }),
      rename: other().scenarios.rename({ id: mine.id, baseVersion: 1, name: 'Changed' }),
      restoreVersion: other().scenarios.restoreVersion({ id: mine.id, baseVersion: 1, version: 1 }),
      delete: other().scenarios.delete({ id: mine.id }),
      sharesCreate: other().shares.create({ scenarioId: mine.id }),
      sharesList: other().shares.list({ scenarioId: mine.id }),
      membersAdd: other().members.add({ scenarioId: mine.id, email: THIRD_USER.email, role: 'viewer' }),
      membersRemoveOwner: other().members.remove({ scenarioId: mine.id, userId: TEST_USER.id }),
    };
    const codes = Object.fromEntries(await Promise.all(Object.entries(writes).map(async ([name, call]) => [name, await codeOf(call)])));
    expect(codes).toEqual(Object.fromEntries(Object.keys(writes).map((name) => [name, 'FORBIDDEN'])));
    expect(await other().scenarios.save({ id: mine.id, baseVersion: 1, ...content }).catch((e: TRPCError) => e.message)).toMatch(/view this scenario but not change it/);
    expect((await owner().scenarios.get({ id: mine.id })).scenario).toMatchObject({ name: 'Private talks', version: 1 });

    // A copy is the viewer's own, to change at will.
    const copy = await other().scenarios.duplicate({ id: mine.id });
    expect(copy).toMatchObject({ access: 'owner', ownerName: OTHER_USER.name, name: 'Private talks (copy)' });
    expect(await codeOf(owner().scenarios.get({ id: copy.id }))).toBe('NOT_FOUND');

    // "Shared with me" and "mine" split the list.
    expect((await other().scenarios.list({ whose: 'shared', sort: 'name' })).map((s) => [s.name, s.access])).toEqual([['Private talks', 'viewer'], ['Second', 'viewer']]);
    expect((await other().scenarios.list({ whose: 'mine' })).map((s) => s.name)).toEqual(['Private talks (copy)']);
    expect((await owner().scenarios.list({ whose: 'shared' }))).toEqual([]);
  });

  it('an editor saves, renames and restores (history says who), but cannot delete or share', async () => {
    const mine = await owner().scenarios.create(content);
    await owner().members.add({ scenarioId: mine.id, email: OTHER_USER.email, role: 'editor' });
    const saved = await other().scenarios.save({ id: mine.id, baseVersion: 1, ...content, horizonMonths: 24 });
    expect(saved).toMatchObject({ version: 2, horizonMonths: 24, access: 'editor' });
    await other().scenarios.rename({ id: mine.id, baseVersion: 2, name: 'Renamed by the editor' });
    await owner().scenarios.restoreVersion({ id: mine.id, baseVersion: 3, version: 1 });
    expect((await owner().scenarios.versions({ id: mine.id })).map((v) => [v.version, v.note, v.savedBy])).toEqual([
      [4, 'restored version 1', TEST_USER.name],
      [3, 'renamed', OTHER_USER.name],
      [2, 'saved', OTHER_USER.name],
      [1, 'created', TEST_USER.name],
    ]);
    // A stale save from the editor is still a conflict (access is checked first, then the version).
    expect(await codeOf(other().scenarios.save({ id: mine.id, baseVersion: 1, ...content }))).toBe('CONFLICT');
    expect(await codeOf(other().scenarios.delete({ id: mine.id }))).toBe('FORBIDDEN');
    expect(await codeOf(other().shares.create({ scenarioId: mine.id }))).toBe('FORBIDDEN');
    expect(await codeOf(other().members.add({ scenarioId: mine.id, email: THIRD_USER.email, role: 'editor' }))).toBe('FORBIDDEN');
  });

  it('the owner changes a role and removes a member; a member may leave; access ends at once', async () => {
    const mine = await owner().scenarios.create(content);
    const third = () => as(THIRD_USER);
    await owner().members.add({ scenarioId: mine.id, email: OTHER_USER.email, role: 'viewer' });
    await owner().members.add({ scenarioId: mine.id, email: THIRD_USER.email, role: 'viewer' });
    expect(await codeOf(other().scenarios.save({ id: mine.id, baseVersion: 1, ...content }))).toBe('FORBIDDEN');
    const people = await owner().members.add({ scenarioId: mine.id, email: OTHER_USER.email, role: 'editor' });
    expect(people.owner).toMatchObject({ name: TEST_USER.name, email: TEST_USER.email });
    expect(people.members.map((m) => [m.name, m.role])).toEqual([[OTHER_USER.name, 'editor'], [THIRD_USER.name, 'viewer']]);
    expect(await codeOf(other().scenarios.save({ id: mine.id, baseVersion: 1, ...content }))).toBe('OK');

    const after = await owner().members.remove({ scenarioId: mine.id, userId: OTHER_USER.id });
    expect(after?.members.map((m) => m.name)).toEqual([THIRD_USER.name]);
    expect(await codeOf(other().scenarios.get({ id: mine.id }))).toBe('NOT_FOUND');
    expect(await third().members.remove({ scenarioId: mine.id, userId: THIRD_USER.id })).toBeNull();
    expect(await codeOf(third().scenarios.get({ id: mine.id }))).toBe('NOT_FOUND');
    expect((await owner().members.list({ scenarioId: mine.id })).members).toEqual([]);
  });

  it('sharing names an existing account, never the owner; a deleted scenario is the owner’s alone', async () => {
    const mine = await owner().scenarios.create(content);
    const unknown = await owner().members.add({ scenarioId: mine.id, email: 'nobody@peninsula.test', role: 'viewer' }).catch((e: TRPCError) => e);
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/No account has this email address/) });
    expect(await codeOf(owner().members.add({ scenarioId: mine.id, email: TEST_USER.email, role: 'viewer' }))).toBe('BAD_REQUEST');
    expect(await codeOf(owner().members.add({ scenarioId: mine.id, email: OTHER_USER.email, role: 'owner' as never }))).toBe('BAD_REQUEST');

    await owner().members.add({ scenarioId: mine.id, email: OTHER_USER.email, role: 'editor' });
    await owner().scenarios.delete({ id: mine.id });
    expect(await codeOf(other().scenarios.get({ id: mine.id }))).toBe('NOT_FOUND');
    expect(await other().scenarios.list({ deleted: true })).toEqual([]);
    expect(await codeOf(other().scenarios.undelete({ id: mine.id }))).toBe('NOT_FOUND');
    expect((await owner().scenarios.list({ deleted: true })).map((s) => s.name)).toEqual(['Private talks']);
    await owner().scenarios.undelete({ id: mine.id });
    expect((await other().scenarios.get({ id: mine.id })).scenario.access).toBe('editor');
  });
});
