/** Outlook values formatted by unit, as the home page shows them. */
import { expect, test } from 'vitest';
import { formatMean, formatRange } from '@/app/_dashboard/format';

const band = (mean: number, p10: number, p90: number) => ({ mean, p10, p90 });

test.each([
  ['probability', band(0.342, 0.2, 0.48), '34%', '20%–48%'],
  ['probability', band(0.009, 0.004, 0.02), '0.9%', '0.4%–2%'],
  ['probability', band(0.0002, 0, 0.001), '<0.1%', '0.0%–0.1%'],
  ['count', band(23.44, 8.26, 35.1), '23 launches', '8.3–35'],
  ['index', band(56.4, 48.6, 63.2), '56 / 100', '49–63'],
  ['warheads', band(57.6, 54, 62), '58 warheads', '54–62'],
] as const)('%s %o → "%s", "%s"', (unit, values, mean, range) => {
  expect(formatMean(values, unit)).toBe(mean);
  expect(formatRange(values, unit)).toBe(range);
});
