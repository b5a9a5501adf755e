/** The Persian reader's Latin-digits option reaches the model's texts through tRPC. */
import { describe, expect, test } from 'vitest';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { latinDigits, latinizeStrings } from '@/server/i18n/digits';
import { STATUS_QUO } from '@/server/model/assumptions';

const PERSIAN_DIGIT = /[\u06F0-\u06F9]/;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/;
const input = (locale: 'fa' | 'ar') => ({ assumptions: { ...STATUS_QUO, exerciseScale: 30 }, horizonMonths: 12, draws: 500, locale });

describe('latinDigits', () => {
  test('Persian digits and percent signs become Latin; other text is kept', () => {
    expect(latinDigits('بازهٔ ۸۰٪: ۱۲ تا ۳۴')).toBe('بازهٔ 80%: 12 تا 34');
    expect(latinizeStrings({ a: ['۱'], b: { c: '۲٪' }, n: 3, z: null })).toEqual({ a: ['1'], b: { c: '2%' }, n: 3, z: null });
  });
});

describe('forecast.run with the option', () => {
  test('Persian readings come with Latin digits only when the reader asked', async () => {
    const plain = await createCaller(createContext()).forecast.run(input('fa'));
    const latin = await createCaller(createContext({ latinDigits: true })).forecast.run(input('fa'));
    expect(plain.outlooks.icbmLaunch.reading).toMatch(PERSIAN_DIGIT);
    expect(latin.outlooks.icbmLaunch.reading).not.toMatch(PERSIAN_DIGIT);
    expect(latin.outlooks.icbmLaunch.reading).toBe(latinDigits(plain.outlooks.icbmLaunch.reading));
    expect(latin.outlooks.icbmLaunch.mean).toBe(plain.outlooks.icbmLaunch.mean);
  });

  test('other locales are untouched (Arabic keeps its Arabic-Indic digits)', async () => {
    const latin = await createCaller(createContext({ latinDigits: true })).forecast.run(input('ar'));
    expect(latin.outlooks.icbmLaunch.reading).toMatch(ARABIC_INDIC_DIGIT);
  });

  test('the option is read from the request cookie', () => {
    expect(createContext({ headers: new Headers({ cookie: 'a=1; po-digits=latin' }) }).latinDigits).toBe(true);
    expect(createContext({ headers: new Headers({ cookie: 'po-digits=native' }) }).latinDigits).toBe(false);
  });
});
