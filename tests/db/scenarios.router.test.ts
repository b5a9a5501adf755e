/**
 * The scenarios router through createCaller, on each backend: validation
 * errors name the field, domain errors map to NOT_FOUND / CONFLICT, imports
 * are all or nothing, and old-model scenarios are flagged as recomputed.
 */
import { insertUsers, TEST_USER } from '../support/users';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { z } from 'zod';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { flattenZodError, summarizeZodError } from '@/server/api/zod-error';
import { scenarios } from '@/server/db/schema';
import { STATUS_QUO, type Assumptions } from '@/server/model/assumptions';
import { MODEL_VERSION } from '@/server/model/version';
import { describeEachBackend } from './backends';

const assumptions: Assumptions = { ...STATUS_QUO, sanctionsLifted: [] };
const base = { name: 'Scenario', assumptions, horizonMonths: 12 };

/**
 * The error a call fails with; for input errors, `message` is the summary the
 * error formatter sends over HTTP ("path: message; ..."), not zod's raw JSON.
 */
async function errorOf(promise: Promise<unknown>): Promise<{ code: TRPCError['code']; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const message = error.cause instanceof z.ZodError ? summarizeZodError(flattenZodError(error.cause)) : error.message;
    return { code: error.code, message };
  }
  throw new Error('expected the call to fail');
}

describeEachBackend('scenarios router', (db) => {
  beforeEach(() => insertUsers(db(), TEST_USER));
  const caller = () => createCaller(createContext({ database: async () => db(), user: TEST_USER }));

  it('trims names and tags, drops duplicate tags, and defaults the description', async () => {
    const created = await caller().scenarios.create({ ...base, name: '  Summit  ', tags: [' talks ', 'Talks', 'ROK'] });
    expect(created).toMatchObject({ name: 'Summit', description: '', tags: ['talks', 'ROK'] });
  });

  it.each([
    ['an empty name', { ...base, name: '   ' }, 'name', /must not be empty/],
    ['a 121-character name', { ...base, name: 'x'.repeat(121) }, 'name', /at most 120/],
    ['a 2,001-character description', { ...base, description: 'd'.repeat(2001) }, 'description', /at most 2000/],
    ['eleven tags', { ...base, tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'tags', /at most 10 tags/],
    ['a 33-character tag', { ...base, tags: ['t'.repeat(33)] }, 'tags.0', /at most 32/],
    ['an unknown field', { ...base, owner: 'me' }, '', /owner/],
    ['a bad assumption', { ...base, assumptions: { ...assumptions, exerciseScale: 101 } }, 'assumptions.exerciseScale', /at most 100/],
  ])('refuses %s with the field path', async (_label, input, path, message) => {
    const error = await errorOf(caller().scenarios.create(input as never));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(message);
    if (path) expect(error.message).toContain(path);
  });

  it('answers NOT_FOUND for an unknown or deleted scenario and CONFLICT for a stale save', async () => {
    const missing = await errorOf(caller().scenarios.get({ id: '00000000-0000-4000-8000-000000000000' }));
    expect(missing.code).toBe('NOT_FOUND');
    const created = await caller().scenarios.create(base);
    await caller().scenarios.save({ ...base, id: created.id, baseVersion: 1, name: 'Mine' });
    const stale = await errorOf(caller().scenarios.save({ ...base, id: created.id, baseVersion: 1, name: 'Theirs' }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/Reload it.*save your changes as a copy/);
    await caller().scenarios.delete({ id: created.id });
    expect((await errorOf(caller().scenarios.get({ id: created.id }))).code).toBe('NOT_FOUND');
  });

  it('flags a scenario saved under an older model as recomputed', async () => {
    const created = await caller().scenarios.create(base);
    expect((await caller().scenarios.get({ id: created.id })).recomputed).toBe(false);
    await db().update(scenarios).set({ modelVersion: '0.9.0' }).where(eq(scenarios.id, created.id));
    const opened = await caller().scenarios.get({ id: created.id });
    expect(opened).toMatchObject({ recomputed: true, currentModelVersion: MODEL_VERSION, scenario: { modelVersion: '0.9.0' } });
    // Saving it again records today's model.
    const saved = await caller().scenarios.save({ ...base, id: created.id, baseVersion: 1 });
    expect(saved.modelVersion).toBe(MODEL_VERSION);
  });

  it('compares 2 to 4 distinct scenarios, in the order asked', async () => {
    const ids = [];
    for (const name of ['A', 'B', 'C', 'D', 'E']) ids.push((await caller().scenarios.create({ ...base, name })).id);
    expect((await caller().scenarios.getMany({ ids: [ids[2]!, ids[0]!] })).map((s) => s.name)).toEqual(['C', 'A']);
    expect((await errorOf(caller().scenarios.getMany({ ids: [ids[0]!] }))).message).toMatch(/at least 2/);
    expect((await errorOf(caller().scenarios.getMany({ ids }))).message).toMatch(/at most 4/);
    expect((await errorOf(caller().scenarios.getMany({ ids: [ids[0]!, ids[0]!] }))).message).toMatch(/twice/);
  });

  it('imports a valid file and refuses a partly bad one whole, naming the item and field', async () => {
    await caller().scenarios.create({ ...base, name: 'Original' });
    const file = await caller().scenarios.export({});
    const good = await caller().scenarios.import({ file });
    expect(good).toHaveLength(1);

    const bad = {
      ...file,
      scenarios: [
        file.scenarios[0]!,
        { ...file.scenarios[0]!, name: 'Bad one', assumptions: { ...assumptions, channel: 'telepathy' } },
        { ...file.scenarios[0]!, horizonMonths: 99 },
      ],
    };
    const error = await errorOf(caller().scenarios.import({ file: bad as never }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('file.scenarios.1.assumptions.channel');
    expect(error.message).toContain('file.scenarios.2.horizonMonths');
    expect(await caller().scenarios.list()).toHaveLength(2); // nothing of the bad file was added

    const wrongFormat = await errorOf(caller().scenarios.import({ file: { ...file, format: 'something-else' } as never }));
    expect(wrongFormat.message).toMatch(/Peninsula Outlook scenario file/);
    const newer = await errorOf(caller().scenarios.import({ file: { ...file, formatVersion: 2 } as never }));
    expect(newer.message).toMatch(/newer version/);
  });

  it('lists tags in use and filters by them', async () => {
    await caller().scenarios.create({ ...base, name: 'One', tags: ['alpha'] });
    await caller().scenarios.create({ ...base, name: 'Two', tags: ['alpha', 'beta'] });
    expect(await caller().scenarios.tags()).toEqual([{ tag: 'alpha', count: 2 }, { tag: 'beta', count: 1 }]);
    expect((await caller().scenarios.list({ tag: 'beta' })).map((s) => s.name)).toEqual(['Two']);
  });
});
