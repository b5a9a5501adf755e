/** The present routes' pure helpers: which briefing a PDF link names, the slide in the hash, a figure split for display. */
import { describe, expect, it } from 'vitest';
import { splitMean } from '@/app/_briefing/briefing';
import { slideFromHash } from '@/app/_briefing/hash';
import { briefingWords } from '@/app/_briefing/words';
import { sourceFromQuery, toSearchParams } from '@/server/briefing/source';

const ID = '0b6c2a8e-4f8e-4a57-9c55-4c1d7a0a2f11';

describe('which briefing a PDF link names', () => {
  it('scenario=<id> alone is the saved scenario, as saved', () => {
    expect(sourceFromQuery(new URLSearchParams(`scenario=${ID}`))).toEqual({ kind: 'saved', id: ID });
    expect(sourceFromQuery(new URLSearchParams(`scenario=${ID}&print=1`))).toEqual({ kind: 'saved', id: ID });
  });

  it('ids=… is a comparison, with every parameter passed on', () => {
    const source = sourceFromQuery(new URLSearchParams(`ids=${ID},x&horizon=6&ids=y`));
    expect(source).toEqual({ kind: 'compare', params: { ids: [`${ID},x`, 'y'], horizon: '6' } });
  });

  it('anything else is the dashboard’s state, including scenario with rev and no parameters at all', () => {
    const withRev = sourceFromQuery(new URLSearchParams(`scenario=${ID}&rev=2&testMoratorium=codified`));
    expect(withRev.kind).toBe('dashboard');
    expect(withRev.kind === 'dashboard' && withRev.params.get('testMoratorium')).toBe('codified');
    expect(sourceFromQuery(new URLSearchParams('')).kind).toBe('dashboard');
  });

  it('reads a page’s search params, first value of each', () => {
    expect(toSearchParams({ a: '1', b: ['2', '3'], c: undefined }).toString()).toBe('a=1&b=2');
  });
});

describe('the slide in the hash', () => {
  it.each([
    ['#1', 12, 0],
    ['#12', 12, 11],
    ['#40', 12, 11],
    ['#0', 12, 0],
    ['#3', 13, 2],
  ])('%s of %i slides is index %i', (hash, count, index) => {
    expect(slideFromHash(hash, count)).toBe(index);
  });

  it.each(['', '#', '#x', '#-2', '#2.5', '#12345'])('%j names no slide', (hash) => {
    expect(slideFromHash(hash, 12)).toBeNull();
  });
});

describe('a figure split for display', () => {
  const w = briefingWords('en');
  const band = (mean: number) => ({ mean, p10: mean, p90: mean });
  it('separates the number from the unit words', () => {
    expect(splitMean(w, band(0.34), 'probability')).toEqual({ valueText: '34%', unitText: '' });
    expect(splitMean(w, band(3.4), 'count')).toEqual({ valueText: '3.4', unitText: 'launches' });
    expect(splitMean(w, band(56.2), 'index')).toEqual({ valueText: '56', unitText: '/ 100' });
    expect(splitMean(w, band(58), 'warheads')).toEqual({ valueText: '58', unitText: 'warheads' });
  });

  it('writes them in the locale: its digits, its unit words', () => {
    expect(splitMean(briefingWords('ar'), band(3.4), 'count')).toEqual({ valueText: '٣٫٤', unitText: 'عملية إطلاق' });
    expect(splitMean(briefingWords('fa'), band(56.2), 'index')).toEqual({ valueText: '۵۶', unitText: '/ ۱۰۰' });
    expect(splitMean(briefingWords('fa', { latinDigits: true }), band(56.2), 'index')).toEqual({ valueText: '56', unitText: '/ 100' });
    expect(briefingWords('he').mean(band(0.34), 'probability')).toBe('34%');
    expect(briefingWords('ar').change(-0.123, 'probability')).toMatch(/١٢/);
  });
});
