/** Number formatting for outlook values, by unit; pure so it is unit-tested. */
import type { OutlookUnit } from '@/server/model/outlooks';

interface BandValues {
  mean: number;
  p10: number;
  p90: number;
}

function formatValue(value: number, unit: OutlookUnit): string {
  switch (unit) {
    case 'probability':
      // Small chances keep a decimal (as the model's readings do), and never show as a flat "0%".
      if (value >= 0.01) return `${Math.round(value * 100)}%`;
      return value > 0 && value < 0.0005 ? '<0.1%' : `${(value * 100).toFixed(1)}%`;
    case 'count':
      // A decimal matters for small expected counts (0.4 is not "none"), not for large ones.
      return value < 10 ? value.toFixed(1) : Math.round(value).toString();
    case 'index':
    case 'warheads':
      return Math.round(value).toString();
  }
}

const UNIT_SUFFIX: Record<OutlookUnit, string> = {
  probability: '',
  count: ' launches',
  index: ' / 100',
  warheads: ' warheads',
};

/** "34%", "23.4 launches", "56 / 100", "58 warheads" */
export function formatMean(band: BandValues, unit: OutlookUnit): string {
  return `${formatValue(band.mean, unit)}${UNIT_SUFFIX[unit]}`;
}

/** "20%–48%" or "14–35": the 80% band, without the unit suffix. */
export function formatRange(band: BandValues, unit: OutlookUnit): string {
  return `${formatValue(band.p10, unit)}–${formatValue(band.p90, unit)}`;
}
