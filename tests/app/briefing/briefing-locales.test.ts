/**
 * The slide model in Hebrew, Arabic and Persian: every slide's subtitle and notes are
 * written in the language's script (from the `briefing` messages), figures and dates use
 * its digits (Arabic-Indic for ar, Persian for fa, Latin for he and for fa with the
 * reader's Latin-digits option), and English is unchanged by the locale machinery.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBriefing, type Briefing, type BriefingInput } from '@/app/_briefing/briefing';
import type { Locale } from '@/server/i18n/locales';
import { PRESETS, STATUS_QUO, describeModel, runDifference, runForecast, type Assumptions } from '@/server/model';

const SCRIPT: Record<Exclude<Locale, 'en'>, RegExp> = { he: /[\u0590-\u05FF]/, ar: /[\u0600-\u06FF]/, fa: /[\u0600-\u06FF]/ };
const ARABIC_INDIC = /[٠-٩]/;
const PERSIAN = /[۰-۹]/;
const LATIN = /[0-9]/;
const DRAWS = 800;
const freeze = PRESETS.find((p) => p.id === 'freezeForRelief')!;
const pressure = PRESETS.find((p) => p.id === 'maximumPressure2')!;

// The model takes the locale for its own texts (labels, readings); older signatures ignore it.
const describe_ = describeModel as (locale?: Locale) => ReturnType<typeof describeModel>;
const forecast = (assumptions: Assumptions, locale: Locale) => runForecast({ assumptions, horizonMonths: 12, draws: DRAWS, locale } as Parameters<typeof runForecast>[0]);

function single(locale: Locale, options: BriefingInput['formatOptions'] = {}): Briefing {
  return buildBriefing({
    scenarios: [{ name: freeze.name, description: 'x', assumptions: freeze.assumptions, horizonMonths: 12, savedAt: '2026-11-03T09:30:00Z' }],
    forecasts: [forecast(freeze.assumptions, locale)],
    statusQuo: forecast({ ...STATUS_QUO }, locale),
    description: describe_(locale),
    date: '2026-11-21',
    locale,
    formatOptions: options,
  });
}

function comparison(locale: Locale): Briefing {
  return buildBriefing({
    scenarios: [
      { name: 'A', description: '', assumptions: freeze.assumptions, horizonMonths: 12 },
      { name: 'B', description: '', assumptions: pressure.assumptions, horizonMonths: 12 },
    ],
    forecasts: [forecast(freeze.assumptions, locale), forecast(pressure.assumptions, locale)],
    statusQuo: forecast({ ...STATUS_QUO }, locale),
    difference: runDifference({ base: freeze.assumptions, target: pressure.assumptions, horizonMonths: 12, locale } as Parameters<typeof runDifference>[0]),
    description: describe_(locale),
    date: '2026-11-21',
    locale,
  });
}

const decks = new Map<string, Briefing>();
beforeAll(() => {
  for (const locale of ['en', 'he', 'ar', 'fa'] as const) decks.set(locale, single(locale));
  decks.set('fa-latin', single('fa', { latinDigits: true }));
  for (const locale of ['he', 'ar', 'fa'] as const) decks.set(`${locale}-compare`, comparison(locale));
});

describe.each(['he', 'ar', 'fa'] as const)('the slide model in %s', (locale) => {
  it('writes every slide’s subtitle and notes in the language', () => {
    for (const kind of ['', '-compare']) {
      const deck = decks.get(`${locale}${kind}`)!;
      expect(deck.locale).toBe(locale);
      for (const slide of deck.slides) {
        expect(slide.notes, `${slide.id} notes`).toMatch(SCRIPT[locale]);
        if (slide.subtitle) expect(slide.subtitle, `${slide.id} subtitle`).toMatch(SCRIPT[locale]);
        if (slide.kind !== 'title') expect(slide.headline, `${slide.id} headline`).toMatch(SCRIPT[locale]);
        // No English words of the slide model's own left behind.
        expect(`${slide.subtitle ?? ''} ${slide.notes}`, slide.id).not.toMatch(/\b(Status quo|status quo|Raised by|Lowered by|80% range|months)\b/);
      }
    }
  });

  it('names the status-quo series, the quarters and the states in the language', () => {
    const deck = decks.get(locale)!;
    const launches = deck.slides.find((s) => s.kind === 'launches')!;
    expect(launches.kind === 'launches' && launches.quarters.every((q) => SCRIPT[locale].test(q))).toBe(true);
    const event = deck.slides.find((s) => s.kind === 'event')!;
    expect(event.kind === 'event' && event.series.at(-1)!.name).toMatch(SCRIPT[locale]);
    const closing = deck.slides.at(-1)!;
    expect(closing.headline).toMatch(SCRIPT[locale]);
  });

  it('writes figures and dates with the locale’s digits', () => {
    const deck = decks.get(locale)!;
    const title = deck.slides[0]!;
    const event = deck.slides.find((s) => s.kind === 'event')!;
    if (title.kind !== 'title' || event.kind !== 'event') throw new Error('unexpected deck');
    const digits = locale === 'ar' ? ARABIC_INDIC : locale === 'fa' ? PERSIAN : LATIN;
    for (const text of [title.dateText, title.savedText!, event.figures[0]!.meanText, event.figures[0]!.rangeText, event.figures[0]!.changeText, deck.slides.find((s) => s.kind === 'launches')!.subtitle!]) {
      expect(text).toMatch(digits);
    }
    if (locale !== 'he') expect(`${title.dateText} ${event.figures[0]!.meanText} ${event.notes}`).not.toMatch(/[0-9]/);
  });
});

describe('formatting options and English', () => {
  it('Persian with Latin digits has no Persian digits anywhere, and Gregorian dates', () => {
    const deck = decks.get('fa-latin')!;
    const all = JSON.stringify(deck.slides);
    expect(all).not.toMatch(PERSIAN);
    expect(all).toMatch(SCRIPT.fa);
    const title = deck.slides[0]!;
    expect(title.kind === 'title' && title.dateText).toMatch(/2026/);
  });

  it('Persian dates are in the Solar Hijri calendar by default', () => {
    const title = decks.get('fa')!.slides[0]!;
    expect(title.kind === 'title' && title.dateText).toMatch(/۱۴۰۵/);
  });

  it('English is as before', () => {
    const deck = decks.get('en')!;
    expect(deck.locale).toBe('en');
    const title = deck.slides[0]!;
    expect(title.kind === 'title' && title.dateText).toBe('21 November 2026');
    expect(deck.slides.find((s) => s.kind === 'closing')!.headline).toBe('Sources and method');
  });
});
