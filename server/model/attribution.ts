/**
 * Attribution: how much each assumption that differs from the status quo
 * contributes to the difference between the scenario and the status quo.
 * Shapley values: each assumption's marginal effect, averaged over every order
 * in which the differing assumptions could be switched from status quo to
 * scenario. Exact enumeration of all 2^k coalitions up to k = 5; beyond that,
 * six antithetic pairs of permutations (seeded, so still deterministic): the
 * model's interactions are weak, so few orders suffice (docs/model.md gives
 * the measured error).
 *
 * The coalitions are evaluated on the first ATTRIBUTION_DRAWS draws of the
 * same parameter sample (common random numbers keep the differences precise).
 * The small Monte Carlo residual between that subset's total and the full
 * forecast's total is spread over the assumptions in proportion to their
 * share, so the contributions sum exactly to the difference the user sees.
 */
import type { Assumptions, AssumptionId } from './assumptions';
import { ASSUMPTION_IDS } from './assumptions';
import type { ModelContext } from './context';
import { toFeatures } from './features';
import { simulate, type HorizonMeans } from './kernel';
import { OUTLOOK_IDS, type OutlookId } from './outlooks';
import { parameterDraws } from './parameters';
import { createRng } from './rng';

export const ATTRIBUTION_DRAWS = 250;
const EXACT_LIMIT = 5;
const SAMPLED_PERMUTATION_PAIRS = 6;

export interface RawAttribution {
  method: 'exact' | 'sampled' | 'none';
  /** Differing assumptions, in the model's assumption order. */
  players: AssumptionId[];
  /** Contribution of each player to each outlook, before matching the full totals. */
  shapley: Record<OutlookId, number[]>;
}

export function differingAssumptions(scenario: Assumptions, statusQuo: Assumptions): AssumptionId[] {
  return ASSUMPTION_IDS.filter((id) => JSON.stringify(scenario[id]) !== JSON.stringify(statusQuo[id]));
}

export function shapleyAttribution(
  scenario: Assumptions, statusQuo: Assumptions, context: ModelContext, horizon: number, draws: number, seed: number,
  exactLimit = EXACT_LIMIT,
): RawAttribution {
  const players = differingAssumptions(scenario, statusQuo);
  const k = players.length;
  const shapley = Object.fromEntries(OUTLOOK_IDS.map((id) => [id, new Array<number>(k).fill(0)])) as Record<OutlookId, number[]>;
  if (k === 0) return { method: 'none', players, shapley };

  const subset = Math.min(draws, ATTRIBUTION_DRAWS);
  const params = parameterDraws(seed, draws);
  const memo = new Map<number, HorizonMeans>();
  const value = (mask: number): HorizonMeans => {
    let v = memo.get(mask);
    if (!v) {
      const mixed: Record<string, unknown> = { ...statusQuo };
      players.forEach((id, i) => { if (mask & (1 << i)) mixed[id] = scenario[id]; });
      v = simulate(toFeatures(mixed as Assumptions, context), params, subset, horizon, context.warheadsEstimate, null);
      memo.set(mask, v);
    }
    return v;
  };
  const credit = (i: number, without: number, weight: number) => {
    const a = value(without | (1 << i));
    const b = value(without);
    for (const id of OUTLOOK_IDS) shapley[id][i]! += weight * (a[id] - b[id]);
  };

  if (k <= exactLimit) {
    const weights = coalitionWeights(k);
    for (let mask = 0; mask < 1 << k; mask++) {
      const size = popcount(mask);
      for (let i = 0; i < k; i++) if (!(mask & (1 << i))) credit(i, mask, weights[size]!);
    }
    return { method: 'exact', players, shapley };
  }

  const rng = createRng(seed ^ 0x5eed);
  const orders = SAMPLED_PERMUTATION_PAIRS * 2;
  for (let pair = 0; pair < SAMPLED_PERMUTATION_PAIRS; pair++) {
    const order = shuffled(k, rng.next);
    for (const walk of [order, [...order].reverse()]) {
      let mask = 0;
      for (const i of walk) {
        credit(i, mask, 1 / orders);
        mask |= 1 << i;
      }
    }
  }
  return { method: 'sampled', players, shapley };
}

/** Shapley weight of a coalition of size s among k players: s!(k-s-1)!/k!. */
function coalitionWeights(k: number): number[] {
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  return Array.from({ length: k }, (_, s) => (factorial(s) * factorial(k - s - 1)) / factorial(k));
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}

function shuffled(k: number, random: () => number): number[] {
  const order = Array.from({ length: k }, (_, i) => i);
  for (let i = k - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * Scale the subset's contributions so they sum to the full forecast's
 * difference: the residual is shared in proportion to |contribution|, so an
 * assumption with no effect keeps exactly zero.
 */
export function matchTotal(contributions: number[], total: number): number[] {
  const sum = contributions.reduce((a, b) => a + b, 0);
  const residual = total - sum;
  const weight = contributions.reduce((a, b) => a + Math.abs(b), 0);
  if (weight === 0) return contributions.map(() => (contributions.length ? total / contributions.length : 0));
  return contributions.map((c) => c + (residual * Math.abs(c)) / weight);
}
