/**
 * Monte Carlo draws of the coefficients. Row d holds one full parameter set.
 * Rows are generated in order from the seed, so the first M rows are the same
 * whatever the total: attribution and sensitivity reuse a prefix of the very
 * draws the forecast used (common random numbers), and outlooks move smoothly
 * as assumptions change because the parameters do not.
 */
import { COEFFICIENTS, COEFFICIENT_COUNT } from './coefficients';
import { createRng } from './rng';

export interface ParameterDraws {
  draws: number;
  /** One view per draw into a single buffer, indexed by the coefficient's column (K). */
  rows: Float64Array[];
}

function toRows(values: Float64Array, width: number): Float64Array[] {
  const rows: Float64Array[] = [];
  for (let o = 0; o < values.length; o += width) rows.push(values.subarray(o, o + width));
  return rows;
}

function sampleOne(dist: string, center: number, spread: number, z: number): number {
  if (dist === 'lognormal') return center * Math.exp(spread * z);
  const value = center + spread * z;
  return dist === 'share' ? Math.min(1, Math.max(0, value)) : value;
}

function sample(seed: number, draws: number): ParameterDraws {
  const rng = createRng(seed);
  const width = COEFFICIENT_COUNT;
  const values = new Float64Array(draws * width);
  for (let d = 0; d < draws; d++) {
    for (let k = 0; k < width; k++) {
      const c = COEFFICIENTS[k]!;
      values[d * width + k] = sampleOne(c.dist, c.center, c.spread, rng.normal());
    }
  }
  return { draws, rows: toRows(values, width) };
}

// A few recent samples are kept: a session of slider moves reuses one sample.
const cache = new Map<number, ParameterDraws>();
const CACHE_LIMIT = 4;

/** At least `draws` rows for this seed (possibly more: use a prefix). */
export function parameterDraws(seed: number, draws: number): ParameterDraws {
  const cached = cache.get(seed);
  if (cached && cached.draws >= draws) {
    cache.delete(seed);
    cache.set(seed, cached);
    return cached;
  }
  const fresh = sample(seed, draws);
  cache.delete(seed);
  cache.set(seed, fresh);
  while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return fresh;
}
