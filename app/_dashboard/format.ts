/** How the dashboard writes outlook values and their change from the status quo. */
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


/** "+12 pts", "−0.4 pts", "+3 launches", "−5" (index points), "+2 warheads". */
export function formatChange(change: number, unit: OutlookUnit): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = Math.abs(change);
  switch (unit) {
    case 'probability': {
      const points = size * 100;
      return `${sign}${points >= 10 || points === 0 ? Math.round(points) : points.toFixed(1)} pts`;
    }
    case 'count': return `${sign}${size < 10 ? size.toFixed(1) : Math.round(size)} launches`;
    case 'index': return `${sign}${size < 10 ? size.toFixed(1) : Math.round(size)} points`;
    case 'warheads': return `${sign}${size < 10 ? size.toFixed(1) : Math.round(size)} warheads`;
  }
}

/** Outlooks where a rise is bad news (coloured red when they rise); the others are good news. */
const RISE_IS_BAD: ReadonlySet<string> = new Set(['nuclearTest', 'icbmLaunch', 'missileLaunches', 'tensionIndex', 'arsenal']);

export function changeTone(id: string, change: number, unit: OutlookUnit): 'worse' | 'better' | 'same' {
  const negligible = unit === 'probability' ? Math.abs(change) < 0.0005 : Math.abs(change) < 0.05;
  if (negligible) return 'same';
  return (change > 0) === RISE_IS_BAD.has(id) ? 'worse' : 'better';
}
