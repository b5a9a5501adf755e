import { describe, expect, it } from 'vitest';
import { pairKey, pairOfKey } from '@/app/[locale]/(app)/compare/_lib/pair-key';
import { compareQuery, parseCompareUrl, parseIds } from '@/app/[locale]/(app)/compare/_lib/url-state';
import { noteInWords, problemInWords } from '@/app/[locale]/(app)/compare/_lib/problem-words';
import { compareWords } from '../scenarios-words';

const { t, format } = compareWords();
const problemText = (problem: Parameters<typeof problemInWords>[0]) => problemInWords(problem, t, format);
const noteText = (note: Parameters<typeof noteInWords>[0]) => noteInWords(note, t, format);

const A = '3f0c9a52-1d2e-4b7a-9c1d-2a3b4c5d6e7f';
const B = '0b1e6a3c-7d44-4f0e-8a2b-5c6d7e8f9a01';
const C = '9e8d7c6b-5a49-4838-a727-161514131211';
const D = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const E = 'b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

describe('the ids in the link', () => {
  it('reads two to four comma-separated ids in order, ignoring spaces and empty items', () => {
    expect(parseIds(`${A},${B}`)).toEqual({ ok: true, ids: [A, B] });
    expect(parseIds(` ${C} , ${A},,${B}, `)).toEqual({ ok: true, ids: [C, A, B] });
    expect(parseIds([A, `${B},${D}`])).toEqual({ ok: true, ids: [A, B, D] });
  });

  it.each([
    ['no ids at all', undefined, /names no scenarios/],
    ['an empty list', ' , ', /names no scenarios/],
    ['one id', A, /only one scenario.*2 to 4/],
    ['five ids', [A, B, C, D, E].join(','), /names 5 scenarios; at most 4/],
    ['the same id twice', `${A},${A}`, /same scenario twice/],
    ['something that is not an id', `${A},banana`, /“banana” is not a scenario id/],
  ])('refuses %s with a sentence', (_, raw, message) => {
    const parsed = parseIds(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(problemText(parsed.problem)).toMatch(message);
  });

  it('cuts a very long bad id in its message', () => {
    const parsed = parseIds(`${A},${'x'.repeat(500)}`);
    expect(parsed.ok ? '' : problemText(parsed.problem).length).toBeLessThan(120);
  });
});

describe('the choices in the link', () => {
  it('defaults: saved horizon (null), the ICBM outlook, the first two as the pair', () => {
    expect(parseCompareUrl({ ids: `${A},${B},${C}` })).toEqual({
      ok: true, ids: [A, B, C], choices: { horizonMonths: null, outlook: 'icbmLaunch', pair: null }, notes: [],
    });
  });

  it('reads horizon, outlook and pair', () => {
    expect(parseCompareUrl({ ids: `${A},${B},${C}`, horizon: '24', outlook: 'arsenal', a: C, b: A })).toMatchObject({
      ok: true, choices: { horizonMonths: 24, outlook: 'arsenal', pair: [C, A] }, notes: [],
    });
  });

  it.each([
    [{ horizon: '99' }, /horizon “99”/],
    [{ horizon: '' }, /horizon “”/],
    [{ horizon: '12.5' }, /horizon/],
    [{ outlook: 'weather' }, /“weather” is not an outlook/],
    [{ a: A, b: A }, /pair/],
    [{ a: A, b: D }, /pair/],
    [{ a: A }, /pair/],
  ])('falls back to the default with a note for %o', (extra, note) => {
    const parsed = parseCompareUrl({ ids: `${A},${B},${C}`, ...extra });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.notes).toHaveLength(1);
    expect(noteText(parsed.notes[0]!)).toMatch(note);
    expect(parsed.choices).toEqual({ horizonMonths: null, outlook: 'icbmLaunch', pair: null });
  });

  it('passes a bad-ids problem through, whatever else the link says', () => {
    expect(parseCompareUrl({ ids: A, horizon: '12' })).toMatchObject({ ok: false });
  });
});

describe('writing the view back to the link', () => {
  it('always writes the horizon, keeps commas literal and leaves defaults out', () => {
    expect(compareQuery({ ids: [A, B], horizonMonths: 12, outlook: 'icbmLaunch', pair: [A, B] })).toBe(`ids=${A},${B}&horizon=12`);
  });

  it('writes a chosen outlook and pair', () => {
    expect(compareQuery({ ids: [A, B, C], horizonMonths: 6, outlook: 'tensionIndex', pair: [C, A] })).toBe(
      `ids=${A},${B},${C}&horizon=6&outlook=tensionIndex&a=${C}&b=${A}`,
    );
  });

  it('round-trips', () => {
    const state = { ids: [A, B, C, D], horizonMonths: 36, outlook: 'interimDeal' as const, pair: [B, D] as [string, string] };
    const parsed = parseCompareUrl(Object.fromEntries(new URLSearchParams(compareQuery(state))));
    expect(parsed).toEqual({ ok: true, ids: state.ids, choices: { horizonMonths: 36, outlook: 'interimDeal', pair: [B, D] }, notes: [] });
  });
});

describe('the key of a difference request', () => {
  it('round-trips the pair and horizon, and rejects anything else', () => {
    expect(pairOfKey(pairKey({ ids: [A, B], horizonMonths: 18 }))).toEqual({ ids: [A, B], horizonMonths: 18 });
    expect(pairOfKey('')).toBeNull();
    expect(pairOfKey(`${A}@12`)).toBeNull();
  });
});
