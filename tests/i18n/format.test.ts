/** Numbers, percentages, dates and lists in each locale's own way (server/i18n/format.ts). */
import { describe, expect, test } from 'vitest';
import { formatterFor, intlTag } from '@/server/i18n/format';
import { formatOptionsFrom } from '@/server/i18n/format-options';
import { LOCALES } from '@/server/i18n/locales';

const DATE = '2026-11-21T15:30:00Z';
const ARABIC_INDIC = /^[\u0660-\u0669]+$/;
const PERSIAN = /^[\u06F0-\u06F9]+$/;
const LATIN = /^[0-9]+$/;
const digitsOf = (text: string) => text.replace(/[^0-9\u0660-\u0669\u06F0-\u06F9]/g, '');

describe('formatterFor', () => {
  test('English: Latin digits, Gregorian dates', () => {
    const f = formatterFor('en');
    expect(f.percent(0.345)).toBe('35%');
    expect(f.percent(0.0345, { decimals: 1 })).toBe('3.5%');
    expect(f.number(1234.5, { decimals: 1 })).toBe('1,234.5');
    expect(f.number(-3, { signed: true })).toBe('-3');
    expect(f.number(3, { signed: true })).toBe('+3');
    expect(f.number(0, { signed: true })).toBe('0');
    expect(f.date(DATE)).toBe('Nov 21, 2026');
    expect(f.list(['a', 'b', 'c'])).toBe('a, b, and c');
  });

  test('Hebrew: Latin digits, Hebrew month names and conjunction', () => {
    const f = formatterFor('he');
    expect(digitsOf(f.percent(0.345))).toBe('35');
    expect(f.date(DATE)).toMatch(/21 בנוב/);
    expect(f.list(['א', 'ב', 'ג'])).toBe('א, ב וג');
  });

  test('Arabic: Arabic-Indic digits and separators', () => {
    const f = formatterFor('ar');
    const percent = f.percent(0.345);
    expect(digitsOf(percent)).toBe('٣٥');
    expect(percent).toContain('٪');
    expect(f.number(1234.5, { decimals: 1 })).toBe('١٬٢٣٤٫٥');
    expect(digitsOf(f.date(DATE))).toMatch(ARABIC_INDIC);
    expect(f.date(DATE)).toContain('٢٠٢٦');
  });

  test('Persian: Persian digits and the Solar Hijri calendar by default', () => {
    const f = formatterFor('fa');
    expect(digitsOf(f.percent(0.345))).toBe('۳۵');
    expect(f.number(1234.5, { decimals: 1 })).toBe('۱٬۲۳۴٫۵');
    // 21 November 2026 is 30 Aban 1405.
    expect(f.date(DATE)).toBe('۳۰ آبان ۱۴۰۵');
    expect(digitsOf(f.dateTime(DATE))).toMatch(PERSIAN);
  });

  test('Persian with the option: Latin digits and Gregorian dates', () => {
    const f = formatterFor('fa', formatOptionsFrom('latin'));
    expect(digitsOf(f.percent(0.345))).toBe('35');
    expect(f.date(DATE)).toBe('21 نوامبر 2026');
    expect(formatOptionsFrom('native')).toEqual({});
    expect(formatOptionsFrom(undefined)).toEqual({});
  });

  test('the option changes only Persian', () => {
    for (const locale of LOCALES.filter((l) => l !== 'fa')) expect(intlTag(locale, { latinDigits: true })).toBe(intlTag(locale));
  });

  test('every locale writes the same value with the same digits count, in its own digits', () => {
    const expected = { en: LATIN, he: LATIN, ar: ARABIC_INDIC, fa: PERSIAN } as const;
    for (const locale of LOCALES) {
      const text = digitsOf(formatterFor(locale).number(2026));
      expect(text, locale).toMatch(expected[locale]);
      expect(text.length, locale).toBe(4);
    }
  });
});
