import { describe, expect, it } from 'vitest';
import { OUTLOOK_IDS, PRESETS, STATE_IDS, runForecast, type Assumptions } from '@/server/model';
import { forecast } from './helpers';

const PROBABILITIES = ['nuclearTest', 'icbmLaunch', 'interimDeal', 'denuclearizationStep'] as const;

describe('determinism', () => {
  it('gives identical results for identical inputs and seed', () => {
    const input = { assumptions: PRESETS[1]!.assumptions, horizonMonths: 18, draws: 800, seed: 42 };
    expect(runForecast(input)).toEqual(runForecast(input));
  });

  it('changes with the seed, but only within Monte Carlo error', () => {
    const a = runForecast({ assumptions: PRESETS[0]!.assumptions, draws: 4000, seed: 1 });
    const b = runForecast({ assumptions: PRESETS[0]!.assumptions, draws: 4000, seed: 2 });
    expect(a.outlooks.icbmLaunch.mean).not.toBe(b.outlooks.icbmLaunch.mean);
    expect(Math.abs(a.outlooks.icbmLaunch.mean - b.outlooks.icbmLaunch.mean)).toBeLessThan(0.02);
  });

  it('moves smoothly: one step of a slider moves the ICBM outlook by a little', () => {
    const steps = [50, 51, 52, 53].map((v) => forecast({ exerciseScale: v }).outlooks.icbmLaunch.mean);
    const jumps = steps.slice(1).map((v, i) => v - steps[i]!);
    for (const jump of jumps) {
      expect(jump).toBeGreaterThan(0);
      expect(jump).toBeLessThan(0.01);
    }
  });
});

describe.each(PRESETS.map((p) => [p.name, p.assumptions] as [string, Assumptions]))('bounds under "%s"', (_name, assumptions) => {
  const result = runForecast({ assumptions, horizonMonths: 36, draws: 400, seed: 3 });

  it('keeps probabilities in [0, 1] with ordered bands and non-decreasing cumulative paths', () => {
    for (const id of PROBABILITIES) {
      const o = result.outlooks[id];
      for (const v of [o.mean, o.p10, o.p50, o.p90]) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
      expect(o.p10).toBeLessThanOrEqual(o.p50);
      expect(o.p50).toBeLessThanOrEqual(o.p90);
      o.trajectory.slice(1).forEach((point, i) => expect(point.mean).toBeGreaterThanOrEqual(o.trajectory[i]!.mean - 1e-12));
    }
  });

  it('keeps tension in [0, 100], launches non-negative and the arsenal from shrinking', () => {
    for (const point of result.outlooks.tensionIndex.trajectory) {
      expect(point.p10).toBeGreaterThanOrEqual(0);
      expect(point.p90).toBeLessThanOrEqual(100);
    }
    expect(result.outlooks.missileLaunches.p10).toBeGreaterThanOrEqual(0);
    const arsenal = result.outlooks.arsenal.trajectory.map((p) => p.mean);
    arsenal.slice(1).forEach((v, i) => expect(v).toBeGreaterThanOrEqual(arsenal[i]!));
    expect(arsenal[0]).toBeGreaterThanOrEqual(50);
  });

  it('has state shares that sum to 1 every month', () => {
    expect(result.states).toHaveLength(37);
    for (const month of result.states) {
      const total = STATE_IDS.reduce((sum, s) => sum + month[s], 0);
      expect(total).toBeCloseTo(1, 9);
    }
  });

  it('returns a trajectory of the horizon\'s length and a reading for every outlook', () => {
    for (const id of OUTLOOK_IDS) {
      expect(result.outlooks[id].trajectory).toHaveLength(36);
      expect(result.outlooks[id].reading).toMatch(/36 months/);
    }
    expect(result.launchesByQuarter).toHaveLength(12);
  });
});
