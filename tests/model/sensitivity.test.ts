import { describe, expect, it } from 'vitest';
import { ASSUMPTION_IDS, OUTLOOK_IDS, PRESETS, STATUS_QUO, runSensitivity } from '@/server/model';

describe('tornado (forecast.sensitivity)', () => {
  const all = runSensitivity({ assumptions: STATUS_QUO, draws: 300, seed: 5 });

  it('has one bar per assumption for every outlook, sorted by swing', () => {
    expect(all.outlooks.map((o) => o.id)).toEqual([...OUTLOOK_IDS]);
    for (const o of all.outlooks) {
      expect(o.bars.map((b) => b.assumption).sort()).toEqual([...ASSUMPTION_IDS].sort());
      o.bars.slice(1).forEach((bar, i) => expect(bar.swing).toBeLessThanOrEqual(o.bars[i]!.swing));
    }
  });

  it('spans the base value, with low at or below high', () => {
    for (const o of all.outlooks) {
      for (const bar of o.bars) {
        expect(bar.low.outcome).toBeLessThanOrEqual(bar.high.outcome);
        expect(bar.swing).toBeCloseTo(bar.high.outcome - bar.low.outcome, 12);
        expect(bar.low.outcome).toBeLessThanOrEqual(o.base + 1e-9);
        expect(bar.high.outcome).toBeGreaterThanOrEqual(o.base - 1e-9);
      }
    }
  });

  it('puts the exercise scale among the top drivers of ICBM launches, with full scale at the high end', () => {
    const icbm = all.outlooks.find((o) => o.id === 'icbmLaunch')!;
    const top = icbm.bars.slice(0, 4).map((b) => b.assumption);
    expect(top).toContain('exerciseScale');
    const exercise = icbm.bars.find((b) => b.assumption === 'exerciseScale')!;
    expect(exercise.high.value).toBe(100);
    expect(exercise.low.value).toBe(0);
  });

  it('answers for one outlook when asked, holding the other assumptions at the scenario', () => {
    const one = runSensitivity({ assumptions: PRESETS[2]!.assumptions, outlook: 'interimDeal', draws: 300, seed: 5 });
    expect(one.outlooks).toHaveLength(1);
    expect(one.outlooks[0]!.id).toBe('interimDeal');
  });
});
