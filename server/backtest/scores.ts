/**
 * Proper scoring rules and summaries for the backtest. Pure functions over plain
 * arrays; every one throws on empty or mismatched input rather than returning NaN,
 * so a bug in the caller cannot print as a score.
 */

/** Probabilities are clipped before taking logs: one confident miss would otherwise score −∞. */
export const LOG_CLIP = 0.001;

/** Reliability bins. Coarse because the files hold tens of episodes, not thousands. */
export const RELIABILITY_EDGES = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1] as const;

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  /** Mean forecast of the episodes in the bin; null when the bin is empty. */
  meanForecast: number | null;
  /** Share of them in which the event happened; null when the bin is empty. */
  observedFrequency: number | null;
}

function check(preds: readonly number[], actual: readonly unknown[]): void {
  if (preds.length === 0) throw new RangeError('cannot score an empty set of forecasts');
  if (preds.length !== actual.length) {
    throw new RangeError(`${preds.length} forecasts but ${actual.length} outcomes`);
  }
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean of an empty list');
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** Share of outcomes that happened: climatology's forecast for a binary outlook. */
export function baseRate(outcomes: readonly boolean[]): number {
  return mean(outcomes.map(Number));
}

/** Mean squared error of probability forecasts; 0 is perfect, lower is better. */
export function brier(preds: readonly number[], outcomes: readonly boolean[]): number {
  check(preds, outcomes);
  return mean(preds.map((p, i) => (p - Number(outcomes[i])) ** 2));
}

/**
 * Mean natural log of the probability given to what happened (clipped to
 * [LOG_CLIP, 1 − LOG_CLIP]); 0 is perfect, higher is better.
 */
export function logScore(preds: readonly number[], outcomes: readonly boolean[]): number {
  check(preds, outcomes);
  return mean(
    preds.map((p, i) => {
      const clipped = Math.min(1 - LOG_CLIP, Math.max(LOG_CLIP, p));
      return Math.log(outcomes[i] ? clipped : 1 - clipped);
    }),
  );
}

/**
 * Brier skill score, 1 − model / reference: 1 is perfect, 0 no better than the
 * reference, negative worse. Null when the reference is perfect (all outcomes
 * alike and climatology scores 0), where skill is undefined.
 */
export function brierSkill(model: number, reference: number): number | null {
  return reference === 0 ? null : 1 - model / reference;
}

/** Forecasts grouped by value: does "30%" happen about 30% of the time? Empty bins are kept, with count 0. */
export function reliability(
  preds: readonly number[],
  outcomes: readonly boolean[],
  edges: readonly number[] = RELIABILITY_EDGES,
): ReliabilityBin[] {
  check(preds, outcomes);
  return edges.slice(0, -1).map((from, b) => {
    const to = edges[b + 1] as number;
    const last = b === edges.length - 2;
    // Half-open [from, to), except the last bin, which includes 1.
    const members = preds.flatMap((p, i) => (p >= from && (p < to || (last && p <= to)) ? [i] : []));
    const count = members.length;
    return {
      from,
      to,
      count,
      meanForecast: count ? mean(members.map((i) => preds[i] as number)) : null,
      observedFrequency: count ? mean(members.map((i) => Number(outcomes[i]))) : null,
    };
  });
}

export function meanAbsoluteError(preds: readonly number[], actual: readonly number[]): number {
  check(preds, actual);
  return mean(preds.map((p, i) => Math.abs(p - (actual[i] as number))));
}
