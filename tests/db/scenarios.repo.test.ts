import { beforeEach, expect, it } from 'vitest';
import * as repo from '@/server/db/scenarios';
import { claimUnownedScenarios, seedExampleScenarios } from '@/server/db/seed';
import { STATUS_QUO } from '@/server/model/assumptions';
import { PRESETS } from '@/server/model/presets';
import { MODEL_VERSION } from '@/server/model/version';
import type { ScenarioContent } from '@/server/scenarios/schema';
import { insertUsers, OTHER_USER, TEST_USER } from '../support/users';
import { describeEachBackend } from './backends';

const owner = TEST_USER;

const content = (overrides: Partial<ScenarioContent> = {}): ScenarioContent => ({
  name: 'Freeze talks',
  description: 'A working-level channel and a declared moratorium.',
  tags: ['talks'],
  assumptions: { ...STATUS_QUO, sanctionsLifted: [], channel: 'workingLevel', testMoratorium: 'declared' },
  horizonMonths: 12,
  ...overrides,
});
const list = (db: Parameters<typeof repo.listScenarios>[0], input: Partial<Parameters<typeof repo.listScenarios>[2]> = {}) =>
  repo.listScenarios(db, owner, { sort: 'updated', deleted: false, whose: 'all', ...input });

describeEachBackend('scenario repository', (db) => {
  beforeEach(() => insertUsers(db(), TEST_USER, OTHER_USER));

  it('creates a scenario at version 1 with the current model version and one history entry', async () => {
    const created = await repo.createScenario(db(), owner, content());
    expect(created).toMatchObject({ version: 1, modelVersion: MODEL_VERSION, name: 'Freeze talks', tags: ['talks'], deletedAt: null });
    expect(await repo.getScenario(db(), owner, created.id)).toEqual(created);
    const versions = await repo.listVersions(db(), owner, created.id);
    expect(versions.map((v) => [v.version, v.note])).toEqual([[1, 'created']]);
  });

  it('keeps every previous version when saving, and records what each save contained', async () => {
    const created = await repo.createScenario(db(), owner, content());
    const saved = await repo.saveScenario(db(), owner, created.id, 1, content({ assumptions: { ...created.assumptions, exerciseScale: 10 } }));
    expect(saved.version).toBe(2);
    expect(saved.assumptions.exerciseScale).toBe(10);
    const versions = await repo.listVersions(db(), owner, created.id);
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[1]!.assumptions.exerciseScale).toBe(created.assumptions.exerciseScale);
    expect(versions[0]!.assumptions.exerciseScale).toBe(10);
  });

  it('refuses a save based on an out-of-date version and writes nothing', async () => {
    const created = await repo.createScenario(db(), owner, content());
    await repo.saveScenario(db(), owner, created.id, 1, content({ name: 'First' }));
    const stale = repo.saveScenario(db(), owner, created.id, 1, content({ name: 'Second' }));
    await expect(stale).rejects.toBeInstanceOf(repo.StaleVersionError);
    await expect(stale).rejects.toThrow(/version 1.*latest is version 2.*save your changes as a copy/);
    expect((await repo.getScenario(db(), owner, created.id)).name).toBe('First');
    expect(await repo.listVersions(db(), owner, created.id)).toHaveLength(2);
  });

  it('lets exactly one of several concurrent saves from the same version win', async () => {
    const created = await repo.createScenario(db(), owner, content());
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => repo.saveScenario(db(), owner, created.id, 1, content({ name: `Writer ${i}` }))),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(repo.StaleVersionError);
    const latest = await repo.getScenario(db(), owner, created.id);
    expect(latest.version).toBe(2);
    expect(latest.name).toBe((won[0] as PromiseFulfilledResult<{ name: string }>).value.name);
  });

  it('stores 50 scenarios saved in parallel, each with its own content', async () => {
    const made = await Promise.all(
      Array.from({ length: 50 }, (_, i) => repo.createScenario(db(), owner, content({ name: `Parallel ${i}`, assumptions: { ...STATUS_QUO, sanctionsLifted: [], exerciseScale: i } }))),
    );
    expect(new Set(made.map((s) => s.id)).size).toBe(50);
    const stored = await list(db());
    expect(stored).toHaveLength(50);
    for (const s of made) {
      const back = await repo.getScenario(db(), owner, s.id);
      expect(back.assumptions.exerciseScale).toBe(Number(back.name.replace('Parallel ', '')));
    }
  });

  it('renames as a new version, and restores an old version as a newer one', async () => {
    const created = await repo.createScenario(db(), owner, content());
    await repo.saveScenario(db(), owner, created.id, 1, content({ assumptions: { ...created.assumptions, russiaSupport: 10 } }));
    const renamed = await repo.renameScenario(db(), owner, created.id, 2, 'Renamed');
    expect(renamed).toMatchObject({ version: 3, name: 'Renamed' });
    expect(renamed.assumptions.russiaSupport).toBe(10);
    const restored = await repo.restoreVersion(db(), owner, created.id, 3, 1);
    expect(restored.version).toBe(4);
    expect(restored.assumptions).toEqual(created.assumptions);
    expect(restored.name).toBe(created.name);
    const notes = (await repo.listVersions(db(), owner, created.id)).map((v) => v.note);
    expect(notes).toEqual(['restored version 1', 'renamed', 'saved', 'created']);
    await expect(repo.restoreVersion(db(), owner, created.id, 4, 9)).rejects.toBeInstanceOf(repo.VersionNotFoundError);
  });

  it('duplicates into a new scenario with its own history', async () => {
    const created = await repo.createScenario(db(), owner, content());
    const copy = await repo.duplicateScenario(db(), owner, created.id);
    expect(copy.id).not.toBe(created.id);
    expect(copy).toMatchObject({ name: 'Freeze talks (copy)', version: 1, assumptions: created.assumptions, tags: created.tags });
    expect(await list(db())).toHaveLength(2);
  });

  it('soft-deletes into "recently deleted" and restores from there', async () => {
    const created = await repo.createScenario(db(), owner, content());
    await repo.deleteScenario(db(), owner, created.id);
    expect(await list(db())).toHaveLength(0);
    expect((await list(db(), { deleted: true })).map((s) => s.id)).toEqual([created.id]);
    await expect(repo.getScenario(db(), owner, created.id)).rejects.toBeInstanceOf(repo.ScenarioNotFoundError);
    await expect(repo.saveScenario(db(), owner, created.id, 1, content())).rejects.toBeInstanceOf(repo.ScenarioNotFoundError);
    await expect(repo.deleteScenario(db(), owner, created.id)).rejects.toBeInstanceOf(repo.ScenarioNotFoundError);
    await repo.undeleteScenario(db(), owner, created.id);
    expect((await list(db())).map((s) => s.id)).toEqual([created.id]);
    expect(await list(db(), { deleted: true })).toHaveLength(0);
  });

  it('searches name, description and tags, filters by tag, and sorts', async () => {
    await repo.createScenario(db(), owner, content({ name: 'Beta pressure', description: 'sanctions snap back', tags: ['Pressure'] }));
    await repo.createScenario(db(), owner, content({ name: 'alpha talks', description: 'a summit', tags: ['talks', 'summit'] }));
    await repo.createScenario(db(), owner, content({ name: '100% freeze_now', description: '', tags: [] }));
    const names = async (input: Parameters<typeof list>[1]) => (await list(db(), input)).map((s) => s.name);
    expect(await names({ search: 'SNAP' })).toEqual(['Beta pressure']);
    expect(await names({ search: 'summit' })).toEqual(['alpha talks']);
    expect(await names({ search: 'pressure' })).toEqual(['Beta pressure']);
    expect(await names({ search: '%' })).toEqual(['100% freeze_now']);
    expect(await names({ search: '_' })).toEqual(['100% freeze_now']);
    expect(await names({ tag: 'pressure' })).toEqual(['Beta pressure']);
    expect(await names({ sort: 'name' })).toEqual(['100% freeze_now', 'alpha talks', 'Beta pressure']);
    expect(await names({ sort: 'name', direction: 'desc' })).toEqual(['Beta pressure', 'alpha talks', '100% freeze_now']);
    expect(await names({ sort: 'created', direction: 'asc' })).toEqual(['Beta pressure', 'alpha talks', '100% freeze_now']);
    expect(await repo.listTags(db(), owner)).toEqual([
      { tag: 'Pressure', count: 1 },
      { tag: 'summit', count: 1 },
      { tag: 'talks', count: 1 },
    ]);
  });

  it('exports and re-imports as new scenarios, never overwriting', async () => {
    const a = await repo.createScenario(db(), owner, content({ name: 'A' }));
    await repo.createScenario(db(), owner, content({ name: 'B', tags: ['x', 'y'], horizonMonths: 24 }));
    const file = await repo.exportScenarios(db(), owner);
    expect(file).toMatchObject({ format: 'peninsula-outlook/scenarios', formatVersion: 1 });
    expect(file.scenarios.map((s) => s.name)).toEqual(['A', 'B']);
    const one = await repo.exportScenarios(db(), owner, [a.id]);
    expect(one.scenarios.map((s) => s.name)).toEqual(['A']);

    const imported = await repo.importScenarios(db(), owner, file);
    expect(imported).toHaveLength(2);
    expect(imported.map((s) => s.id)).not.toContain(a.id);
    const all = await list(db(), { sort: 'name' });
    expect(all.map((s) => s.name)).toEqual(['A', 'A', 'B', 'B']);
    const importedB = await repo.getScenario(db(), owner, imported[1]!.id);
    expect(importedB).toMatchObject({ tags: ['x', 'y'], horizonMonths: 24, version: 1 });
    expect((await repo.listVersions(db(), owner, importedB.id))[0]!.note).toBe('imported');
  });

  it('seeds the presets as examples once per database, even after they are deleted; the first admin gets them', async () => {
    expect(await seedExampleScenarios(db())).toBe(PRESETS.length);
    // Seeded before any account exists: nobody's, so nobody sees them until the setup claims them.
    expect(await list(db())).toHaveLength(0);
    expect(await claimUnownedScenarios(db(), owner.id)).toBe(PRESETS.length);
    expect(await claimUnownedScenarios(db(), OTHER_USER.id)).toBe(0);
    const seeded = await list(db(), { sort: 'name' });
    expect(seeded.map((s) => s.name).sort()).toEqual(PRESETS.map((p) => p.name).sort());
    for (const s of seeded) await repo.deleteScenario(db(), owner, s.id);
    expect(await seedExampleScenarios(db())).toBe(0);
    expect(await list(db())).toHaveLength(0);
  });
});
