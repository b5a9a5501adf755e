/**
 * One full Monte Carlo run of a scenario, summarised: for each outlook the
 * horizon band (exact quantiles) and the monthly trajectory, the mean share of
 * each state by month, and launches by quarter. Monthly bands (histogram
 * quantiles) are computed where a chart draws them, for tension and the
 * arsenal; the cumulative outlooks' trajectories carry the monthly mean
 * (binning every month of every series would double the engine's time).
 */
import type { Assumptions } from './assumptions';
import type { ModelContext } from './context';
import { toFeatures } from './features';
import { createRecording, LAUNCHES_SLOT, resetRecording, simulate, type Recording } from './kernel';
import { OUTLOOK_IDS, STATE_IDS, type OutlookId } from './outlooks';
import { parameterDraws } from './parameters';
import { exactBand, monthlyBands } from './quantiles';
import type { Band, StateMonth, TrajectoryPoint } from './schema';

export interface OutlookSummary extends Band {
  trajectory: TrajectoryPoint[];
}

export interface ScenarioSummary {
  outlooks: Record<OutlookId, OutlookSummary>;
  states: StateMonth[];
  launchesByQuarter: { quarter: number; months: number; mean: number }[];
}

// The recording is scratch space, reused between runs of the same size (the
// run is synchronous and everything is copied out before it returns).
let recording: { draws: number; horizon: number; rec: Recording } | null = null;
function recordingFor(draws: number, horizon: number): Recording {
  if (!recording || recording.draws !== draws || recording.horizon !== horizon) {
    recording = { draws, horizon, rec: createRecording(draws, horizon) };
  } else {
    resetRecording(recording.rec);
  }
  return recording.rec;
}

const BANDED: Partial<Record<OutlookId, 'tension' | 'arsenal'>> = { tensionIndex: 'tension', arsenal: 'arsenal' };

export function simulateOutlooks(
  assumptions: Assumptions, context: ModelContext, horizon: number, draws: number, seed: number,
): ScenarioSummary {
  const rec = recordingFor(draws, horizon);
  simulate(toFeatures(assumptions, context), parameterDraws(seed, draws), draws, horizon, context.warheadsEstimate, rec);

  const outlooks = {} as Record<OutlookId, OutlookSummary>;
  OUTLOOK_IDS.forEach((id, k) => {
    const banded = BANDED[id];
    const trajectory: TrajectoryPoint[] = banded
      ? monthlyBands(rec[banded], draws, horizon).map((band, i) => ({ month: i + 1, ...band }))
      : Array.from({ length: horizon }, (_, i) => ({ month: i + 1, mean: rec.monthSums[i * OUTLOOK_IDS.length + k]! / draws }));
    outlooks[id] = { ...exactBand({ values: rec.atHorizon[id], count: draws, offset: 0, stride: 1 }), trajectory };
  });

  const states: StateMonth[] = [];
  for (let t = 0; t <= horizon; t++) {
    const month = { month: t } as StateMonth;
    STATE_IDS.forEach((state, s) => { month[state] = rec.stateSums[t * 5 + s]! / draws; });
    states.push(month);
  }

  return { outlooks, states, launchesByQuarter: quarterlyLaunches(rec, draws, horizon) };
}

/**
 * Expected launches per quarter. Per-draw monthly launch paths are not kept,
 * so the quarter's mean comes from the monthly means; its band is omitted.
 */
function quarterlyLaunches(rec: Recording, draws: number, horizon: number): ScenarioSummary['launchesByQuarter'] {
  const cumulative = (month: number) => (month === 0 ? 0 : rec.monthSums[(month - 1) * OUTLOOK_IDS.length + LAUNCHES_SLOT]! / draws);
  const quarters: ScenarioSummary['launchesByQuarter'] = [];
  for (let q = 1; (q - 1) * 3 < horizon; q++) {
    const last = Math.min(q * 3, horizon);
    quarters.push({ quarter: q, months: last - (q - 1) * 3, mean: cumulative(last) - cumulative((q - 1) * 3) });
  }
  return quarters;
}
