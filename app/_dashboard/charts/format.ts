/**
 * Number formatting and axis arithmetic for the charts. Pure, so the shaping
 * tests cover it. Probabilities arrive as shares (0–1) and are shown in percent.
 */
import type { OutlookUnit } from '@/server/model/outlooks';

const UNITS: readonly OutlookUnit[] = ['probability', 'count', 'index', 'warheads'];

/** describe() types the unit as a string; anything unknown is shown as a plain number. */
export function asUnit(unit: string | undefined): OutlookUnit {
  return UNITS.find((u) => u === unit) ?? 'index';
}

/** Column-header and axis suffix: "Probability (%)" etc. */
export const UNIT_LABEL: Record<OutlookUnit, string> = {
  probability: '%',
  count: 'missiles',
  index: 'index 0–100',
  warheads: 'warheads',
};

/** The units half of a panel's subtitle line. */
export function unitsLine(unit: OutlookUnit): string {
  return unit === 'index' ? 'index 0–100' : `in ${UNIT_LABEL[unit]}`;
}

/** Units of a difference: percentage points for probabilities. */
export const DELTA_LABEL: Record<OutlookUnit, string> = {
  probability: 'percentage points',
  count: 'missiles',
  index: 'index points',
  warheads: 'warheads',
};

const scale = (value: number, unit: OutlookUnit) => (unit === 'probability' ? value * 100 : value);
const MINUS = '\u2212';

/** One decimal, in display units, for table cells: 0.1234 → "12.3" when a probability. */
export function fixed1(value: number, unit: OutlookUnit = 'index'): string {
  return scale(value, unit).toFixed(1).replace(/^-(?=0\.0$)/, '');
}

/** A value with its unit, for tooltips: "12.3%", "4.2 missiles", "56.0 / 100", "58.1 warheads". */
export function formatValue(value: number, unit: OutlookUnit): string {
  const v = fixed1(value, unit);
  switch (unit) {
    case 'probability': return `${v}%`;
    case 'count': return `${v}\u00a0missiles`;
    case 'index': return `${v}\u00a0/\u00a0100`;
    case 'warheads': return `${v}\u00a0warheads`;
  }
}

/** A signed difference with its unit: "+1.2 pp", "−0.4 warheads". */
export function formatDelta(delta: number, unit: OutlookUnit): string {
  const v = Math.abs(scale(delta, unit)).toFixed(1);
  const sign = v === '0.0' ? '±' : delta > 0 ? '+' : MINUS;
  // Non-breaking spaces: a label must never wrap between a number and its unit.
  const suffix = unit === 'probability' ? '\u00a0pp' : unit === 'index' ? '\u00a0points' : `\u00a0${UNIT_LABEL[unit]}`;
  return `${sign}${v}${suffix}`;
}

/** Compact in-chart label: "7.4%", "−3.1 pp", "58.1", "+2.3". */
export function formatShort(value: number, unit: OutlookUnit, signed = false): string {
  const v = Math.abs(scale(value, unit)).toFixed(1);
  const sign = !signed || v === '0.0' ? (value < 0 && v !== '0.0' ? MINUS : '') : value > 0 ? '+' : MINUS;
  const suffix = unit === 'probability' ? (signed ? '\u00a0pp' : '%') : '';
  return `${sign}${v}${suffix}`;
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
export function formatTick(value: number, unit: OutlookUnit, decimals: number): string {
  const v = scale(value, unit).toFixed(decimals);
  return unit === 'probability' ? `${v}%` : v;
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
