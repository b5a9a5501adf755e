import { describe, expect, it } from 'vitest';
import { OUTLOOKS } from '@/server/model';
import { readingFor } from '@/server/model/reading';

const icbm = OUTLOOKS.find((o) => o.id === 'icbmLaunch')!;
const band = (mean: number) => ({ mean, p10: mean * 0.6, p50: mean, p90: mean * 1.4 });
const c = (assumption: string, phrase: string, contribution: number) => ({ assumption, phrase, contribution });

describe('readings', () => {
  it('names the status quo and its 80% range', () => {
    expect(readingFor(icbm, 12, band(0.43), band(0.43), [], true)).toBe(
      'An ICBM launch within 12 months: 43% under the status quo (80% range 26% to 60%).',
    );
  });

  it('names the main drivers in order of size, and a sizeable offset', () => {
    const reading = readingFor(icbm, 12, band(0.31), band(0.54), [
      c('exerciseScale', 'the suspended exercises', -0.12),
      c('testMoratorium', 'the codified test moratorium', -0.2),
      c('russiaSupport', 'fuller Russian support (100/100)', 0.1),
      c('alliance', 'a strained alliance (40/100)', -0.01),
    ], false);
    expect(reading).toBe('An ICBM launch within 12 months: 31% (status quo 54%), lowered mostly by the codified test moratorium and the suspended exercises, partly offset by fuller Russian support (100/100).');
  });

  it('says "slightly" when rounding hides a real change', () => {
    const reading = readingFor(icbm, 12, band(0.434), band(0.428), [c('exerciseScale', 'the larger exercises (61% of full scale)', 0.006)], false);
    expect(reading).toBe('An ICBM launch within 12 months: 43% (status quo 43%), raised slightly by the larger exercises (61% of full scale).');
  });

  it('says "the same" when no assumption moves it', () => {
    expect(readingFor(icbm, 6, band(0.2), band(0.2), [c('usfkPosture', 'the reduced US force posture', 0)], false)).toBe(
      'An ICBM launch within 6 months: 20%, the same as under the status quo.',
    );
  });
});
