/** How the dashboard writes outlook values and their change from the status quo. */
import type { OutlookUnit } from '@/server/model/outlooks';
export { formatMean, formatRange } from '../_components/format-outlook';

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
