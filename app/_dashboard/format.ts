/**
 * How the dashboard writes outlook values and their change from the status quo.
 * Each function takes the page's Words; without them it writes English as it always has.
 */
import type { OutlookUnit } from '@/server/model/outlooks';
import { isEnglish, pluralForm, type Words } from './words';

interface BandValues {
  mean: number;
  p10: number;
  p90: number;
}

/** Decimals a value is shown with: small chances and small counts keep one. */
function decimalsOf(value: number, unit: OutlookUnit): number {
  switch (unit) {
    case 'probability': return value >= 0.01 ? 0 : 1;
    case 'count': return value < 10 ? 1 : 0;
    default: return 0;
  }
}

function formatValue(value: number, unit: OutlookUnit, w?: Words): string {
  if (isEnglish(w)) {
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
  const f = w!.format;
  const decimals = decimalsOf(value, unit);
  if (unit === 'probability') {
    if (value > 0 && value < 0.0005) return `<${f.percent(0.001, { decimals: 1 })}`;
    return f.percent(decimals === 0 ? Math.round(value * 100) / 100 : value, { decimals });
  }
  return f.number(decimals === 0 ? Math.round(value) : value, { decimals });
}

const UNIT_SUFFIX: Record<OutlookUnit, string> = {
  probability: '',
  count: ' launches',
  index: ' / 100',
  warheads: ' warheads',
};

/** "34%", "23.4 launches", "56 / 100", "58 warheads" (and "٣٤٪", "٢٣٫٤ عملية إطلاق", …). */
export function formatMean(band: BandValues, unit: OutlookUnit, w?: Words): string {
  const value = formatValue(band.mean, unit, w);
  if (isEnglish(w)) return `${value}${UNIT_SUFFIX[unit]}`;
  const form = pluralForm(w!, band.mean, decimalsOf(band.mean, unit));
  switch (unit) {
    case 'probability': return value;
    case 'count': return w!.t('cards.launches', { form, value });
    case 'index': return `${value} / ${w!.format.number(100)}`;
    case 'warheads': return w!.t('cards.warheads', { form, value });
  }
}

/** "20%–48%" or "14–35": the 80% band, without the unit suffix. */
export function formatRange(band: BandValues, unit: OutlookUnit, w?: Words): string {
  return `${formatValue(band.p10, unit, w)}–${formatValue(band.p90, unit, w)}`;
}

/** "+12 pts", "−0.4 pts", "+3 launches", "−5" (index points), "+2 warheads". */
export function formatChange(change: number, unit: OutlookUnit, w?: Words): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = Math.abs(change);
  const scaled = unit === 'probability' ? size * 100 : size;
  const decimals = unit === 'probability' ? (scaled >= 10 || scaled === 0 ? 0 : 1) : scaled < 10 ? 1 : 0;
  if (isEnglish(w)) {
    const n = decimals === 0 ? Math.round(scaled) : scaled.toFixed(1);
    switch (unit) {
      case 'probability': return `${sign}${n} pts`;
      case 'count': return `${sign}${n} launches`;
      case 'index': return `${sign}${n} points`;
      case 'warheads': return `${sign}${n} warheads`;
    }
  }
  const f = w!.format;
  const signed = unit === 'probability' ? change * 100 : change;
  const shown = decimals === 0 ? Math.round(signed) : signed;
  const value = shown === 0 || Number(Math.abs(shown).toFixed(decimals)) === 0
    ? `±${f.number(0, { decimals })}`
    : f.number(shown, { decimals, signed: true });
  const form = pluralForm(w!, scaled, decimals);
  switch (unit) {
    case 'probability': return w!.t('cards.pts', { value });
    case 'count': return w!.t('cards.launches', { form, value });
    case 'index': return w!.t('cards.points', { form, value });
    case 'warheads': return w!.t('cards.warheads', { form, value });
  }
}

/** Outlooks where a rise is bad news (coloured red when they rise); the others are good news. */
const RISE_IS_BAD: ReadonlySet<string> = new Set(['nuclearTest', 'icbmLaunch', 'missileLaunches', 'tensionIndex', 'arsenal']);

export function changeTone(id: string, change: number, unit: OutlookUnit): 'worse' | 'better' | 'same' {
  const negligible = unit === 'probability' ? Math.abs(change) < 0.0005 : Math.abs(change) < 0.05;
  if (negligible) return 'same';
  return (change > 0) === RISE_IS_BAD.has(id) ? 'worse' : 'better';
}
