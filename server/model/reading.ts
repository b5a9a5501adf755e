/**
 * One plain sentence per outlook: the figure, the status-quo figure, and the
 * assumptions that move it most, e.g. "An ICBM launch within 12 months: 31%
 * (status quo 58%), lowered mostly by the codified test moratorium and the
 * suspended exercises."
 *
 * Each sentence is one message of the `model` namespace (`readings.*`), whole,
 * with the figures formatted for the locale and the drivers joined by the
 * locale's list format: no sentence is assembled from English fragments.
 */
import type { Locale } from '../i18n/locales';
import { formatterFor } from '../i18n/format';
import { modelTranslator } from './localize';
import type { OutlookMeta } from './outlooks';
import type { Band, Contribution } from './schema';

/** How an outlook's numbers are written in sentences. */
export function formatValue(meta: Pick<OutlookMeta, 'unit'>, value: number, locale: Locale = 'en'): string {
  const f = formatterFor(locale);
  const t = modelTranslator(locale);
  switch (meta.unit) {
    case 'probability': {
      const percent = value * 100;
      if (percent < 1 && percent > 0) {
        return percent < 0.1 ? t('readings.values.under', { value: f.percent(0.001, { decimals: 1 }) }) : f.percent(value, { decimals: 1 });
      }
      if (percent > 99 && percent < 100) return f.percent(value, { decimals: 1 });
      return f.percent(Math.round(percent) / 100);
    }
    case 'count': return value < 10 ? f.number(value, { decimals: 1 }) : f.number(Math.round(value));
    case 'index': return t('readings.values.index', { value: f.number(Math.round(value)) });
    case 'warheads': {
      const count = Math.round(value);
      return t('readings.values.warheads', { count, value: f.number(count) });
    }
  }
}

/** "An ICBM launch within 12 months": the outlook over the horizon. */
function subject(meta: OutlookMeta, horizon: number, locale: Locale): string {
  return modelTranslator(locale)(`readings.subjects.${meta.id}`, { count: horizon, months: formatterFor(locale).number(horizon) });
}

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

/**
 * The reading of one outlook. `contributions` carry their phrases in `locale` already
 * (forecast.run builds them with driverPhrase in the same locale).
 */
export function readingFor(
  meta: OutlookMeta, horizon: number, scenario: Band, statusQuo: Band, contributions: Contribution[], isStatusQuo: boolean,
  locale: Locale = 'en',
): string {
  const t = modelTranslator(locale);
  const f = formatterFor(locale);
  const head = { subject: subject(meta, horizon, locale), value: formatValue(meta, scenario.mean, locale) };
  if (isStatusQuo) {
    return t('readings.statusQuo', { ...head, low: formatValue(meta, scenario.p10, locale), high: formatValue(meta, scenario.p90, locale) });
  }
  const change = scenario.mean - statusQuo.mean;
  const base = formatValue(meta, statusQuo.mean, locale);
  const drivers = mainDrivers(contributions, change);
  if (drivers.length === 0) return t('readings.same', head);
  // When rounding hides a real change, say it is slight rather than "the same".
  const movement = `${change > 0 ? 'up' : 'down'}${head.value === base ? 'Slightly' : 'Mostly'}`;
  const driversSum = drivers.reduce((sum, c) => sum + c.contribution, 0);
  const offset = mainOffset(contributions, change, driversSum);
  const values = { ...head, base, movement, drivers: f.list(drivers.map((c) => c.phrase)) };
  return offset ? t('readings.changedWithOffset', { ...values, offset: offset.phrase }) : t('readings.changed', values);
}
