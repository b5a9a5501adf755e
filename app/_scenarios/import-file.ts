/**
 * Reading a scenario file before it is sent, and putting the server's refusal
 * into words. The server validates the whole file (all or nothing); its errors
 * are keyed by paths such as "file.scenarios.2.assumptions.channel", which
 * become "Scenario 3 (“Hanoi redux”), assumption “Diplomatic channel”".
 */
import { MAX_IMPORT_BYTES } from '@/server/api/limits';
import type { FlatZodError } from '@/server/api/zod-error';
import type { AssumptionWords } from './assumption-words';
import { excerpt, listOfNames, quoted, scenarioCount } from './format';
import type { Words } from './words';

export type ReadImport = { ok: true; file: unknown } | { ok: false; message: string };

/** "2.4 MB", in the locale's digits. */
function megabytes(bytes: number, { t, format }: Words): string {
  return t('import.megabytes', { size: format.number(bytes / (1024 * 1024), { decimals: 1 }) });
}

/** Refuses a file the server would refuse for its size, without uploading it. */
export function checkImportSize(fileName: string, bytes: number, words: Words): string | null {
  const file = quoted(fileName, words);
  if (bytes === 0) return words.t('import.empty', { file });
  if (bytes > MAX_IMPORT_BYTES) {
    return words.t('import.tooBig', { file, size: megabytes(bytes, words), max: megabytes(MAX_IMPORT_BYTES, words) });
  }
  return null;
}

export function parseImportText(fileName: string, text: string, words: Words): ReadImport {
  const file = quoted(fileName, words);
  if (text.trim() === '') return { ok: false, message: words.t('import.empty', { file }) };
  try {
    return { ok: true, file: JSON.parse(text) as unknown };
  } catch (error) {
    // The parser's own explanation is in the browser's language, not the page's: only English shows it.
    const reason = error instanceof Error ? error.message : '';
    return { ok: false, message: reason ? words.t('import.notJsonBecause', { file, reason }) : words.t('import.notJson', { file }) };
  }
}

export interface ImportProblem {
  /** Where in the file, in words; null when the server named no place. */
  where: string | null;
  message: string;
}

function scenarioName(file: unknown, index: number): string | null {
  if (typeof file !== 'object' || file === null) return null;
  const list = (file as { scenarios?: unknown }).scenarios;
  const item = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const name = typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() ? excerpt(name, 60) : null;
}

const isIndex = (segment: string | undefined): segment is string => segment !== undefined && /^\d+$/.test(segment);

/** A field of one scenario in words: "horizon", "assumption “Diplomatic channel”, item 2", "tag 3". */
function fieldInWords(rest: string[], labels: ReadonlyMap<string, string>, words: Words): string {
  const { t, format } = words;
  const [field, key, item] = rest;
  if (field === undefined) return '';
  if (field === 'assumptions' && key !== undefined) {
    const label = labels.get(key) ?? key;
    return isIndex(item)
      ? t('import.where.assumptionItem', { label, item: format.number(Number(item) + 1) })
      : t('import.where.assumption', { label });
  }
  if (field === 'tags' && isIndex(key)) return t('import.where.tag', { n: format.number(Number(key) + 1) });
  switch (field) {
    case 'name': return t('import.where.name');
    case 'description': return t('import.where.description');
    case 'tags': return t('import.where.tags');
    case 'assumptions': return t('import.where.assumptions');
    case 'horizonMonths': return t('import.where.horizon');
    case 'modelVersion': return t('import.where.modelVersion');
    case 'createdAt': return t('import.where.createdAt');
    case 'updatedAt': return t('import.where.updatedAt');
    default: return t('import.where.field', { path: rest.join('.') });
  }
}

/** A dotted path from the server ("file.scenarios.2.name") in words, naming the scenario when the file does. */
export function pathInWords(path: string, file: unknown, labels: ReadonlyMap<string, string>, words: Words): string {
  const { t, format } = words;
  const segments = path.split('.');
  if (segments[0] === 'file') segments.shift();
  const [top, index, ...rest] = segments;
  if (top === undefined || top === '') return t('import.where.file');
  if (top !== 'scenarios') return t('import.where.fileField', { path: segments.join('.') });
  if (!isIndex(index)) return t('import.where.list');
  const name = scenarioName(file, Number(index));
  const n = format.number(Number(index) + 1);
  const field = fieldInWords(rest, labels, words);
  if (name) return field ? t('import.where.namedScenarioField', { n, name, field }) : t('import.where.namedScenario', { n, name });
  return field ? t('import.where.scenarioField', { n, field }) : t('import.where.scenario', { n });
}

export function importProblems(
  error: { message: string; zodError?: FlatZodError | null },
  file: unknown,
  assumptions: readonly Pick<AssumptionWords, 'id' | 'label'>[],
  words: Words,
): ImportProblem[] {
  const flat = error.zodError;
  if (!flat) return [{ where: null, message: error.message }];
  const labels = new Map(assumptions.map((a) => [a.id as string, a.label]));
  const problems: ImportProblem[] = [
    ...flat.formErrors.map((message) => ({ where: words.t('import.where.file'), message })),
    ...Object.entries(flat.fieldErrors).flatMap(([path, messages]) => messages.map((message) => ({ where: pathInWords(path, file, labels, words), message }))),
  ];
  return problems.length ? problems : [{ where: null, message: error.message }];
}

/** "Imported 2 scenarios: “A” and “B”." */
export function importedSummary(names: readonly string[], words: Words): string {
  if (names.length === 0) return words.t('import.nothing');
  return words.t('import.imported', { count: names.length, scenarios: scenarioCount(names.length, words), names: listOfNames(names, words) });
}
