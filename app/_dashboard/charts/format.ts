/**
 * Number formatting and axis arithmetic for the charts. Pure, so the shaping
 * tests cover it. Probabilities arrive as shares (0–1) and are shown in percent.
 */
import type { OutlookUnit } from '@/server/model/outlooks';
import { isEnglish, percentSign, plainNumber, pluralForm, type Words } from '../words';

const UNITS: readonly OutlookUnit[] = ['probability', 'count', 'index', 'warheads'];

/** describe() types the unit as a string; anything unknown is shown as a plain number. */
export function asUnit(unit: string | undefined): OutlookUnit {
  return UNITS.find((u) => u === unit) ?? 'index';
}

/** Column-header and axis suffix in English: "Probability (%)" etc. (`unitLabel` writes any locale). */
export const UNIT_LABEL: Record<OutlookUnit, string> = {
  probability: '%',
  count: 'missiles',
  index: 'index 0–100',
  warheads: 'warheads',
};

/** A unit for column headers and the units line, in the page's language. */
export function unitLabel(unit: OutlookUnit, w?: Words): string {
  if (isEnglish(w)) return UNIT_LABEL[unit];
  switch (unit) {
    case 'probability': return percentSign(w);
    case 'index': return w!.t('charts.unit.index', { from: w!.format.number(0), to: w!.format.number(100) });
    case 'count': return w!.t('charts.unit.count');
    case 'warheads': return w!.t('charts.unit.warheads');
  }
}

/** The units half of a panel's subtitle line. */
export function unitsLine(unit: OutlookUnit, w?: Words): string {
  if (isEnglish(w)) return unit === 'index' ? 'index 0–100' : `in ${UNIT_LABEL[unit]}`;
  if (unit === 'index') return unitLabel(unit, w);
  return unit === 'probability' ? w!.t('charts.unitsPercent') : w!.t('charts.unitsIn', { unit: unitLabel(unit, w) });
}

/** Units of a difference in English: percentage points for probabilities. */
export const DELTA_LABEL: Record<OutlookUnit, string> = {
  probability: 'percentage points',
  count: 'missiles',
  index: 'index points',
  warheads: 'warheads',
};

export function deltaLabel(unit: OutlookUnit, w?: Words): string {
  if (isEnglish(w)) return DELTA_LABEL[unit];
  return w!.t(`charts.delta.${unit}`);
}

const scale = (value: number, unit: OutlookUnit) => (unit === 'probability' ? value * 100 : value);
const MINUS = '\u2212';

/** One decimal, in display units, for table cells: 0.1234 → "12.3" when a probability. */
export function fixed1(value: number, unit: OutlookUnit = 'index', w?: Words): string {
  return plainNumber(w, scale(value, unit), 1);
}

/** The sign a difference carries ("+", "−", "±" for what shows as zero) and its size in the locale's digits. */
function signedParts(delta: number, unit: OutlookUnit, w?: Words): { sign: string; size: string; zero: boolean } {
  const size = plainNumber(w, Math.abs(scale(delta, unit)), 1);
  const zero = Math.abs(scale(delta, unit)).toFixed(1) === '0.0';
  return { sign: zero ? '±' : delta > 0 ? '+' : MINUS, size, zero };
}

/** A signed number for a table cell: "+1.2", "-0.4" (English keeps its historical form). */
export function signedFixed1(value: number, unit: OutlookUnit = 'index', w?: Words): string {
  if (isEnglish(w)) return `${value > 0 ? '+' : ''}${fixed1(value, unit)}`;
  const v = scale(value, unit);
  return Number(v.toFixed(1)) === 0 ? plainNumber(w, 0, 1) : w!.format.number(v, { decimals: 1, signed: true });
}

/** A value with its unit, for tooltips: "12.3%", "4.2 missiles", "56.0 / 100", "58.1 warheads". */
export function formatValue(value: number, unit: OutlookUnit, w?: Words): string {
  const v = fixed1(value, unit, w);
  if (isEnglish(w)) {
    switch (unit) {
      case 'probability': return `${v}%`;
      case 'count': return `${v}\u00a0missiles`;
      case 'index': return `${v}\u00a0/\u00a0100`;
      case 'warheads': return `${v}\u00a0warheads`;
    }
  }
  const form = pluralForm(w!, scale(value, unit), 1);
  switch (unit) {
    case 'probability': return w!.format.percent(value, { decimals: 1 });
    case 'count': return w!.t('charts.missiles', { form, value: v }).replace(/ /g, '\u00a0');
    case 'index': return `${v}\u00a0/\u00a0${w!.format.number(100)}`;
    case 'warheads': return w!.t('charts.warheads', { form, value: v }).replace(/ /g, '\u00a0');
  }
}

/** A signed difference with its unit: "+1.2 pp", "−0.4 warheads". */
export function formatDelta(delta: number, unit: OutlookUnit, w?: Words): string {
  const { sign, size } = signedParts(delta, unit, w);
  if (isEnglish(w)) {
    // Non-breaking spaces: a label must never wrap between a number and its unit.
    const suffix = unit === 'probability' ? '\u00a0pp' : unit === 'index' ? '\u00a0points' : `\u00a0${UNIT_LABEL[unit]}`;
    return `${sign}${size}${suffix}`;
  }
  const value = signedLocal(delta, unit, w!);
  const form = pluralForm(w!, Math.abs(scale(delta, unit)), 1);
  const text = unit === 'probability' ? w!.t('charts.pp', { value })
    : unit === 'index' ? w!.t('charts.points', { form, value })
    : unit === 'count' ? w!.t('charts.missiles', { form, value })
    : w!.t('charts.warheads', { form, value });
  return text.replace(/ /g, '\u00a0');
}

/** A signed number in the locale's own form (Intl's sign and digits; "±0.0" for zero). */
function signedLocal(delta: number, unit: OutlookUnit, w: Words): string {
  const v = scale(delta, unit);
  return Number(Math.abs(v).toFixed(1)) === 0 ? `±${w.format.number(0, { decimals: 1 })}` : w.format.number(v, { decimals: 1, signed: true });
}

/** Compact in-chart label: "7.4%", "−3.1 pp", "58.1", "+2.3". */
export function formatShort(value: number, unit: OutlookUnit, signed = false, w?: Words): string {
  if (isEnglish(w)) {
    const v = Math.abs(scale(value, unit)).toFixed(1);
    const sign = !signed || v === '0.0' ? (value < 0 && v !== '0.0' ? MINUS : '') : value > 0 ? '+' : MINUS;
    const suffix = unit === 'probability' ? (signed ? '\u00a0pp' : '%') : '';
    return `${sign}${v}${suffix}`;
  }
  if (unit === 'probability') {
    return signed ? w!.t('charts.pp', { value: signedLocal(value, unit, w!) }).replace(/ /g, '\u00a0') : w!.format.percent(value, { decimals: 1 });
  }
  return signed ? signedLocal(value, unit, w!) : plainNumber(w, value, 1);
}

export interface Ticks {
  domain: [number, number];
  ticks: number[];
  /** Decimals a tick label needs, in display units, so neighbouring ticks never read alike. */
  decimals: number;
}

/** Round tick values (1, 2 or 5 × 10^k) covering [min, max]; non-negative data keeps a 0 floor. */
export function niceTicks(min: number, max: number, count = 5, unit: OutlookUnit = 'index'): Ticks {
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (hi - lo < 1e-9) {
    const pad = Math.abs(hi) > 1e-9 ? Math.abs(hi) * 0.1 : unit === 'probability' ? 0.01 : 1;
    lo -= pad;
    hi += pad;
  }
  const rough = (hi - lo) / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const norm = rough / magnitude;
  const step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * magnitude;
  const start = Math.floor(lo / step + 1e-9) * step;
  const end = Math.ceil(hi / step - 1e-9) * step;
  const floor = min >= 0 ? Math.max(0, start) : start;
  const ticks: number[] = [];
  for (let t = floor; t <= end + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  const decimals = Math.max(0, -Math.floor(Math.log10(scale(step, unit)) + 1e-9));
  return { domain: [ticks[0] ?? floor, ticks.at(-1) ?? end], ticks, decimals };
}

/** Short axis label: "12%", "0.4%", "50", "1.5". */
export function formatTick(value: number, unit: OutlookUnit, decimals: number, w?: Words): string {
  if (isEnglish(w)) {
    const v = scale(value, unit).toFixed(decimals);
    return unit === 'probability' ? `${v}%` : v;
  }
  return unit === 'probability' ? w!.format.percent(value, { decimals }) : plainNumber(w, value, decimals);
}

/** Month ticks that never crowd: every month up to 6, then every 3 or 6. */
export function monthTicks(horizon: number): number[] {
  const step = horizon <= 6 ? 1 : horizon <= 18 ? 3 : 6;
  const ticks: number[] = [];
  for (let m = 0; m <= horizon; m += step) ticks.push(m);
  if (ticks.at(-1) !== horizon) ticks.push(horizon);
  return ticks;
}

/** Splits a label into at most `maxLines` lines of about `maxChars`, with an ellipsis when cut. */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= maxChars || !current) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines.map((l) => clip(l, maxChars));
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = last.length < maxChars ? `${last}…` : clip(`${last}…`, maxChars);
  return kept;
}

/** A single word longer than the line is cut rather than overflowing the axis. */
function clip(line: string, maxChars: number): string {
  return line.length <= maxChars ? line : `${line.slice(0, maxChars - 1).trimEnd()}…`;
}
