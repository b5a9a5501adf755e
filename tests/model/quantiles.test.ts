import { describe, expect, it } from 'vitest';
import { exactBand, monthlyBands } from '@/server/model/quantiles';
import { createRng } from '@/server/model/rng';

describe('quantiles across draws', () => {
  const draws = 3000, months = 4;
  const rng = createRng(11);
  // Draw-major: month t of draw d at [d*months + t]; each month a different skewed distribution.
  const values = new Float64Array(draws * months);
  for (let d = 0; d < draws; d++) for (let t = 0; t < months; t++) values[d * months + t] = Math.exp(rng.normal() * (t + 1) * 0.3) * (t + 1);

  it('interpolates exact order statistics at the horizon', () => {
    const sorted = new Float64Array([5, 1, 4, 2, 3]);
    expect(exactBand({ values: sorted, count: 5, offset: 0, stride: 1 })).toEqual({ mean: 3, p10: 1.4, p50: 3, p90: 4.6 });
  });

  it('selects the same order statistics as a full sort', () => {
    for (let t = 0; t < months; t++) {
      const column = Float64Array.from({ length: draws }, (_, d) => values[d * months + t]!).sort();
      const at = (q: number) => {
        const pos = q * (draws - 1), lo = Math.floor(pos);
        return column[lo]! + (column[lo + 1]! - column[lo]!) * (pos - lo);
      };
      const band = exactBand({ values, count: draws, offset: t, stride: months });
      expect(band.p10).toBe(at(0.1));
      expect(band.p50).toBe(at(0.5));
      expect(band.p90).toBe(at(0.9));
    }
  });

  it('gives monthly bands within 1/256 of the range of the exact ones, and exact means', () => {
    const bands = monthlyBands(values, draws, months);
    for (let t = 0; t < months; t++) {
      const exact = exactBand({ values, count: draws, offset: t, stride: months });
      const column = Array.from({ length: draws }, (_, d) => values[d * months + t]!);
      const range = Math.max(...column) - Math.min(...column);
      for (const q of ['p10', 'p50', 'p90'] as const) expect(Math.abs(bands[t]![q] - exact[q])).toBeLessThanOrEqual(range / 256);
      expect(bands[t]!.mean).toBeCloseTo(exact.mean, 10);
    }
  });

  it('collapses to the value when every draw agrees', () => {
    const flat = new Float64Array(10).fill(0.25);
    expect(monthlyBands(flat, 10, 1)[0]).toEqual({ mean: 0.25, p10: 0.25, p50: 0.25, p90: 0.25 });
  });
});
