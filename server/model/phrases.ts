/**
 * Plain words for an assumption's value, as a driver in a reading: "the
 * codified moratorium", "the scaled-back exercises (30% of full scale)".
 * Percent assumptions are described relative to the status quo, because a
 * driver is always a departure from it. Each phrase is one message of the
 * `model` namespace (`drivers.<assumption>.<case>`), with its figures formatted
 * for the locale.
 */
import type { Locale } from '../i18n/locales';
import { formatterFor, intlTag } from '../i18n/format';
import { STATUS_QUO, type Assumptions, type AssumptionId } from './assumptions';
import { modelTranslator, type ModelTranslator } from './localize';
import { HANOI_FIVE, RESOLUTION_NUMBERS } from './resolutions';

type Phrase<K extends AssumptionId> = (value: Assumptions[K], t: ModelTranslator, locale: Locale) => string;

const resolutionNumbers = new Map<Locale, Intl.NumberFormat>();
/** A resolution's number in the locale's digits, without grouping: "2270", "٢٢٧٠", "۲۲۷۰". */
export function resolutionNumber(locale: Locale, n: number): string {
  let format = resolutionNumbers.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlTag(locale), { useGrouping: false });
    resolutionNumbers.set(locale, format);
  }
  return format.format(n);
}

/** "higher" or "lower" than the status quo, with the value out of 100. */
const relative = (id: 'allianceCohesion' | 'chinaEnforcement' | 'russiaSupport' | 'usEngagement'): Phrase<typeof id> =>
  (value, t, locale) =>
    t(`drivers.${id}.${value >= STATUS_QUO[id] ? 'higher' : 'lower'}`, { value: formatterFor(locale).number(value) });

function sanctionsPhrase(lifted: Assumptions['sanctionsLifted'], t: ModelTranslator, locale: Locale): string {
  const set = new Set(lifted);
  if (set.size === 0) return t('drivers.sanctionsLifted.none');
  if (set.size === RESOLUTION_NUMBERS.length) return t('drivers.sanctionsLifted.all');
  if (set.size === HANOI_FIVE.length && HANOI_FIVE.every((n) => set.has(n))) return t('drivers.sanctionsLifted.hanoiFive');
  const sorted = [...set].sort((a, b) => a - b).map((n) => resolutionNumber(locale, n));
  if (sorted.length === 1) return t('drivers.sanctionsLifted.one', { resolution: sorted[0]! });
  return t('drivers.sanctionsLifted.several', { resolutions: formatterFor(locale).list(sorted) });
}

function exercisePhrase(scale: number, t: ModelTranslator, locale: Locale): string {
  if (scale === 0) return t('drivers.exerciseScale.suspended');
  const value = formatterFor(locale).percent(scale / 100);
  if (scale >= 90) return t('drivers.exerciseScale.fullScale', { value });
  return t(`drivers.exerciseScale.${scale >= STATUS_QUO.exerciseScale ? 'higher' : 'lower'}`, { value });
}

const PHRASES: { [K in AssumptionId]: Phrase<K> } = {
  testMoratorium: (v, t) => t(`drivers.testMoratorium.${v}`),
  fissileFreeze: (v, t) => t(`drivers.fissileFreeze.${v}`),
  yongbyonDismantlement: (v, t) => t(v ? 'drivers.yongbyonDismantlement.yes' : 'drivers.yongbyonDismantlement.no'),
  exerciseScale: exercisePhrase,
  securityAssurances: (v, t) => t(`drivers.securityAssurances.${v}`),
  usfkPosture: (v, t) => t(`drivers.usfkPosture.${v}`),
  allianceCohesion: relative('allianceCohesion'),
  sanctionsLifted: sanctionsPhrase,
  chinaEnforcement: relative('chinaEnforcement'),
  russiaSupport: relative('russiaSupport'),
  usEngagement: relative('usEngagement'),
  channel: (v, t) => t(`drivers.channel.${v}`),
};

export function driverPhrase<K extends AssumptionId>(id: K, value: Assumptions[K], locale: Locale = 'en'): string {
  return (PHRASES[id] as Phrase<K>)(value, modelTranslator(locale), locale);
}
