import { describe, expect, it } from 'vitest';
import { asUnit, fixed1, formatDelta, formatTick, formatValue, monthTicks, niceTicks, wrapLabel } from '@/app/_dashboard/charts/format';
import {
  arsenalRows, bandTable, cumulativeRows, cumulativeTable, launchRows, launchTable, shortPhrase, stateRows, stateTable,
  tensionRows, tornado, tornadoTable, waterfall, waterfallTable,
} from '@/app/_dashboard/charts/shape';
import { EVENT_OUTLOOKS, OUTLOOK_IDS, PRESETS, STATE_IDS, STATUS_QUO, describeModel, runForecast, runSensitivity } from '@/server/model';

const DRAWS = 300;
const hanoi = PRESETS.find((p) => p.id === 'hanoiAccepted')!.assumptions;
const describe_ = describeModel();
const r12 = runForecast({ assumptions: hanoi, horizonMonths: 12, draws: DRAWS });
const r36 = runForecast({ assumptions: hanoi, horizonMonths: 36, draws: DRAWS });
const sq = runForecast({ assumptions: STATUS_QUO, horizonMonths: 12, draws: DRAWS });
const sens = runSensitivity({ assumptions: hanoi, horizonMonths: 12, draws: DRAWS });

describe.each([['12 months', r12], ['36 months', r36]] as const)('month paths, %s', (_, result) => {
  const H = result.horizonMonths;

  it('states: months 0..H whose shares sum to 1, and a table row per chart row', () => {
    const rows = stateRows(result);
    expect(rows.map((r) => r.month)).toEqual(Array.from({ length: H + 1 }, (_, m) => m));
    for (const row of rows) expect(STATE_IDS.reduce((s, id) => s + row[id], 0)).toBeCloseTo(1, 12);
    const table = stateTable(rows, describe_);
    expect(table.columns).toEqual(['Month', 'Crisis (%)', 'Standoff (%)', 'Talks (%)', 'Freeze (%)', 'Settlement (%)']);
    expect(table.rows).toHaveLength(rows.length);
    expect(table.rows[3]).toEqual([3, ...STATE_IDS.map((id) => (rows[3]![id] * 100).toFixed(1))]);
  });

  it('cumulative: month 0 at zero, then the model trajectory, never decreasing', () => {
    const rows = cumulativeRows(result);
    expect(rows).toHaveLength(H + 1);
    expect(EVENT_OUTLOOKS.map((id) => rows[0]![id])).toEqual([0, 0, 0, 0]);
    for (const id of EVENT_OUTLOOKS) {
      expect(rows.at(-1)![id]).toBeCloseTo(result.outlooks[id].mean, 9);
      for (let m = 1; m <= H; m++) expect(rows[m]![id]).toBeGreaterThanOrEqual(rows[m - 1]![id] - 1e-12);
    }
    const table = cumulativeTable(rows, describe_);
    expect(table.columns[1]).toBe('Nuclear test (%)');
    expect(table.rows.map((r) => r[0])).toEqual(rows.map((r) => r.month));
  });

  it('tension: months 1..H with P10 ≤ mean ≤ P90 inside 0–100', () => {
    const rows = tensionRows(result);
    expect(rows.map((r) => r.month)).toEqual(Array.from({ length: H }, (_, i) => i + 1));
    for (const r of rows) {
      expect(r.band[0]).toBeLessThanOrEqual(r.band[1]);
      expect(r.band[0]).toBeGreaterThanOrEqual(0);
      expect(r.band[1]).toBeLessThanOrEqual(100);
    }
    const table = bandTable(rows, '0–100');
    expect(table.columns).toEqual(['Month', 'Mean (0–100)', 'P10 (0–100)', 'P90 (0–100)']);
    expect(table.rows[0]).toEqual([1, rows[0]!.mean.toFixed(1), rows[0]!.band[0].toFixed(1), rows[0]!.band[1].toFixed(1)]);
  });

  it('arsenal: starts at the context estimate with no spread and ends at the outlook mean', () => {
    const rows = arsenalRows(result, describe_);
    expect(rows).toHaveLength(H + 1);
    const w = describe_.context.warheadsEstimate;
    expect(rows[0]).toEqual({ month: 0, mean: w, band: [w, w] });
    expect(rows.at(-1)!.mean).toBeCloseTo(result.outlooks.arsenal.mean, 9);
  });

  it('launches: one bar per quarter labelled with its months, summing to the horizon total', () => {
    const rows = launchRows(result);
    expect(rows).toHaveLength(Math.ceil(H / 3));
    expect(rows[0]).toMatchObject({ short: 'Q1', label: 'Q1 (months 1–3)' });
    expect(rows.at(-1)!.label).toBe(`Q${H / 3} (months ${H - 2}–${H})`);
    expect(rows.reduce((s, r) => s + r.mean, 0)).toBeCloseTo(result.outlooks.missileLaunches.mean, 6);
    expect(launchTable(rows).rows.map((r) => r[0])).toEqual(rows.map((r) => r.label));
  });
});

describe('tornado', () => {
  it.each(OUTLOOK_IDS)('%s: sorted by swing, at most 12, split at the base', (id) => {
    const unit = asUnit(describe_.outlooks.find((o) => o.id === id)!.unit);
    const t = tornado(sens, id, unit, 12)!;
    expect(t.rows.length).toBeLessThanOrEqual(12);
    for (let i = 1; i < t.rows.length; i++) expect(t.rows[i]!.swing).toBeLessThanOrEqual(t.rows[i - 1]!.swing);
    for (const row of t.rows) {
      expect(row.below[1]).toBe(t.base);
      expect(row.above[0]).toBe(t.base);
      expect(row.below[0]).toBeLessThanOrEqual(row.low);
      expect(row.above[1]).toBeGreaterThanOrEqual(row.high);
      expect(row.ends).toMatch(/^.+ → .+$/);
      expect(row.below[0]).toBeGreaterThanOrEqual(t.ticks.domain[0]);
      expect(row.above[1]).toBeLessThanOrEqual(t.ticks.domain[1]);
    }
    const table = tornadoTable(t.rows, unit);
    expect(table.rows.map((r) => r[0])).toEqual(t.rows.map((r) => r.label));
  });

  it('caps the number of bars and reports a missing outlook as undefined', () => {
    expect(tornado(sens, 'nuclearTest', 'probability', 5)!.rows).toHaveLength(5);
    const single = runSensitivity({ assumptions: hanoi, horizonMonths: 12, draws: DRAWS, outlook: 'arsenal' });
    expect(tornado(single, 'nuclearTest', 'probability')).toBeUndefined();
  });

  it('labels the ends by the settings that give the lowest and highest outcome', () => {
    const row = tornado(sens, 'nuclearTest', 'probability')!.rows.find((r) => r.assumption === 'testMoratorium')!;
    expect(row.ends).toBe('Codified → None');
    expect(tornadoTable([row], 'probability').columns).toContain('Swing (percentage points)');
  });
});

const CEILING = { probability: 1, index: 100, count: Infinity, warheads: Infinity } as const;
const cases = [12, 36].flatMap((h) => OUTLOOK_IDS.map((id) => [`${id}, ${h} months`, h === 12 ? r12 : r36, id] as const));

describe('attribution waterfall', () => {
  it.each(cases)('%s: starts at the status-quo mean, steps sum to the scenario mean', (_, result, id) => {
    const outlook = result.outlooks[id];
    const unit = asUnit(describe_.outlooks.find((o) => o.id === id)!.unit);
    const { rows, ticks } = waterfall(outlook, unit);
    expect(rows).toHaveLength(outlook.attribution.contributions.length + 2);
    expect(rows[0]).toMatchObject({ kind: 'total', value: outlook.statusQuo.mean, end: outlook.statusQuo.mean });
    expect(rows.at(-1)).toMatchObject({ kind: 'total', value: outlook.mean });
    const steps = rows.slice(1, -1);
    const sum = steps.reduce((s, r) => s + r.value, 0);
    expect(outlook.statusQuo.mean + sum).toBeCloseTo(outlook.mean, 9);
    expect(rows.at(-2)!.end).toBeCloseTo(outlook.mean, 9);
    // Raises then lowers (or the reverse), each group largest first; running totals stay in range.
    const signs = steps.map((r) => r.kind);
    expect(signs.filter((k, i) => i > 0 && k !== signs[i - 1]).length).toBeLessThanOrEqual(1);
    for (let i = 1; i < steps.length; i++) {
      if (steps[i]!.kind === steps[i - 1]!.kind) expect(Math.abs(steps[i]!.value)).toBeLessThanOrEqual(Math.abs(steps[i - 1]!.value));
    }
    for (const r of rows) {
      expect(r.end).toBeGreaterThanOrEqual(-1e-12);
      expect(r.end).toBeLessThanOrEqual(CEILING[unit] + 1e-12);
    }
    for (const r of steps) {
      expect(r.range[1] - r.range[0]).toBeCloseTo(Math.abs(r.value), 12);
      expect(r.value >= 0 ? r.range[1] : r.range[0]).toBeCloseTo(r.end, 12);
      expect(r.kind).toBe(r.value >= 0 ? 'raises' : 'lowers');
    }
    expect(rows[0]!.range[0]).toBe(ticks.domain[0]);
    for (const r of rows) expect(Math.max(...r.range)).toBeLessThanOrEqual(ticks.domain[1] + 1e-12);
    const table = waterfallTable(rows, unit);
    expect(table.rows.map((r) => r[0])).toEqual(rows.map((r) => r.label));
  });

  it('reads well: short phrases, and a zero-based axis unless the values sit far above zero', () => {
    const { rows, ticks } = waterfall(r12.outlooks.nuclearTest, 'probability');
    expect(rows.map((r) => r.label)).toContain('Codified test moratorium');
    expect(ticks.domain[0]).toBe(0);
    expect(waterfall(r36.outlooks.arsenal, 'warheads').ticks.domain[0]).toBeGreaterThan(0);
    expect(waterfallTable(rows, 'probability').columns).toEqual(['Step', 'Change (percentage points)', 'Running total (%)']);
    expect(shortPhrase('a formal peace regime')).toBe('Formal peace regime');
  });

  it.each(PRESETS.map((p) => [p.id, p.assumptions] as const))('%s: running totals stay within each outlook\'s range', (_, assumptions) => {
    const result = runForecast({ assumptions, horizonMonths: 36, draws: DRAWS });
    for (const id of OUTLOOK_IDS) {
      const unit = asUnit(describe_.outlooks.find((o) => o.id === id)!.unit);
      for (const r of waterfall(result.outlooks[id], unit).rows) {
        expect(r.end).toBeGreaterThanOrEqual(-1e-12);
        expect(r.end).toBeLessThanOrEqual(CEILING[unit] + 1e-12);
      }
    }
  });

  it('is just the two totals for the status quo', () => {
    const { rows } = waterfall(sq.outlooks.icbmLaunch, 'probability');
    expect(rows.map((r) => r.kind)).toEqual(['total', 'total']);
    expect(rows[0]!.value).toBe(rows[1]!.value);
  });
});

describe('formatting', () => {
  it('formats values, deltas and ticks with units', () => {
    expect(fixed1(0.1234, 'probability')).toBe('12.3');
    expect(fixed1(-0.0001, 'probability')).toBe('0.0');
    expect(formatValue(0.1234, 'probability')).toBe('12.3%');
    expect(formatValue(58.06, 'warheads')).toBe('58.1\u00a0warheads');
    expect(formatDelta(-0.031, 'probability')).toBe('\u22123.1\u00a0pp');
    expect(formatDelta(2.26, 'count')).toBe('+2.3\u00a0missiles');
    expect(formatTick(0.005, 'probability', 1)).toBe('0.5%');
  });

  it('picks round ticks that cover the data and never repeat a label', () => {
    const t = niceTicks(0.0008, 0.0088, 5, 'probability');
    expect(t.domain[0]).toBeLessThanOrEqual(0.0008);
    expect(t.domain[1]).toBeGreaterThanOrEqual(0.0088);
    const labels = t.ticks.map((v) => formatTick(v, 'probability', t.decimals));
    expect(new Set(labels).size).toBe(labels.length);
    expect(niceTicks(50, 50, 5, 'warheads').ticks.length).toBeGreaterThan(1);
    expect(niceTicks(0, 0.0001, 5, 'probability').domain[0]).toBe(0);
  });

  it('spaces month ticks by horizon and always shows the last month', () => {
    expect(monthTicks(3)).toEqual([0, 1, 2, 3]);
    expect(monthTicks(12)).toEqual([0, 3, 6, 9, 12]);
    expect(monthTicks(36)).toEqual([0, 6, 12, 18, 24, 30, 36]);
  });

  it('wraps long labels and marks a cut with an ellipsis', () => {
    expect(wrapLabel('Lifting the Hanoi five sanctions resolutions', 30, 2)).toEqual(['Lifting the Hanoi five', 'sanctions resolutions']);
    const cut = wrapLabel('Scaled-back exercises (40% of full scale) and a good deal more', 20, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
    for (const line of cut) expect(line.length).toBeLessThanOrEqual(20);
  });
});
