/**
 * One full Monte Carlo run of a scenario, summarised: for each outlook the
 * horizon band (exact quantiles) and the monthly trajectory (histogram
 * bands), the mean share of each state by month, and launches by quarter.
 */
import type { Assumptions } from './assumptions';
import type { ModelContext } from './context';
import { toFeatures } from './features';
import { createRecording, simulate, type Recording } from './kernel';
import { OUTLOOK_IDS, STATE_IDS, type OutlookId } from './outlooks';
import { parameterDraws } from './parameters';
import { exactBand, histogramBand } from './quantiles';
import type { Band, StateMonth, TrajectoryPoint } from './schema';

export interface OutlookSummary extends Band {
  trajectory: TrajectoryPoint[];
}

export interface ScenarioSummary {
  outlooks: Record<OutlookId, OutlookSummary>;
  states: StateMonth[];
  launchesByQuarter: { quarter: number; months: number; mean: number; p10: number; p90: number }[];
}

// The recording is scratch space, reused between runs of the same size (the
// run is synchronous and everything is copied out before it returns).
let recording: { draws: number; horizon: number; rec: Recording } | null = null;
function recordingFor(draws: number, horizon: number): Recording {
  if (!recording || recording.draws !== draws || recording.horizon !== horizon) {
    recording = { draws, horizon, rec: createRecording(draws, horizon) };
  } else {
    recording.rec.stateSums.fill(0);
  }
  return recording.rec;
}

const SERIES: Record<OutlookId, keyof Recording> = {
  nuclearTest: 'nuclearTest', icbmLaunch: 'icbmLaunch', interimDeal: 'interimDeal',
  denuclearizationStep: 'denuclearizationStep', missileLaunches: 'missileLaunches', tensionIndex: 'tension', arsenal: 'arsenal',
};

export function simulateOutlooks(
  assumptions: Assumptions, context: ModelContext, horizon: number, draws: number, seed: number,
): ScenarioSummary {
  const rec = recordingFor(draws, horizon);
  simulate(toFeatures(assumptions, context), parameterDraws(seed, draws), draws, horizon, context.warheadsEstimate, rec);

  const outlooks = {} as Record<OutlookId, OutlookSummary>;
  for (const id of OUTLOOK_IDS) {
    const values = rec[SERIES[id]] as Float64Array;
    const trajectory: TrajectoryPoint[] = [];
    for (let t = 1; t <= horizon; t++) {
      trajectory.push({ month: t, ...histogramBand({ values, count: draws, offset: t - 1, stride: horizon }) });
    }
    const atHorizon = id === 'tensionIndex'
      ? exactBand({ values: rec.tensionAverage, count: draws, offset: 0, stride: 1 })
      : exactBand({ values, count: draws, offset: horizon - 1, stride: horizon });
    outlooks[id] = { ...atHorizon, trajectory };
  }

  const states: StateMonth[] = [];
  for (let t = 0; t <= horizon; t++) {
    const month = { month: t } as StateMonth;
    STATE_IDS.forEach((state, s) => { month[state] = rec.stateSums[t * 5 + s]! / draws; });
    states.push(month);
  }

  return { outlooks, states, launchesByQuarter: quarterlyLaunches(rec.missileLaunches, draws, horizon) };
}

function quarterlyLaunches(cumulative: Float64Array, draws: number, horizon: number): ScenarioSummary['launchesByQuarter'] {
  const quarters: ScenarioSummary['launchesByQuarter'] = [];
  const perDraw = new Float64Array(draws);
  for (let q = 1; (q - 1) * 3 < horizon; q++) {
    const first = (q - 1) * 3 + 1;
    const last = Math.min(q * 3, horizon);
    for (let d = 0; d < draws; d++) {
      const before = first > 1 ? cumulative[d * horizon + first - 2]! : 0;
      perDraw[d] = cumulative[d * horizon + last - 1]! - before;
    }
    const band = histogramBand({ values: perDraw, count: draws, offset: 0, stride: 1 });
    quarters.push({ quarter: q, months: last - first + 1, mean: band.mean, p10: band.p10, p90: band.p90 });
  }
  return quarters;
}
