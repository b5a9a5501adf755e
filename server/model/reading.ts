/**
 * One plain sentence per outlook: the figure, the status-quo figure, and the
 * assumptions that move it most, e.g. "An ICBM launch within 12 months: 31%
 * (status quo 58%), lowered mostly by the codified test moratorium and the
 * suspended exercises."
 */
import type { OutlookMeta } from './outlooks';
import type { Band, Contribution } from './schema';

/** How an outlook's numbers are written in sentences. */
export function formatValue(meta: OutlookMeta, value: number): string {
  switch (meta.unit) {
    case 'probability': {
      const percent = value * 100;
      if (percent < 1 && percent > 0) return percent < 0.1 ? 'under 0.1%' : `${percent.toFixed(1)}%`;
      if (percent > 99 && percent < 100) return `${percent.toFixed(1)}%`;
      return `${Math.round(percent)}%`;
    }
    case 'count': return value < 10 ? value.toFixed(1) : String(Math.round(value));
    case 'index': return `${Math.round(value)}/100`;
    case 'warheads': return `${Math.round(value)} warheads`;
  }
}

function subject(meta: OutlookMeta, horizon: number): string {
  switch (meta.unit) {
    case 'probability': return `${meta.phrase} within ${horizon} months`;
    case 'count': return `Ballistic missiles launched within ${horizon} months (expected)`;
    case 'index': return `Average tension over ${horizon} months`;
    case 'warheads': return `The arsenal in ${horizon} months`;
  }
}

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** The drivers worth naming: same sign as the change, at least a fifth of the largest, at most three. */
function mainDrivers(contributions: Contribution[], change: number): Contribution[] {
  const same = contributions.filter((c) => Math.sign(c.contribution) === Math.sign(change) && c.contribution !== 0);
  const largest = Math.max(0, ...same.map((c) => Math.abs(c.contribution)));
  return same
    .filter((c) => Math.abs(c.contribution) >= largest / 5)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, 3);
}

/** The largest contribution against the change, when it offsets at least a quarter of the drivers' sum. */
function mainOffset(contributions: Contribution[], change: number, driversSum: number): Contribution | undefined {
  const against = contributions
    .filter((c) => Math.sign(c.contribution) === -Math.sign(change) && c.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))[0];
  return against && Math.abs(against.contribution) >= Math.abs(driversSum) / 4 ? against : undefined;
}

export function readingFor(
  meta: OutlookMeta, horizon: number, scenario: Band, statusQuo: Band, contributions: Contribution[], isStatusQuo: boolean,
): string {
  const head = `${subject(meta, horizon)}: ${formatValue(meta, scenario.mean)}`;
  if (isStatusQuo) {
    return `${head} under the status quo (80% range ${formatValue(meta, scenario.p10)} to ${formatValue(meta, scenario.p90)}).`;
  }
  const change = scenario.mean - statusQuo.mean;
  const shown = formatValue(meta, scenario.mean);
  const base = formatValue(meta, statusQuo.mean);
  const drivers = mainDrivers(contributions, change);
  if (drivers.length === 0) return `${head}, the same as under the status quo.`;
  // When rounding hides a real change, say it is slight rather than "the same".
  const direction = `${change > 0 ? 'raised' : 'lowered'}${shown === base ? ' slightly' : ' mostly'}`;
  const driversSum = drivers.reduce((sum, c) => sum + c.contribution, 0);
  const offset = mainOffset(contributions, change, driversSum);
  const despite = offset ? `, partly offset by ${offset.phrase}` : '';
  return `${head} (status quo ${base}), ${direction} by ${list(drivers.map((c) => c.phrase))}${despite}.`;
}
