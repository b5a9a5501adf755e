import { describe, expect, it } from 'vitest';
import { explainDifference as explainIn, lowerFirst, subjectOf as subjectIn, type ExplainInput } from '@/app/[locale]/(app)/compare/_lib/explain-difference';
import { compareWords } from '../scenarios-words';

const words = compareWords();
const explainDifference = (input: ExplainInput) => explainIn(input, words);
const subjectOf = (outlook: ExplainInput['outlook'], months: number) => subjectIn(outlook, months, words);

const icbm = { label: 'ICBM launch', phrase: 'An ICBM launch', unit: 'probability' as const };
const base = { outlook: icbm, horizonMonths: 12, names: ['Status quo', 'Freeze'] as [string, string] };

describe('the difference in words', () => {
  it('keeps acronyms and lowers an opening article', () => {
    expect(lowerFirst('An ICBM launch')).toBe('an ICBM launch');
    expect(lowerFirst('A seventh nuclear test')).toBe('a seventh nuclear test');
    expect(lowerFirst('ICBM launch')).toBe('ICBM launch');
    expect(lowerFirst('Tension index')).toBe('tension index');
  });

  it.each([
    [icbm, 'the chance of an ICBM launch within 12\u00a0months'],
    [{ label: 'Missile launches', phrase: 'Ballistic missile launches', unit: 'count' as const }, 'the expected number of ballistic missile launches within 12\u00a0months'],
    [{ label: 'Tension index', phrase: 'Tension', unit: 'index' as const }, 'the average tension index over 12\u00a0months'],
    [{ label: 'Arsenal', phrase: 'The arsenal', unit: 'warheads' as const }, 'the estimated arsenal after 12\u00a0months'],
  ])('names what is compared for %o', (outlook, subject) => {
    expect(subjectOf(outlook, 12)).toBe(subject);
  });

  it('says how far B is from A and names the drivers that account for most of it', () => {
    const text = explainDifference({
      ...base, base: 0.43, target: 0.31,
      steps: [
        { phrase: 'the codified test moratorium', value: -0.09 },
        { phrase: 'the back channel', value: -0.04 },
        { phrase: 'the reduced US force posture', value: 0.01 },
      ],
    });
    expect(text).toBe(
      'Under “Freeze”, the chance of an ICBM launch within 12\u00a0months is 12.0 percentage points lower than under “Status quo” (31.0% against 43.0%), ' +
      'mostly because of the codified test moratorium (−9.0\u00a0pp) and the back channel (−4.0\u00a0pp).',
    );
  });

  it('says "because of" when the named drivers are all of them, and names a large opposing one', () => {
    expect(explainDifference({ ...base, base: 0.2, target: 0.3, steps: [{ phrase: 'the larger exercises', value: 0.1 }] }))
      .toMatch(/higher than under “Status quo” \(30\.0% against 20\.0%\), because of the larger exercises \(\+10\.0\u00a0pp\)\.$/);
    const offset = explainDifference({
      ...base, base: 0.2, target: 0.3,
      steps: [{ phrase: 'X', value: 0.16 }, { phrase: 'Y', value: -0.06 }],
    });
    expect(offset).toMatch(/mostly because of X \(\+16\.0\u00a0pp\), partly offset by Y \(−6\.0\u00a0pp\)\.$/);
  });

  it('stops at three drivers', () => {
    const steps = ['a', 'b', 'c', 'd', 'e'].map((phrase) => ({ phrase, value: -0.02 }));
    expect(explainDifference({ ...base, base: 0.3, target: 0.2, steps })).toMatch(/mostly because of a \(.+\), b \(.+\) and c \(.+\)\.$/);
  });

  it('calls identical scenarios identical, and offsetting drivers a wash', () => {
    expect(explainDifference({ ...base, base: 0.3, target: 0.3, steps: [] })).toBe(
      '“Freeze” and “Status quo” set every assumption alike, so the chance of an ICBM launch within 12\u00a0months is the same under both (30.0%).',
    );
    expect(explainDifference({ ...base, base: 0.3, target: 0.3002, steps: [{ phrase: 'X', value: 0.05 }, { phrase: 'Y', value: -0.0498 }] })).toBe(
      'The chance of an ICBM launch within 12\u00a0months is about the same under “Freeze” as under “Status quo” (30.0% against 30.0%): X (+5.0\u00a0pp) and Y (−5.0\u00a0pp) roughly cancel out.',
    );
    expect(explainDifference({ ...base, base: 0.3, target: 0.3001, steps: [{ phrase: 'X', value: 0.0001 }] })).toMatch(/barely move it\.$/);
  });

  it('words counts, index points and warheads in their own units', () => {
    const launches = { label: 'Missile launches', phrase: 'Ballistic missile launches', unit: 'count' as const };
    expect(explainDifference({ ...base, outlook: launches, base: 19.8, target: 12.7, steps: [{ phrase: 'X', value: -7.1 }] }))
      .toMatch(/is 7\.1 lower than under “Status quo” \(12\.7\u00a0missiles against 19\.8\u00a0missiles\), because of X \(−7\.1\u00a0missiles\)\.$/);
    const arsenal = { label: 'Arsenal', phrase: 'The arsenal', unit: 'warheads' as const };
    expect(explainDifference({ ...base, outlook: arsenal, base: 57, target: 54, steps: [{ phrase: 'X', value: -3 }] })).toContain('is 3.0 warheads lower');
  });
});

describe('in the other languages', () => {
  const input: ExplainInput = {
    outlook: { label: 'ICBM launch', phrase: 'an ICBM launch', unit: 'probability' },
    horizonMonths: 12, names: ['Status quo', 'Freeze'], base: 0.43, target: 0.31,
    steps: [{ phrase: 'X', value: -0.09 }, { phrase: 'Y', value: -0.04 }, { phrase: 'Z', value: 0.01 }],
  };
  it.each([
    ['he', /^ב־"\u2068Freeze\u2069", .*נמוך ב־12\.0 נקודות אחוז מאשר ב־"\u2068Status quo\u2069" \(31\.0% לעומת 43\.0%\), בעיקר בגלל X/],
    ['ar', /^في «\u2068Freeze\u2069»، .*أدنى بمقدار ١٢٫٠ نقطة مئوية .*«\u2068Status quo\u2069» \(٣١٫٠٪\S* مقابل ٤٣٫٠٪\S*\)، ويعود ذلك أساسًا إلى X/],
    ['fa', /^در «\u2068Freeze\u2069»، .*۱۲٫۰ واحد درصد کمتر از «\u2068Status quo\u2069» است/],
  ] as const)('%s: one template, the numbers in the locale’s digits', (locale, pattern) => {
    expect(explainIn(input, compareWords(locale))).toMatch(pattern);
  });
});
