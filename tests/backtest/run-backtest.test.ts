import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parseEpisodesFile, type Episode } from '../../server/backtest/episodes';
import { runBacktest, type ForecastRequest, type Predictions } from '../../server/backtest/run-backtest';

const episodes: Episode[] = parseEpisodesFile(
  readFileSync(fileURLToPath(new URL('../fixtures/episodes-small.json', import.meta.url)), 'utf8'),
  'episodes-small.json',
);
// Fixture outcomes, in order fx-2009, fx-2018-06, fx-2021, fx-2028:
//   nuclearTest T F F F; icbmLaunch (capable from fx-2018-06) – F T F;
//   interimDeal F T F F; denuclearizationStep F F F T; launches 9, 0, (unknown), 3.

const constant = (p: number, launches: number): Predictions => ({
  nuclearTest: p, icbmLaunch: p, interimDeal: p, denuclearizationStep: p, missileLaunches: launches,
});

describe('runBacktest', () => {
  it('calls the forecast with assumptions, horizon and context only: never outcomes, ids, labels or dates', () => {
    const spy = vi.fn((_request: ForecastRequest) => constant(0.5, 1));
    runBacktest(episodes, spy);
    expect(spy).toHaveBeenCalledTimes(episodes.length);
    spy.mock.calls.forEach(([request], i) => {
      const episode = episodes[i]!;
      expect(Object.keys(request).sort()).toEqual(['assumptions', 'context', 'horizonMonths']);
      expect(request).toEqual({ assumptions: episode.assumptions, horizonMonths: episode.horizonMonths, context: episode.context });
      const seen = JSON.stringify(request);
      expect(seen).not.toContain(episode.id);
      expect(seen).not.toContain(episode.date);
      expect(seen).not.toContain('observed');
    });
  });

  it('gives the model copies, so it cannot alter the episodes', () => {
    runBacktest(episodes, (request) => {
      request.assumptions.sanctionsLifted.push(2397);
      request.context.icbmCapable = false;
      return constant(0.5, 1);
    });
    expect(episodes[3]?.assumptions.sanctionsLifted).toEqual([2270, 2321]);
    expect(episodes[3]?.context.icbmCapable).toBe(true);
  });

  it('scores binary outlooks against the base rate, ICBM only where capable', () => {
    const report = runBacktest(episodes, () => constant(0.5, 4));
    const test = report.outlooks.nuclearTest;
    expect(test).toMatchObject({ n: 4, events: 1, baseRate: 0.25 });
    expect(test.brier).toBeCloseTo(0.25, 12);
    // Climatology 0.25 for all: (0.75² + 3 × 0.25²) / 4 = 0.1875
    expect(test.climatologyBrier).toBeCloseTo(0.1875, 12);
    expect(test.brierSkill).toBeCloseTo(1 - 0.25 / 0.1875, 12);
    expect(test.logScore).toBeCloseTo(Math.log(0.5), 12);
    expect(test.climatologyLogScore).toBeCloseTo((Math.log(0.25) + 3 * Math.log(0.75)) / 4, 12);
    expect(test.reliability.find((b) => b.count > 0)).toMatchObject({ from: 0.5, count: 4, meanForecast: 0.5, observedFrequency: 0.25 });

    const icbm = report.outlooks.icbmLaunch;
    expect(icbm).toMatchObject({ n: 3, events: 1 });
    expect(icbm.baseRate).toBeCloseTo(1 / 3, 12);
    expect(report.rows.map((r) => r.icbmScored)).toEqual([false, true, true, true]);
  });

  it('ignores the ICBM forecast where the DPRK was not capable', () => {
    const forecast = (request: ForecastRequest) => ({ ...constant(0.5, 4), icbmLaunch: request.context.icbmCapable ? 0.5 : 1 });
    expect(runBacktest(episodes, forecast).outlooks.icbmLaunch.brier).toBeCloseTo(0.25, 12);
  });

  it('scores launches by MAE against the median constant, skipping unknown counts', () => {
    // Known counts 9, 0, 3: median 3 (MAE 3), mean 4 (MAE (5 + 4 + 1) / 3).
    const report = runBacktest(episodes, () => constant(0.5, 4));
    const launches = report.missileLaunches;
    expect(launches.n).toBe(3);
    expect(launches.mae).toBeCloseTo(10 / 3, 12);
    expect(launches.constant).toBe(3);
    expect(launches.constantMae).toBeCloseTo(3, 12);
    expect(launches.meanConstant).toBe(4);
    expect(launches.meanConstantMae).toBeCloseTo(10 / 3, 12);
    expect(launches.skill).toBeCloseTo(1 - 10 / 9, 12);
  });

  it('rewards a forecast that knows the outcomes (sanity check of the direction)', () => {
    const coinFlip = runBacktest(episodes, () => constant(0.5, 0));
    const oracle = new Map(episodes.map((e) => [e.context.warheadsEstimate, e.observed]));
    const report = runBacktest(episodes, ({ context }) => {
      const o = oracle.get(context.warheadsEstimate)!;
      const p = (b: boolean) => (b ? 1 : 0);
      return {
        nuclearTest: p(o.nuclearTest), icbmLaunch: p(o.icbmLaunch), interimDeal: p(o.interimDeal),
        denuclearizationStep: p(o.denuclearizationStep), missileLaunches: o.missileLaunches ?? 0,
      };
    });
    expect(report.outlooks.interimDeal.brier).toBe(0);
    expect(report.outlooks.interimDeal.brierSkill).toBe(1);
    expect(report.missileLaunches.skill).toBe(1);
    expect(coinFlip.outlooks.interimDeal.brierSkill).toBeLessThan(0);
  });

  it('reports null scores where nothing can be scored', () => {
    const early = episodes.filter((e) => !e.context.icbmCapable);
    const report = runBacktest(early, () => constant(0.2, 1));
    expect(report.outlooks.icbmLaunch).toMatchObject({ n: 0, brier: null, brierSkill: null, reliability: [] });
    // One episode: all outcomes alike, climatology perfect, skill undefined.
    expect(report.outlooks.nuclearTest.climatologyBrier).toBe(0);
    expect(report.outlooks.nuclearTest.brierSkill).toBeNull();
  });

  it('fails loudly on an out-of-range forecast', () => {
    expect(() => runBacktest(episodes, () => constant(1.2, 1))).toThrow(/episode "fx-2009": the forecast gave nuclearTest = 1.2/);
    expect(() => runBacktest(episodes, () => constant(0.5, Number.NaN))).toThrow(/missileLaunches = NaN/);
  });

  it('clamps floating-point noise at the ends of the range', () => {
    const report = runBacktest(episodes, () => ({ ...constant(1 + 1e-15, 2), icbmLaunch: -4e-18 }));
    expect(report.rows[0]?.predicted.icbmLaunch).toBe(0);
    expect(report.rows[0]?.predicted.nuclearTest).toBe(1);
  });

  it('keeps per-episode rows with predictions and outcomes', () => {
    const report = runBacktest(episodes, () => ({ ...constant(0.3, 2), extra: 9 }) as Predictions);
    expect(report.episodes).toBe(4);
    expect(report.rows[1]).toEqual({
      id: 'fx-2018-06', label: episodes[1]!.label, date: '2018-06-15', horizonMonths: 6,
      predicted: constant(0.3, 2), observed: episodes[1]!.observed, icbmScored: true,
    });
  });
});
