/** Dates, counts, excerpts and the export file name on the scenario pages. */
import { describe, expect, test } from 'vitest';
import { countOf, excerpt, exportFileName, formatDate, formatDateTime, formatTime, horizonInWords, listOfNames, noteInWords, sentence } from '@/app/_scenarios/format';

describe('dates (UTC, the same on server and browser)', () => {
  test('formatDate and formatDateTime', () => {
    expect(formatDate('2026-11-21T14:05:09.123Z')).toBe('21 Nov 2026');
    expect(formatDateTime('2026-11-21T14:05:09.123Z')).toBe('21 Nov 2026, 14:05 UTC');
    expect(formatDateTime('2027-01-03T00:00:00.000Z')).toBe('3 Jan 2027, 00:00 UTC');
    expect(formatTime('2027-01-03T09:07:00.000Z')).toBe('09:07 UTC');
  });

  test('an offset is converted to UTC', () => {
    expect(formatDateTime('2026-11-21T23:30:00-05:00')).toBe('22 Nov 2026, 04:30 UTC');
  });

  test('an unreadable date is shown as given, never "Invalid Date"', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDateTime('soon')).toBe('soon');
    expect(formatTime('soon')).toBe('');
  });
});

test('exportFileName uses the local calendar date, zero-padded', () => {
  expect(exportFileName(new Date(2026, 10, 21, 23, 59))).toBe('peninsula-outlook-scenarios-2026-11-21.json');
  expect(exportFileName(new Date(2027, 0, 5))).toBe('peninsula-outlook-scenarios-2027-01-05.json');
});

test('countOf and horizonInWords', () => {
  expect(countOf(1, 'scenario')).toBe('1 scenario');
  expect(countOf(0, 'scenario')).toBe('0 scenarios');
  expect(horizonInWords(12)).toBe('12 months');
  expect(horizonInWords(1)).toBe('1 month');
});

describe('excerpt', () => {
  test('short text is kept, with its whitespace flattened', () => {
    expect(excerpt('  A short\n\nnote. ')).toBe('A short note.');
  });

  test('long text is cut at a word boundary, trailing punctuation dropped', () => {
    const text = 'Washington accepts the five resolutions asked for at Hanoi, in exchange for a verified freeze at Yongbyon.';
    const cut = excerpt(text, 60);
    expect(cut).toBe('Washington accepts the five resolutions asked for at Hanoi…');
    expect(cut.length).toBeLessThanOrEqual(61);
  });

  test('a single long word is cut mid-word rather than left whole', () => {
    expect(excerpt('x'.repeat(300), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

test('listOfNames quotes names and joins them as a sentence', () => {
  expect(listOfNames([])).toBe('');
  expect(listOfNames(['A'])).toBe('“A”');
  expect(listOfNames(['A', 'B'])).toBe('“A” and “B”');
  expect(listOfNames(['A', 'B', 'C'])).toBe('“A”, “B” and “C”');
  expect(listOfNames(['A', 'B', 'C', 'D', 'E'])).toBe('“A”, “B”, “C” and 2 more');
});

test('sentence and noteInWords capitalise', () => {
  expect(sentence('name must not be empty')).toBe('Name must not be empty');
  expect(noteInWords('restored version 3')).toBe('Restored version 3');
  expect(noteInWords('created')).toBe('Created');
  expect(noteInWords('')).toBe('Saved');
});
