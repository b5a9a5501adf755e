/**
 * Quantiles across Monte Carlo draws. Horizon figures (the scorecards) use
 * exact order statistics (quickselect). Monthly bands use a 256-bin
 * histogram between each month's minimum and maximum, interpolated within the
 * bin: accurate to 1/256 of the month's range and several times cheaper than
 * sorting every month. All months of a series are binned together in two
 * sequential passes over the draw-major recording (reading one month at a time
 * would stride through memory), and 256 bins keep the counts in L1 cache.
 */
import type { Band } from './schema';

const QUANTILES = [0.1, 0.5, 0.9] as const;
const BINS = 256;
let sortBuffer = new Float64Array(0);
let counts = new Int32Array(BINS);

/** Values of one series read with a stride: draw d's value at [offset + d*stride]. */
export interface StridedSeries {
  values: Float64Array;
  count: number;
  offset: number;
  stride: number;
}

/** Exact mean, P10, P50, P90 (linear interpolation between order statistics). */
export function exactBand({ values, count, offset, stride }: StridedSeries): Band {
  if (sortBuffer.length < count) sortBuffer = new Float64Array(count);
  const buf = sortBuffer;
  let sum = 0;
  for (let d = 0; d < count; d++) {
    const v = values[offset + d * stride]!;
    buf[d] = v;
    sum += v;
  }
  // Quantiles in increasing order: each selection leaves everything right of
  // its position no smaller, so the next one searches only that part.
  const result = [0, 0, 0];
  let from = 0;
  QUANTILES.forEach((q, i) => {
    const pos = q * (count - 1);
    const lo = Math.floor(pos);
    select(buf, from, count - 1, lo);
    let next = buf[lo]!;
    if (lo + 1 < count) {
      next = Infinity;
      for (let j = lo + 1; j < count; j++) if (buf[j]! < next) next = buf[j]!;
    }
    result[i] = buf[lo]! + (next - buf[lo]!) * (pos - lo);
    from = lo;
  });
  return { mean: sum / count, p10: result[0]!, p50: result[1]!, p90: result[2]! };
}

/** Quickselect (median-of-three pivot): afterwards buf[k] holds the k-th smallest of buf[left..right]. */
function select(buf: Float64Array, left: number, right: number, k: number): void {
  while (right > left) {
    const mid = (left + right) >>> 1;
    const a = buf[left]!, b = buf[mid]!, c = buf[right]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left, j = right;
    while (i <= j) {
      while (buf[i]! < pivot) i++;
      while (buf[j]! > pivot) j--;
      if (i <= j) {
        const swap = buf[i]!;
        buf[i] = buf[j]!;
        buf[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/** Bands for every month of a draw-major series (draw d, month t at [d*months + t]). */
export function monthlyBands(values: Float64Array, draws: number, months: number): Band[] {
  const min = new Float64Array(months).fill(Infinity);
  const max = new Float64Array(months).fill(-Infinity);
  const sum = new Float64Array(months);
  for (let d = 0, j = 0; d < draws; d++) {
    for (let t = 0; t < months; t++, j++) {
      const v = values[j]!;
      if (v < min[t]!) min[t] = v;
      if (v > max[t]!) max[t] = v;
      sum[t]! += v;
    }
  }
  const width = new Float64Array(months);
  const scale = new Float64Array(months);
  for (let t = 0; t < months; t++) {
    width[t] = (max[t]! - min[t]!) / BINS;
    scale[t] = width[t]! > 0 ? 1 / width[t]! : 0;
  }
  if (counts.length < months * BINS) counts = new Int32Array(months * BINS);
  const bins = counts;
  bins.fill(0, 0, months * BINS);
  for (let d = 0, j = 0; d < draws; d++) {
    for (let t = 0; t < months; t++, j++) {
      let bin = ((values[j]! - min[t]!) * scale[t]!) | 0;
      if (bin >= BINS) bin = BINS - 1;
      bins[t * BINS + bin]!++;
    }
  }
  const bands: Band[] = [];
  for (let t = 0; t < months; t++) {
    const mean = sum[t]! / draws;
    const w = width[t]!;
    if (!(w > 0)) {
      bands.push({ mean, p10: min[t]!, p50: min[t]!, p90: min[t]! });
      continue;
    }
    const result = [0, 0, 0];
    let q = 0, seen = 0;
    for (let bin = 0; bin < BINS && q < QUANTILES.length; bin++) {
      const inBin = counts[t * BINS + bin]!;
      // Position of the quantile among the draws, as for the exact version.
      while (q < QUANTILES.length && seen + inBin > QUANTILES[q]! * (draws - 1)) {
        const within = (QUANTILES[q]! * (draws - 1) - seen + 0.5) / inBin;
        result[q] = min[t]! + w * (bin + Math.min(1, Math.max(0, within)));
        q++;
      }
      seen += inBin;
    }
    bands.push({ mean, p10: result[0]!, p50: result[1]!, p90: result[2]! });
  }
  return bands;
}
