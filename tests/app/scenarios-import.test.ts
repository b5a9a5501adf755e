/** Reading an import file in the browser, and the server's refusal put into words. */
import { describe, expect, test } from 'vitest';
import { checkImportSize, importProblems, importedSummary, parseImportText, pathInWords } from '@/app/_scenarios/import-file';
import { flattenZodError } from '@/server/api/zod-error';
import { ASSUMPTIONS, STATUS_QUO } from '@/server/model/assumptions';
import { importInputSchema } from '@/server/scenarios/export-format';
import { scenarioWords } from './scenarios-words';

const w = scenarioWords();

const labels = new Map(ASSUMPTIONS.map((a) => [a.id as string, a.label]));
const scenario = (name: string, changes: Record<string, unknown> = {}) => ({ name, assumptions: { ...STATUS_QUO }, horizonMonths: 12, ...changes });
const fileOf = (...scenarios: unknown[]) => ({ format: 'peninsula-outlook/scenarios', formatVersion: 1, scenarios });

/** The refusal exactly as the server builds it: the procedure's schema, flattened by the error formatter. */
function refusal(file: unknown) {
  const result = importInputSchema.safeParse({ file });
  if (result.success) throw new Error('expected the file to be refused');
  return { message: 'refused', zodError: flattenZodError(result.error) };
}

describe('parseImportText', () => {
  test('JSON becomes the file to send', () => {
    expect(parseImportText('a.json', '{"format":"x"}', w)).toEqual({ ok: true, file: { format: 'x' } });
  });

  test('invalid JSON is refused in the browser, naming the file and what to choose instead', () => {
    const result = parseImportText('notes.json', '{"format": ', w);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^“notes\.json” is not valid JSON \(.+\)\. Choose a file exported from Peninsula Outlook\.$/);
    }
  });

  test('an empty or blank file is refused', () => {
    expect(parseImportText('e.json', '  \n', w)).toEqual({ ok: false, message: expect.stringContaining('“e.json” is empty') });
  });
});

test('checkImportSize refuses empty and over-limit files before upload', () => {
  expect(checkImportSize('a.json', 10, w)).toBeNull();
  expect(checkImportSize('a.json', 0, w)).toMatch(/is empty/);
  expect(checkImportSize('big.json', 3 * 1024 * 1024, w)).toBe('“big.json” is 3.0 MB; files of up to 2.0 MB can be imported. Export fewer scenarios per file.');
});

describe('pathInWords', () => {
  const file = fileOf(scenario('First'), scenario('Hanoi redux'), { horizonMonths: 3 });

  test.each([
    ['file', 'The file'],
    ['', 'The file'],
    ['file.format', 'The file’s “format” field'],
    ['file.scenarios', 'The list of scenarios'],
    ['file.scenarios.1', 'Scenario 2 (“Hanoi redux”)'],
    ['file.scenarios.1.assumptions.channel', 'Scenario 2 (“Hanoi redux”), assumption “Diplomatic channel”'],
    ['file.scenarios.1.assumptions.sanctionsLifted.0', 'Scenario 2 (“Hanoi redux”), assumption “UN sanctions lifted”, item 1'],
    ['file.scenarios.1.assumptions.madeUp', 'Scenario 2 (“Hanoi redux”), assumption “madeUp”'],
    ['file.scenarios.0.horizonMonths', 'Scenario 1 (“First”), horizon'],
    ['file.scenarios.0.tags.3', 'Scenario 1 (“First”), tag 4'],
    ['file.scenarios.0.colour', 'Scenario 1 (“First”), field “colour”'],
    ['file.scenarios.2.name', 'Scenario 3, name'],
    ['file.scenarios.9', 'Scenario 10'],
  ])('%s → %s', (path, words) => {
    expect(pathInWords(path, file, labels, w)).toBe(words.replace('Diplomatic channel', labels.get('channel')!));
  });

  test('a file that is not an object still gets words', () => {
    expect(pathInWords('file.scenarios.0.name', 'nonsense', labels, w)).toBe('Scenario 1, name');
  });
});

describe('importProblems', () => {
  test('every bad item and field of a refused file, in words, with the server’s message', () => {
    const file = fileOf(scenario('Fine'), scenario('Bad channel', { assumptions: { ...STATUS_QUO, channel: 'carrierPigeon' } }), scenario('', { horizonMonths: 99 }));
    const problems = importProblems(refusal(file), file, ASSUMPTIONS, w);
    expect(problems).toEqual(expect.arrayContaining([
      { where: `Scenario 2 (“Bad channel”), assumption “${labels.get('channel')}”`, message: expect.stringMatching(/Invalid option/) },
      { where: 'Scenario 3, name', message: 'name must not be empty' },
      { where: 'Scenario 3, horizon', message: 'horizonMonths must be at most 36' },
    ]));
    expect(problems).toHaveLength(3);
  });

  test('a file from something else: its format is named', () => {
    const problems = importProblems(refusal({ hello: 'world' }), { hello: 'world' }, ASSUMPTIONS, w);
    expect(problems).toContainEqual({ where: 'The file’s “format” field', message: expect.stringContaining('is this a Peninsula Outlook scenario file?') });
  });

  test('a JSON value that is not an object is a problem of the file itself', () => {
    const problems = importProblems(refusal([1, 2]), [1, 2], ASSUMPTIONS, w);
    expect(problems[0]?.where).toBe('The file');
  });

  test('an error without field details (database down, too large) keeps the server’s message, placeless', () => {
    expect(importProblems({ message: 'The scenario database is unavailable; try again shortly.' }, {}, ASSUMPTIONS, w)).toEqual([
      { where: null, message: 'The scenario database is unavailable; try again shortly.' },
    ]);
  });
});

test('importedSummary names what was imported', () => {
  expect(importedSummary(['A'], w)).toBe('Imported 1 scenario: “A”.');
  expect(importedSummary(['A', 'B'], w)).toBe('Imported 2 scenarios: “A” and “B”.');
  expect(importedSummary(['A', 'B', 'C', 'D'], w)).toBe('Imported 4 scenarios: “A”, “B”, “C” and 1 more.');
});
