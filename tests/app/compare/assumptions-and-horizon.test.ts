import { describe, expect, it } from 'vitest';
import { compareAssumptions, countDiffering } from '@/app/[locale]/(app)/compare/_lib/assumption-rows';
import { horizonChoices, horizonNote } from '@/app/[locale]/(app)/compare/_lib/horizon';
import { seriesOf, uniqueNames } from '@/app/[locale]/(app)/compare/_lib/series';
import { ASSUMPTION_IDS, STATUS_QUO, describeModel } from '@/server/model';
import { compareWords, scenarioWords } from '../scenarios-words';

const sw = scenarioWords();
const cw = compareWords();

const description = describeModel();
const base = { assumptions: { ...STATUS_QUO, sanctionsLifted: [2270, 2321] as typeof STATUS_QUO.sanctionsLifted }, horizonMonths: 12 };
const rowsOf = (groups: ReturnType<typeof compareAssumptions>) => groups.flatMap((g) => g.rows);

describe('the assumption table', () => {
  it('has every assumption once, grouped in the model’s order, and the horizon last', () => {
    const groups = compareAssumptions(description, [base, base], sw);
    expect(groups.map((g) => g.label)).toEqual([...description.groups.map((g) => g.label), 'As saved']);
    const ids = rowsOf(groups).map((r) => r.id);
    expect(ids.slice(0, -1).sort()).toEqual([...ASSUMPTION_IDS].sort());
    expect(ids.at(-1)).toBe('horizonMonths');
    for (const group of groups.slice(0, -1)) {
      const expected = description.assumptions.filter((a) => a.group === group.id).map((a) => a.label);
      expect(group.rows.map((r) => r.label)).toEqual(expected);
    }
  });

  it('marks exactly the assumptions that differ, with their values in words', () => {
    const other = { ...base, assumptions: { ...base.assumptions, testMoratorium: 'codified' as const, exerciseScale: 30 } };
    const rows = rowsOf(compareAssumptions(description, [base, other], sw));
    expect(rows.filter((r) => r.differs).map((r) => r.id).sort()).toEqual(['exerciseScale', 'testMoratorium']);
    expect(rows.find((r) => r.id === 'testMoratorium')!.values).toEqual(['None', 'Codified']);
    expect(rows.find((r) => r.id === 'exerciseScale')!.values).toEqual(['60 of 100', '30 of 100']);
    expect(rows.find((r) => r.id === 'sanctionsLifted')!.values[0]).toMatch(/^Lifted: 2270 \(.+\), 2321 \(.+\)$/);
    expect(countDiffering(compareAssumptions(description, [base, other], sw))).toBe(2);
  });

  it('compares lifted resolutions as sets, and flags a row when only the third scenario differs', () => {
    const reordered = { ...base, assumptions: { ...base.assumptions, sanctionsLifted: [2321, 2270] as typeof STATUS_QUO.sanctionsLifted } };
    const third = { ...base, assumptions: { ...base.assumptions, yongbyonDismantlement: true }, horizonMonths: 24 };
    const rows = rowsOf(compareAssumptions(description, [base, reordered, third], sw));
    expect(rows.filter((r) => r.differs).map((r) => r.id)).toEqual(['yongbyonDismantlement', 'horizonMonths']);
    expect(rows.find((r) => r.id === 'horizonMonths')!.values).toEqual(['12 months', '12 months', '24 months']);
    // The saved horizon is not an assumption: it is not counted among those that differ.
    expect(countDiffering(compareAssumptions(description, [base, reordered, third], sw))).toBe(1);
  });
});

describe('one horizon for all columns', () => {
  it('offers the dashboard’s horizons plus any saved or chosen one', () => {
    expect(horizonChoices([12, 12], 12)).toEqual([3, 6, 12, 18, 24, 36]);
    expect(horizonChoices([9, 12], 30)).toEqual([3, 6, 9, 12, 18, 24, 30, 36]);
  });

  it('says nothing when every scenario was saved with the chosen horizon', () => {
    expect(horizonNote([{ name: 'A', horizonMonths: 12 }, { name: 'B', horizonMonths: 12 }], 12, cw)).toBeNull();
  });

  it('names the scenarios saved with another horizon and the one used', () => {
    const note = horizonNote([{ name: 'Hawks', horizonMonths: 12 }, { name: 'Doves', horizonMonths: 24 }], 12, cw)!;
    expect(note).toContain('“Doves” with 24\u00a0months');
    expect(note).not.toContain('Hawks');
    expect(note).toContain('every column is computed over 12\u00a0months');
  });

  it('says when all share a saved horizon other than the chosen one', () => {
    expect(horizonNote([{ name: 'A', horizonMonths: 12 }, { name: 'B', horizonMonths: 12 }], 36, cw)).toBe(
      'All 2 scenarios were saved with a 12-month horizon; every column here is computed over 36\u00a0months.',
    );
  });
});

describe('series', () => {
  it('keeps unique names and numbers repeated ones', () => {
    expect(uniqueNames(['Plan', 'Other', 'Plan'])).toEqual(['Plan (1)', 'Other', 'Plan (2)']);
    expect(uniqueNames(['A', 'B'])).toEqual(['A', 'B']);
  });

  it('gives each of four scenarios its own colour and dash', () => {
    const series = seriesOf(['a', 'b', 'c', 'd'].map((id) => ({ id, name: id })));
    expect(new Set(series.map((s) => s.color)).size).toBe(4);
    expect(new Set(series.map((s) => s.dash ?? 'solid')).size).toBe(4);
  });
});
