/** How the scenario pages write counts, names, notes and file names, in English and in the other languages. */
import { describe, expect, test } from 'vitest';
import { excerpt, exportFileName, horizonInWords, listOfNames, noteInWords, quoted, scenarioCount, sentence } from '@/app/_scenarios/format';
import { scenarioWords } from './scenarios-words';

const en = scenarioWords();

test('the export file is named after the local calendar date', () => {
  expect(exportFileName(new Date(2026, 10, 21, 23, 59))).toBe('peninsula-outlook-scenarios-2026-11-21.json');
  expect(exportFileName(new Date(2027, 0, 5))).toBe('peninsula-outlook-scenarios-2027-01-05.json');
});

test('counts agree with their number, in every language', () => {
  expect(scenarioCount(1, en)).toBe('1 scenario');
  expect(scenarioCount(0, en)).toBe('0 scenarios');
  expect(horizonInWords(12, en)).toBe('12 months');
  expect(horizonInWords(1, en)).toBe('1 month');
  expect(horizonInWords(2, scenarioWords('he'))).toBe('חודשיים');
  expect(horizonInWords(12, scenarioWords('he'))).toBe('12 חודשים');
  expect(horizonInWords(12, scenarioWords('ar'))).toBe('١٢ شهرًا');
  expect(horizonInWords(2, scenarioWords('ar'))).toBe('شهران');
  expect(horizonInWords(5, scenarioWords('ar'))).toBe('٥ أشهر');
  expect(horizonInWords(12, scenarioWords('fa'))).toBe('۱۲ ماه');
});

describe('excerpt', () => {
  test('short text is only tidied', () => {
    expect(excerpt('  A short\n\nnote. ')).toBe('A short note.');
  });
  test('long text is cut at a word boundary', () => {
    const cut = excerpt('Washington accepts the five resolutions asked for at Hanoi, in exchange for a verified freeze.', 60);
    expect(cut).toBe('Washington accepts the five resolutions asked for at Hanoi…');
    expect(cut.length).toBeLessThanOrEqual(61);
  });
  test('text without spaces is cut hard', () => {
    expect(excerpt('x'.repeat(300), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

test('names are quoted and listed as each language does', () => {
  expect(listOfNames([], en)).toBe('');
  expect(listOfNames(['A'], en)).toBe('“A”');
  expect(listOfNames(['A', 'B'], en)).toBe('“A” and “B”');
  expect(listOfNames(['A', 'B', 'C'], en)).toBe('“A”, “B” and “C”');
  expect(listOfNames(['A', 'B', 'C', 'D', 'E'], en)).toBe('“A”, “B”, “C” and 2 more');
  expect(quoted('A', scenarioWords('ar'))).toBe('«\u2068A\u2069»');
  expect(listOfNames(['A', 'B'], scenarioWords('fa'))).toBe('«\u2068A\u2069» و «\u2068B\u2069»');
});

test('messages and version notes read as sentences', () => {
  expect(sentence('name must not be empty')).toBe('Name must not be empty');
  expect(noteInWords('restored version 3', en)).toBe('Restored version 3');
  expect(noteInWords('created', en)).toBe('Created');
  expect(noteInWords('', en)).toBe('Saved');
  expect(noteInWords('duplicated from "Plan"', en)).toBe('Duplicated from “Plan”');
  expect(noteInWords('restored version 3', scenarioWords('ar'))).toBe('استُعيدت النسخة ٣');
});
