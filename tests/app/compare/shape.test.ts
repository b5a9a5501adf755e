import { describe, expect, it } from 'vitest';
import { fixed1 } from '@/app/_dashboard/charts/format';
import { compareAssumptions } from '@/app/[locale]/(app)/compare/_lib/assumption-rows';
import { barTicks, outlookBarRows, outlookBarTable, unitGroups } from '@/app/[locale]/(app)/compare/_lib/shape-bars';
import { differenceTable, differenceWaterfall, driverPhrase, pairContext } from '@/app/[locale]/(app)/compare/_lib/shape-difference';
import { hasBands, trajectoryRows, trajectoryTable, trajectoryTicks } from '@/app/[locale]/(app)/compare/_lib/shape-trajectories';
import { EVENT_OUTLOOKS, OUTLOOK_IDS, PRESETS, STATUS_QUO, describeModel, runDifference, runForecast } from '@/server/model';
import type { Assumptions } from '@/server/model/assumptions';
import { compareWords, scenarioWords } from '../scenarios-words';

const cw = compareWords();
const sw = scenarioWords();

const DRAWS = 300;
const description = describeModel();
const hanoi = PRESETS.find((p) => p.id === 'hanoiAccepted')!.assumptions;
const moratorium: Assumptions = { ...STATUS_QUO, testMoratorium: 'codified', exerciseScale: 30 };
const r = (assumptions: Assumptions, horizonMonths = 12) => runForecast({ assumptions, horizonMonths, draws: DRAWS });
const results = [r(STATUS_QUO), r(moratorium), r(hanoi)];
const names = ['Status quo', 'Moratorium', 'Hanoi'];
const unitOf = (id: string) => description.outlooks.find((o) => o.id === id)!.unit;

describe('outlook bars', () => {
  it('groups the outlooks by unit: the four event chances together, each other outlook alone', () => {
    expect(unitGroups(description.outlooks).map((g) => [g.unit, g.outlooks.map((o) => o.id)])).toEqual([
      ['probability', [...EVENT_OUTLOOKS]],
      ['count', ['missileLaunches']],
      ['index', ['tensionIndex']],
      ['warheads', ['arsenal']],
    ]);
  });

  it.each(unitGroups(describeModel().outlooks).map((g) => [g.unit, g] as const))('%s: a bar per scenario with P10–P90 whiskers, inside the axis', (unit, group) => {
    const rows = outlookBarRows(results, group.outlooks);
    expect(rows.map((row) => row.id)).toEqual(group.outlooks.map((o) => o.id));
    for (const row of rows) {
      expect(row.values).toHaveLength(3);
      row.values.forEach((v, i) => {
        const o = results[i]!.outlooks[row.id];
        expect(v).toMatchObject({ mean: o.mean, p10: o.p10, p90: o.p90 });
        expect(v.whisker[0]).toBeGreaterThanOrEqual(0);
        expect(v.mean - v.whisker[0]).toBeCloseTo(Math.min(o.p10, o.mean), 12);
        expect(v.mean + v.whisker[1]).toBeCloseTo(Math.max(o.p90, o.mean), 12);
      });
    }
    const ticks = barTicks(rows, unit);
    expect(ticks.domain[0]).toBe(0);
    for (const v of rows.flatMap((row) => row.values)) expect(v.p90).toBeLessThanOrEqual(ticks.domain[1]);
    if (unit === 'index') expect(ticks.domain).toEqual([0, 100]);
    if (unit === 'probability') expect(ticks.domain[1]).toBeGreaterThanOrEqual(0.1);
  });

  it('tables a row per outlook and scenario with the numbers drawn', () => {
    const group = unitGroups(description.outlooks)[0]!;
    const rows = outlookBarRows(results, group.outlooks);
    const table = outlookBarTable(rows, names, 'probability', cw);
    expect(table.columns).toEqual(['Outlook', 'Scenario', 'Mean (%)', 'P10 (%)', 'P90 (%)']);
    expect(table.rows).toHaveLength(4 * 3);
    const icbm = results[1]!.outlooks.icbmLaunch;
    expect(table.rows).toContainEqual(['ICBM launch', 'Moratorium', fixed1(icbm.mean, 'probability'), fixed1(icbm.p10, 'probability'), fixed1(icbm.p90, 'probability')]);
  });
});

describe('trajectories', () => {
  it.each(OUTLOOK_IDS)('%s: one month axis, a value per scenario, ending at each scenario’s result', (id) => {
    const rows = trajectoryRows(results, id, description.context.warheadsEstimate);
    const first = id === 'tensionIndex' ? 1 : 0;
    expect(rows.map((row) => row.month)).toEqual(Array.from({ length: 13 - first }, (_, i) => i + first));
    rows.at(-1)!.values.forEach((v, i) => expect(v!.mean).toBe(results[i]!.outlooks[id].trajectory.at(-1)!.mean));
    if (id === 'arsenal') expect(rows[0]!.values[0]).toEqual({ mean: description.context.warheadsEstimate, band: [description.context.warheadsEstimate, description.context.warheadsEstimate] });
    else if (first === 0) expect(rows[0]!.values.every((v) => v?.mean === 0)).toBe(true);
    expect(hasBands(rows)).toBe(id === 'tensionIndex' || id === 'arsenal');

    const unit = unitOf(id);
    const ticks = trajectoryTicks(rows, unit);
    for (const v of rows.flatMap((row) => row.values)) {
      expect(v!.band?.[0] ?? v!.mean).toBeGreaterThanOrEqual(ticks.domain[0] - 1e-9);
      expect(v!.band?.[1] ?? v!.mean).toBeLessThanOrEqual(ticks.domain[1] + 1e-9);
    }
    const table = trajectoryTable(rows, names, unit, cw);
    expect(table.columns).toHaveLength(1 + names.length * (hasBands(rows) ? 3 : 1));
    expect(table.rows).toHaveLength(rows.length);
    expect(table.rows.at(-1)![1]).toBe(fixed1(results[0]!.outlooks[id].trajectory.at(-1)!.mean, unit));
  });

  it('spans the longest horizon and leaves gaps (not zeros) where a scenario ends sooner', () => {
    const rows = trajectoryRows([r(STATUS_QUO, 6), r(moratorium, 12)], 'icbmLaunch', 50);
    expect(rows).toHaveLength(13);
    expect(rows[9]!.values[0]).toBeNull();
    expect(trajectoryTable(rows, ['A', 'B'], 'probability', cw).rows[9]![1]).toBe('–');
  });
});

describe('the waterfall from A to B', () => {
  const difference = runDifference({ base: moratorium, target: hanoi, horizonMonths: 12 });
  const groups = compareAssumptions(description, [{ assumptions: moratorium, horizonMonths: 12 }, { assumptions: hanoi, horizonMonths: 12 }], sw);
  const percent = description.assumptions.filter((a) => a.domain.kind === 'percent').map((a) => a.id);
  const pair = pairContext(groups, percent, [{ name: 'Moratorium', assumptions: moratorium }, { name: 'Hanoi', assumptions: hanoi }], [0, 1]);
  const differing = groups.flatMap((g) => g.rows).filter((row) => row.differs && row.id !== 'horizonMonths').map((row) => row.id);

  it.each(OUTLOOK_IDS)('%s: A, a step per differing assumption summing to B − A, then B', (id) => {
    const outlook = difference.outlooks.find((o) => o.id === id)!;
    const unit = unitOf(id);
    const { rows, ticks } = differenceWaterfall(outlook, unit, pair, cw);
    expect(rows[0]).toMatchObject({ key: 'base', label: 'Moratorium', kind: 'total', value: outlook.base });
    expect(rows.at(-1)).toMatchObject({ key: 'target', label: 'Hanoi', kind: 'total', value: outlook.target });
    const steps = rows.slice(1, -1);
    expect(steps.map((s) => s.key).sort()).toEqual([...differing].sort());
    expect(outlook.base + steps.reduce((s, row) => s + row.value, 0)).toBeCloseTo(outlook.target, 9);
    expect(rows.at(-2)!.end).toBeCloseTo(outlook.target, 9);
    for (const row of steps) {
      expect(row.range[1] - row.range[0]).toBeCloseTo(Math.abs(row.value), 12);
      expect(row.kind).toBe(row.value >= 0 ? 'raises' : 'lowers');
      expect(row.detail).toMatch(/^.+: .+ → .+$/);
    }
    for (const row of rows) {
      expect(row.range[0]).toBeGreaterThanOrEqual(ticks.domain[0] - 1e-12);
      expect(row.range[1]).toBeLessThanOrEqual(ticks.domain[1] + 1e-12);
    }
    const table = differenceTable(rows, unit, cw);
    expect(table.rows.map((row) => row[0])).toEqual(rows.map((row) => row.label));
    expect(table.rows[0]![2]).toBe('');
  });

  it('names both values of a 0–100 setting, and keeps the model’s phrase for the others', () => {
    const outlook = difference.outlooks.find((o) => o.id === 'icbmLaunch')!;
    const rows = differenceWaterfall(outlook, 'probability', pair, cw).rows;
    const exercise = rows.find((row) => row.key === 'exerciseScale')!;
    expect(exercise.phrase).toBe(`US–ROK exercise scale at ${hanoi.exerciseScale} rather than 30 of 100`);
    expect(exercise.detail).toBe(`US–ROK exercise scale: 30 of 100 → ${hanoi.exerciseScale} of 100`);
    const model = outlook.attribution.contributions.find((c) => c.assumption === 'channel')!;
    expect(rows.find((row) => row.key === 'channel')!.phrase).toBe(model.phrase);
    expect(driverPhrase('channel', 'the back channel', pair, cw)).toBe('the back channel');
  });
});

describe('the waterfall’s axis', () => {
  it('never zooms in on a difference too small to show', () => {
    const outlook = {
      id: 'arsenal' as const, base: 56.97, target: 56.964,
      attribution: { total: -0.006, method: 'exact' as const, contributions: [{ assumption: 'testMoratorium', phrase: 'the codified test moratorium', contribution: -0.006 }] },
    };
    const groups = compareAssumptions(description, [{ assumptions: STATUS_QUO, horizonMonths: 12 }, { assumptions: moratorium, horizonMonths: 12 }], sw);
    const pair = pairContext(groups, [], [{ name: 'A', assumptions: STATUS_QUO }, { name: 'B', assumptions: moratorium }], [0, 1]);
    const { ticks } = differenceWaterfall(outlook, 'warheads', pair, cw);
    expect(ticks.domain[1] - ticks.domain[0]).toBeGreaterThanOrEqual(2);
    expect(ticks.domain[1]).toBeGreaterThanOrEqual(56.97);
  });
});
