import { describe, expect, it } from 'vitest';
import { OUTLOOK_IDS, PRESETS, STATUS_QUO } from '@/server/model';
import { matchTotal, shapleyAttribution } from '@/server/model/attribution';
import { CURRENT_CONTEXT } from '@/server/model/context';
import { forecast } from './helpers';

describe('attribution versus the status quo', () => {
  it.each(PRESETS.slice(1).map((p) => [p.name, p.assumptions] as const))('sums to the total difference for "%s"', (_name, assumptions) => {
    const result = forecast(assumptions);
    for (const id of OUTLOOK_IDS) {
      const o = result.outlooks[id];
      const sum = o.attribution.contributions.reduce((s, c) => s + c.contribution, 0);
      expect(o.attribution.total).toBeCloseTo(o.mean - o.statusQuo.mean, 10);
      expect(sum).toBeCloseTo(o.attribution.total, 10);
    }
  });

  it('names only the assumptions that differ from the status quo', () => {
    const result = forecast({ exerciseScale: 0, channel: 'workingLevel' });
    const named = result.outlooks.icbmLaunch.attribution.contributions.map((c) => c.assumption).sort();
    expect(named).toEqual(['channel', 'exerciseScale']);
  });

  it('gives a single differing assumption the whole difference', () => {
    const o = forecast({ exerciseScale: 100 }).outlooks.tensionIndex;
    expect(o.attribution.contributions).toHaveLength(1);
    expect(o.attribution.contributions[0]!.contribution).toBeCloseTo(o.change, 10);
  });

  it('is empty for the status quo, whose readings say so', () => {
    const result = forecast();
    for (const id of OUTLOOK_IDS) {
      expect(result.outlooks[id].attribution.contributions).toEqual([]);
      expect(result.outlooks[id].change).toBe(0);
      expect(result.outlooks[id].reading).toMatch(/under the status quo/);
    }
  });

  it('is exact for few assumptions and sampled for many', () => {
    const few = shapleyAttribution({ ...STATUS_QUO, exerciseScale: 0, usEngagement: 90 }, STATUS_QUO, CURRENT_CONTEXT, 12, 300, 1);
    expect(few.method).toBe('exact');
    const many = shapleyAttribution(PRESETS[1]!.assumptions, STATUS_QUO, CURRENT_CONTEXT, 12, 300, 1);
    expect(many.method).toBe('sampled');
  });

  it('samples close to the exact Shapley values on a 7-assumption preset', () => {
    const preset = PRESETS.find((p) => p.id === 'hanoiAccepted')!.assumptions;
    const sampled = shapleyAttribution(preset, STATUS_QUO, CURRENT_CONTEXT, 12, 300, 1);
    const exact = shapleyAttribution(preset, STATUS_QUO, CURRENT_CONTEXT, 12, 300, 1, 12);
    expect(exact.method).toBe('exact');
    for (const id of OUTLOOK_IDS) {
      const scale = exact.shapley[id].reduce((s, v) => s + Math.abs(v), 0);
      exact.shapley[id].forEach((v, i) => expect(Math.abs(sampled.shapley[id][i]! - v)).toBeLessThanOrEqual(0.1 * scale + 1e-12));
    }
  });

  it('spreads the residual in proportion, keeping zero contributions at zero', () => {
    expect(matchTotal([2, -1, 0], 1.2)).toEqual([2 + 0.2 * (2 / 3), -1 + 0.2 * (1 / 3), 0]);
    const matched = matchTotal([0.3, 0.1], 0.5);
    expect(matched.reduce((a, b) => a + b, 0)).toBeCloseTo(0.5, 12);
  });
});
