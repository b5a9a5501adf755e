/** How the benchmarks print timings: one line per measurement, median and p95. */

/** The q-quantile of the samples (nearest rank, no interpolation: an observed value). */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  if (value === undefined) throw new Error('no samples');
  return value;
}

export function report(label: string, samples: readonly number[], note = ''): void {
  const median = quantile(samples, 0.5).toFixed(1).padStart(7);
  const p95 = quantile(samples, 0.95).toFixed(1).padStart(7);
  console.log(`${label.padEnd(58)} median ${median} ms   p95 ${p95} ms   (n=${samples.length})${note ? `   ${note}` : ''}`);
}
