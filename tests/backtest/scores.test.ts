import { describe, expect, it } from 'vitest';
import {
  baseRate,
  brier,
  brierSkill,
  logScore,
  mean,
  meanAbsoluteError,
  median,
  reliability,
} from '../../server/backtest/scores';

describe('brier', () => {
  it('is the mean squared error of the probabilities', () => {
    expect(brier([0.5, 0.5], [true, false])).toBeCloseTo(0.25, 12);
    // (0.9−1)² = 0.01, (0.2−0)² = 0.04, (0.6−0)² = 0.36 → 0.41 / 3
    expect(brier([0.9, 0.2, 0.6], [true, false, false])).toBeCloseTo(0.41 / 3, 12);
    expect(brier([1, 0], [true, false])).toBe(0);
  });

  it('refuses empty or mismatched input instead of returning NaN', () => {
    expect(() => brier([], [])).toThrow(RangeError);
    expect(() => brier([0.5], [true, false])).toThrow(/1 forecasts but 2 outcomes/);
  });
});

describe('brierSkill', () => {
  it('is 1 − model / reference', () => {
    expect(brierSkill(0.1, 0.2)).toBeCloseTo(0.5, 12);
    expect(brierSkill(0.2, 0.2)).toBe(0);
    expect(brierSkill(0.3, 0.2)).toBeCloseTo(-0.5, 12);
  });

  it('is undefined (null) when the reference is perfect', () => {
    expect(brierSkill(0.05, 0)).toBeNull();
  });
});

describe('logScore', () => {
  it('is the mean ln of the probability given to what happened', () => {
    expect(logScore([0.8, 0.3], [true, false])).toBeCloseTo((Math.log(0.8) + Math.log(0.7)) / 2, 12);
    expect(logScore([0.5], [false])).toBeCloseTo(Math.log(0.5), 12);
  });

  it('clips to [0.001, 0.999] so a confident miss is finite', () => {
    expect(logScore([0], [true])).toBeCloseTo(Math.log(0.001), 12);
    expect(logScore([1], [false])).toBeCloseTo(Math.log(0.001), 12);
    expect(logScore([1], [true])).toBeCloseTo(Math.log(0.999), 12);
  });
});

describe('reliability', () => {
  it('bins forecasts and reports count, mean forecast and observed frequency', () => {
    const bins = reliability([0.05, 0.08, 0.2, 0.25, 0.95, 1], [false, true, false, false, true, true]);
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      [0, 0.1], [0.1, 0.3], [0.3, 0.5], [0.5, 0.7], [0.7, 0.9], [0.9, 1],
    ]);
    expect(bins.map((b) => b.count)).toEqual([2, 2, 0, 0, 0, 2]);
    expect(bins[0]?.meanForecast).toBeCloseTo(0.065, 12);
    expect(bins[0]?.observedFrequency).toBe(0.5);
    expect(bins[1]?.meanForecast).toBeCloseTo(0.225, 12);
    expect(bins[1]?.observedFrequency).toBe(0);
    expect(bins[2]).toEqual({ from: 0.3, to: 0.5, count: 0, meanForecast: null, observedFrequency: null });
    expect(bins[5]?.observedFrequency).toBe(1);
  });

  it('puts a bin edge in the upper bin, and 1 in the last bin', () => {
    const counts = reliability([0, 0.1, 0.3, 0.5, 0.7, 0.9, 1], Array(7).fill(false)).map((b) => b.count);
    expect(counts).toEqual([1, 1, 1, 1, 1, 2]);
  });
});

describe('counts', () => {
  it('mean absolute error', () => {
    expect(meanAbsoluteError([10, 0, 5], [7, 2, 5])).toBeCloseTo(5 / 3, 12);
  });

  it('median: middle value, or the mean of the middle two', () => {
    expect(median([7, 0, 27, 9, 2])).toBe(7);
    expect(median([0, 30, 2, 9])).toBe(5.5);
  });

  it('the median constant beats the mean constant on skewed counts', () => {
    const launches = [0, 0, 2, 7, 69];
    const mae = (c: number) => meanAbsoluteError(launches.map(() => c), launches);
    expect(median(launches)).toBe(2);
    expect(mean(launches)).toBe(15.6);
    expect(mae(2)).toBeCloseTo((2 + 2 + 0 + 5 + 67) / 5, 12);
    expect(mae(2)).toBeLessThan(mae(15.6));
  });

  it('base rate is the share of events', () => {
    expect(baseRate([true, false, false, false])).toBe(0.25);
  });
});
