/** "What changed" between versions of a saved scenario, in the model's own words. */
import { describe, expect, test } from 'vitest';
import { vocabularyFrom } from '@/app/_scenarios/assumption-words';
import { contentChanges, describeVersions, sameContent, type ScenarioContentFields } from '@/app/_scenarios/version-diff';
import { STATUS_QUO } from '@/server/model/assumptions';
import { describeModel } from '@/server/model/describe';
import type { ScenarioVersion } from '@/server/scenarios/schema';
import { scenarioWords } from './scenarios-words';

const vocabulary = vocabularyFrom(describeModel());
const { assumptions: metas } = vocabulary;
const words = { ...scenarioWords(), vocabulary };

const base: ScenarioContentFields = {
  name: 'Freeze talks',
  description: 'A freeze for partial relief.',
  tags: ['freeze', 'team-a'],
  assumptions: { ...STATUS_QUO, sanctionsLifted: [] },
  horizonMonths: 12,
};

const version = (n: number, content: Partial<ScenarioContentFields>, note = 'saved'): ScenarioVersion => ({
  ...base,
  ...content,
  version: n,
  modelVersion: '1.0.0',
  note,
  savedAt: `2026-11-2${n}T10:00:00.000Z`,
  savedBy: null,
});

describe('contentChanges', () => {
  test('identical content has no changes', () => {
    expect(contentChanges(base, { ...base, assumptions: { ...base.assumptions } }, words)).toEqual([]);
    expect(sameContent(base, base, words)).toBe(true);
  });

  test('assumption values are in words, labelled as the dashboard labels them', () => {
    const after = { ...base, assumptions: { ...base.assumptions, exerciseScale: 20, channel: 'leaderSummit' as const, yongbyonDismantlement: true } };
    expect(contentChanges(base, after, words)).toEqual([
      { field: 'yongbyonDismantlement', label: 'Yongbyon dismantlement under way', from: 'No', to: 'Under way' },
      { field: 'exerciseScale', label: 'US–ROK exercise scale', from: '60 of 100', to: '20 of 100' },
      { field: 'channel', label: expect.any(String), from: 'None', to: 'Leader summit' },
    ]);
  });

  test('changes follow the model’s order of assumptions, after name, description, tags and horizon', () => {
    const after = { ...base, name: 'Freeze talks II', horizonMonths: 24, tags: ['freeze'], assumptions: { ...base.assumptions, usfkPosture: 'reduced' as const, testMoratorium: 'codified' as const } };
    const fields = contentChanges(base, after, words).map((c) => c.field);
    expect(fields.slice(0, 3)).toEqual(['name', 'tags', 'horizonMonths']);
    const order = metas.map((m) => m.id as string);
    const assumptionFields = fields.slice(3);
    expect(assumptionFields).toEqual([...assumptionFields].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(assumptionFields).toHaveLength(2);
  });

  test('name, tags and horizon read as words', () => {
    const after = { ...base, name: 'Freeze talks II', tags: [], horizonMonths: 24 };
    expect(contentChanges(base, after, words)).toEqual([
      { field: 'name', label: 'Name', from: '“Freeze talks”', to: '“Freeze talks II”' },
      { field: 'tags', label: 'Tags', from: 'freeze, team-a', to: '(none)' },
      { field: 'horizonMonths', label: 'Horizon', from: '12 months', to: '24 months' },
    ]);
  });

  test('a long description is shown as an excerpt; an emptied one as "(none)"', () => {
    const long = `Start. ${'word '.repeat(200)}`;
    const [change] = contentChanges(base, { ...base, description: long }, words);
    expect(change?.to.endsWith('…')).toBe(true);
    expect(change!.to.length).toBeLessThan(170);
    expect(contentChanges(base, { ...base, description: '' }, words)[0]).toMatchObject({ from: 'A freeze for partial relief.', to: '(none)' });
  });

  test('tags and lifted resolutions in another order are not a change', () => {
    const a: ScenarioContentFields = { ...base, assumptions: { ...base.assumptions, sanctionsLifted: [2270, 2321] } };
    const b: ScenarioContentFields = { ...base, tags: ['team-a', 'freeze'], assumptions: { ...base.assumptions, sanctionsLifted: [2321, 2270] } };
    expect(contentChanges(a, b, words)).toEqual([]);
  });

  test('lifted resolutions are named with their year', () => {
    const after: ScenarioContentFields = { ...base, assumptions: { ...base.assumptions, sanctionsLifted: [2270] } };
    expect(contentChanges(base, after, words)).toEqual([
      { field: 'sanctionsLifted', label: 'UN sanctions lifted', from: 'None lifted', to: 'Lifted: 2270 (2016-03)' },
    ]);
  });
});

describe('describeVersions', () => {
  const history = [
    version(1, {}, 'created'),
    version(2, { name: 'Freeze talks II', assumptions: { ...base.assumptions, exerciseScale: 20 } }),
    version(3, {}, 'restored version 1'),
  ];

  test('newest first, each against the one before; the first has nothing to compare with', () => {
    const described = describeVersions([history[1]!, history[0]!, history[2]!], words);
    expect(described.map((d) => [d.version.version, d.previous])).toEqual([[3, 2], [2, 1], [1, null]]);
    expect(described[0]!.changes.map((c) => c.field)).toEqual(['name', 'exerciseScale']);
    expect(described[0]!.changes[1]).toMatchObject({ from: '20 of 100', to: '60 of 100' });
    expect(described[2]!.changes).toEqual([]);
  });

  test('marks versions whose content is already the latest (restoring them would change nothing)', () => {
    const described = describeVersions(history, words);
    expect(described.map((d) => [d.version.version, d.sameAsLatest])).toEqual([[3, true], [2, false], [1, true]]);
  });

  test('an empty history describes nothing', () => {
    expect(describeVersions([], words)).toEqual([]);
  });
});
