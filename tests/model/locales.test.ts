/**
 * The model's texts in English, Hebrew, Arabic and Persian: every label of the localized
 * description is present and translated, readings come out in the locale with its digits,
 * and the locale changes words only, never a number.
 */
import { describe, expect, it } from 'vitest';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { LOCALES, type Locale } from '@/server/i18n/locales';
import { ASSUMPTIONS, OUTLOOKS, PRESETS, STATUS_QUO, describeModel, runDifference, runForecast, runSensitivity, type ForecastResult } from '@/server/model';
import { driverPhrase } from '@/server/model/phrases';

const OTHERS = LOCALES.filter((l) => l !== 'en');
const ARABIC_INDIC = /[٠-٩]/;
const PERSIAN = /[۰-۹]/;
const LATIN_DIGIT = /[0-9]/;

/** Every string in a value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** The description's texts: what a user reads (ids, sources, dates and versions excluded). */
function texts(locale: Locale): [string, string][] {
  const d = describeModel(locale);
  return strings({ groups: d.groups, assumptions: d.assumptions, resolutions: d.resolutions, outlooks: d.outlooks, states: d.states, presets: d.presets })
    .filter(([path]) => /(label|Label|help|phrase|trigger|bans|name|rationale)$/.test(path));
}

/** Numbers only: the result with every string removed. */
function numbersOf(value: unknown): unknown {
  if (typeof value === 'string') return undefined;
  if (Array.isArray(value)) return value.map(numbersOf);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numbersOf(v)]));
  return value;
}

describe('describeModel(locale)', () => {
  it('in English, equals the English constants', () => {
    const en = describeModel();
    expect(describeModel('en')).toEqual(en);
    expect(en.assumptions.map((a) => [a.label, a.help, a.domain])).toEqual(ASSUMPTIONS.map((a) => [a.label, a.help, a.domain]));
    expect(en.outlooks.map((o) => o.label)).toEqual(OUTLOOKS.map((o) => o.label));
    expect(en.presets.map((p) => p.name)).toEqual(PRESETS.map((p) => p.name));
  });

  it.each(LOCALES)('%s: every label, help text, option, anchor, resolution and rationale is non-empty', (locale) => {
    const found = texts(locale);
    expect(found.length).toBeGreaterThan(120);
    for (const [path, text] of found) expect(text.trim(), path).not.toBe('');
  });

  it.each(OTHERS)('%s: every text differs from English, and ids, values and sources do not', (locale) => {
    const english = new Map(texts('en'));
    for (const [path, text] of texts(locale)) expect(text, path).not.toBe(english.get(path));
    const strip = (d: ReturnType<typeof describeModel>) => numbersOf({ ...d, sources: undefined });
    expect(strip(describeModel(locale))).toEqual(strip(describeModel('en')));
    const ids = (d: ReturnType<typeof describeModel>) => [d.assumptions.map((a) => [a.id, a.group, a.sources]), d.presets.map((p) => [p.id, p.assumptions])];
    expect(ids(describeModel(locale))).toEqual(ids(describeModel('en')));
  });

  it('model.describe takes the locale and defaults to English', async () => {
    const caller = createCaller(createContext());
    expect(await caller.model.describe()).toEqual(describeModel('en'));
    expect(await caller.model.describe({ locale: 'fa' })).toEqual(describeModel('fa'));
    await expect(caller.model.describe({ locale: 'de' } as never)).rejects.toThrow();
  });
});

describe('forecasts in every locale', () => {
  const scenario = PRESETS.find((p) => p.id === 'freezeForRelief')!.assumptions;
  const results = new Map<Locale, ForecastResult>(LOCALES.map((locale) => [locale, runForecast({ assumptions: scenario, draws: 400, locale })]));

  it('gives identical numbers in all four locales; only texts differ', () => {
    const english = results.get('en')!;
    for (const locale of OTHERS) {
      const result = results.get(locale)!;
      expect(numbersOf(result), locale).toEqual(numbersOf(english));
      expect(result.outlooks.nuclearTest.attribution.contributions.map((c) => c.assumption)).toEqual(
        english.outlooks.nuclearTest.attribution.contributions.map((c) => c.assumption),
      );
    }
  });

  it('forecast.run: the same numbers through the procedure, readings in the locale', async () => {
    const caller = createCaller(createContext());
    const runs = await Promise.all(LOCALES.map((locale) => caller.forecast.run({ assumptions: scenario, draws: 400, locale })));
    for (const run of runs) expect(numbersOf(run)).toEqual(numbersOf(runs[0]));
    const readings = runs.map((r) => r.outlooks.icbmLaunch.reading);
    expect(new Set(readings).size).toBe(4);
    expect(await caller.forecast.run({ assumptions: scenario, draws: 400 })).toEqual(runs[0]);
  });

  it('writes readings in the locale: Latin digits in en and he, Arabic-Indic in ar, Persian in fa', () => {
    for (const outlook of OUTLOOKS) {
      const reading = (locale: Locale) => results.get(locale)!.outlooks[outlook.id].reading;
      expect(reading('en')).toMatch(LATIN_DIGIT);
      expect(reading('he')).toMatch(/[\u0590-\u05FF]/);
      expect(reading('he')).toMatch(LATIN_DIGIT);
      expect(reading('ar')).toMatch(ARABIC_INDIC);
      expect(reading('ar')).not.toMatch(LATIN_DIGIT);
      expect(reading('fa')).toMatch(PERSIAN);
      expect(reading('fa')).not.toMatch(LATIN_DIGIT);
      for (const locale of OTHERS) expect(reading(locale), `${locale} ${outlook.id}`).not.toBe(reading('en'));
    }
  });

  it('reads the status quo in each locale', () => {
    const icbm = (locale: Locale) => runForecast({ assumptions: STATUS_QUO, draws: 400, locale }).outlooks.icbmLaunch.reading;
    expect(icbm('en')).toMatch(/^An ICBM launch within 12 months: \d+% under the status quo \(80% range \d+% to \d+%\)\.$/);
    expect(icbm('he')).toMatch(/^שיגור טב״ק בתוך 12 חודשים: \d+% במצב הקיים \(טווח 80%: \d+% עד \d+%\)\.$/);
    expect(icbm('ar')).toContain('خلال ١٢ شهرًا');
    expect(icbm('ar')).toContain('في ظل الوضع الراهن');
    expect(icbm('fa')).toContain('ظرف ۱۲ ماه');
    expect(icbm('fa')).toContain('در وضع موجود');
  });

  it('phrases drivers in the locale, numbers and resolution lists included', () => {
    expect(driverPhrase('exerciseScale', 30, 'en')).toBe('the scaled-back exercises (30% of full scale)');
    expect(driverPhrase('exerciseScale', 30, 'ar')).toContain('٣٠٪');
    expect(driverPhrase('sanctionsLifted', [2270, 2375], 'en')).toBe('lifting resolutions 2270 and 2375');
    expect(driverPhrase('sanctionsLifted', [2270, 2375], 'fa')).toBe('لغو قطعنامه‌های ۲۲۷۰ و ۲۳۷۵');
    expect(driverPhrase('sanctionsLifted', [2270], 'he')).toBe('הסרת החלטה 2270');
    expect(driverPhrase('russiaSupport', 40, 'ar')).toBe('دعم روسي أضعف (٤٠/١٠٠)');
  });

  it('forecast.sensitivity and forecast.difference: labels and phrases in the locale, the same numbers', () => {
    const sensitivity = (locale: Locale) => runSensitivity({ assumptions: scenario, outlook: 'nuclearTest', draws: 200, locale });
    expect(numbersOf(sensitivity('he'))).toEqual(numbersOf(sensitivity('en')));
    const labels = (locale: Locale) => sensitivity(locale).outlooks[0]!.bars.map((b) => b.label);
    expect(labels('en')).toEqual(expect.arrayContaining(['Test moratorium']));
    expect(labels('he')).toEqual(expect.arrayContaining(['מורטוריום על ניסויים']));
    const sanctionsBar = sensitivity('ar').outlooks[0]!.bars.find((b) => b.assumption === 'sanctionsLifted')!;
    expect([sanctionsBar.low.label, sanctionsBar.high.label].join(' ')).toMatch(/[\u0600-\u06FF]/);

    const difference = (locale: Locale) => runDifference({ base: STATUS_QUO, target: scenario, locale });
    expect(numbersOf(difference('fa'))).toEqual(numbersOf(difference('en')));
    const phrases = difference('fa').outlooks[0]!.attribution.contributions.map((c) => c.phrase);
    for (const phrase of phrases) expect(phrase).toMatch(/[\u0600-\u06FF]/);
  });
});
