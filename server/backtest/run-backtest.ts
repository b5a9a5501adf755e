/**
 * Scores forecasts against what happened. The forecast function is injected: the
 * CLI wraps the model, tests pass stubs. It is handed only what a user of the
 * dashboard could have entered at the time (assumptions, horizon) and the facts of
 * the date (context) — never the outcome, id, label or date — so the model cannot
 * look an episode up and is scored as it would be on a file it has never seen.
 */
import type { Assumptions } from '../model/assumptions';
import type { ModelContext } from '../model/context';
import { EVENT_OUTLOOKS, type EventOutlookId } from '../model/outlooks';
import type { Episode, Observed } from './episodes';
import {
  baseRate,
  brier,
  brierSkill,
  logScore,
  mean,
  meanAbsoluteError,
  median,
  reliability,
  type ReliabilityBin,
} from './scores';

export const SCORED_OUTLOOKS = [...EVENT_OUTLOOKS, 'missileLaunches'] as const;
export type ScoredOutlookId = (typeof SCORED_OUTLOOKS)[number];

export interface ForecastRequest {
  assumptions: Assumptions;
  horizonMonths: number;
  context: ModelContext;
}
/** Probabilities for the event outlooks, the expected count for missileLaunches. */
export type Predictions = Record<ScoredOutlookId, number>;
export type ForecastFunction = (request: ForecastRequest) => Predictions;

/** Scores are null where undefined: no scored episodes, or a reference that cannot be beaten. */
export interface BinaryOutlookScore {
  n: number;
  events: number;
  baseRate: number | null;
  brier: number | null;
  climatologyBrier: number | null;
  brierSkill: number | null;
  logScore: number | null;
  climatologyLogScore: number | null;
  reliability: ReliabilityBin[];
}

export interface CountOutlookScore {
  n: number;
  mae: number | null;
  /** The median of the observed counts: the constant with the lowest MAE in-sample. */
  constant: number | null;
  constantMae: number | null;
  meanConstant: number | null;
  meanConstantMae: number | null;
  /** 1 − mae / constantMae. */
  skill: number | null;
}

export interface EpisodeRow {
  id: string;
  label: string;
  date: string;
  horizonMonths: number;
  predicted: Predictions;
  observed: Observed;
  /** False where the DPRK could not yet fly an ICBM, so icbmLaunch is not scored. */
  icbmScored: boolean;
}

export interface BacktestReport {
  episodes: number;
  outlooks: Record<EventOutlookId, BinaryOutlookScore>;
  missileLaunches: CountOutlookScore;
  rows: EpisodeRow[];
}

export function runBacktest(episodes: readonly Episode[], forecast: ForecastFunction): BacktestReport {
  const rows = episodes.map((episode): EpisodeRow => {
    // Copies, so a model that mutated its input could not leak into the next episode.
    const request: ForecastRequest = {
      assumptions: structuredClone(episode.assumptions),
      horizonMonths: episode.horizonMonths,
      context: { ...episode.context },
    };
    return {
      id: episode.id,
      label: episode.label,
      date: episode.date,
      horizonMonths: episode.horizonMonths,
      predicted: checkPredictions(forecast(request), episode.id),
      observed: episode.observed,
      icbmScored: episode.context.icbmCapable,
    };
  });
  const outlooks = Object.fromEntries(
    EVENT_OUTLOOKS.map((id) => [id, scoreBinary(id === 'icbmLaunch' ? rows.filter((r) => r.icbmScored) : rows, id)]),
  ) as Record<EventOutlookId, BinaryOutlookScore>;
  return { episodes: rows.length, outlooks, missileLaunches: scoreCount(rows), rows };
}

function scoreBinary(rows: readonly EpisodeRow[], id: EventOutlookId): BinaryOutlookScore {
  const preds = rows.map((r) => r.predicted[id]);
  const outcomes = rows.map((r) => r.observed[id]);
  const events = outcomes.filter(Boolean).length;
  if (rows.length === 0) {
    return {
      n: 0, events, baseRate: null, brier: null, climatologyBrier: null, brierSkill: null,
      logScore: null, climatologyLogScore: null, reliability: [],
    };
  }
  // Climatology is the file's own base rate: in-sample, so a demanding reference.
  const rate = baseRate(outcomes);
  const climatology = preds.map(() => rate);
  const modelBrier = brier(preds, outcomes);
  const climatologyBrier = brier(climatology, outcomes);
  return {
    n: rows.length,
    events,
    baseRate: rate,
    brier: modelBrier,
    climatologyBrier,
    brierSkill: brierSkill(modelBrier, climatologyBrier),
    logScore: logScore(preds, outcomes),
    climatologyLogScore: logScore(climatology, outcomes),
    reliability: reliability(preds, outcomes),
  };
}

function scoreCount(rows: readonly EpisodeRow[]): CountOutlookScore {
  const counted = rows.flatMap((r) =>
    r.observed.missileLaunches === undefined ? [] : [{ pred: r.predicted.missileLaunches, actual: r.observed.missileLaunches }],
  );
  if (counted.length === 0) {
    return { n: 0, mae: null, constant: null, constantMae: null, meanConstant: null, meanConstantMae: null, skill: null };
  }
  const actual = counted.map((c) => c.actual);
  const mae = meanAbsoluteError(counted.map((c) => c.pred), actual);
  const constant = median(actual);
  const constantMae = meanAbsoluteError(actual.map(() => constant), actual);
  const meanConstant = mean(actual);
  return {
    n: counted.length,
    mae,
    constant,
    constantMae,
    meanConstant,
    meanConstantMae: meanAbsoluteError(actual.map(() => meanConstant), actual),
    skill: constantMae === 0 ? null : 1 - mae / constantMae,
  };
}

/** Floating-point noise a Monte Carlo mean may carry (e.g. −4e−18 for "never"); clamped, not rejected. */
const ROUNDING = 1e-9;

/** A forecast really out of range is a model bug; fail loudly rather than score it. */
function checkPredictions(predictions: Predictions, episodeId: string): Predictions {
  const checked = {} as Predictions;
  for (const id of SCORED_OUTLOOKS) {
    const value = predictions[id];
    const max = id === 'missileLaunches' ? Infinity : 1;
    if (!Number.isFinite(value) || value < -ROUNDING || value > max + ROUNDING) {
      throw new RangeError(`episode ${JSON.stringify(episodeId)}: the forecast gave ${id} = ${value}`);
    }
    checked[id] = Math.min(max, Math.max(0, value));
  }
  return checked;
}
