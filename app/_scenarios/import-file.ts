/**
 * Reading a scenario file before it is sent, and putting the server's refusal
 * into words. The server validates the whole file (all or nothing); its errors
 * are keyed by paths such as "file.scenarios.2.assumptions.channel", which
 * become "Scenario 3 (“Hanoi redux”), assumption “Diplomatic channel”".
 */
import { MAX_IMPORT_BYTES } from '@/server/api/limits';
import type { FlatZodError } from '@/server/api/zod-error';
import type { AssumptionWords } from './assumption-words';
import { countOf, excerpt, listOfNames, quoted } from './format';

export type ReadImport = { ok: true; file: unknown } | { ok: false; message: string };

const CHOOSE_EXPORT = 'Choose a file exported from Peninsula Outlook.';

/** "2.4 MB" */
function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Refuses a file the server would refuse for its size, without uploading it. */
export function checkImportSize(fileName: string, bytes: number): string | null {
  if (bytes === 0) return `${quoted(fileName)} is empty. ${CHOOSE_EXPORT}`;
  if (bytes > MAX_IMPORT_BYTES) {
    return `${quoted(fileName)} is ${megabytes(bytes)}; files of up to ${megabytes(MAX_IMPORT_BYTES)} can be imported. Export fewer scenarios per file.`;
  }
  return null;
}

export function parseImportText(fileName: string, text: string): ReadImport {
  if (text.trim() === '') return { ok: false, message: `${quoted(fileName)} is empty. ${CHOOSE_EXPORT}` };
  try {
    return { ok: true, file: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, message: `${quoted(fileName)} is not valid JSON${reason}. ${CHOOSE_EXPORT}` };
  }
}

export interface ImportProblem {
  /** Where in the file, in words; null when the server named no place. */
  where: string | null;
  message: string;
}

const SCENARIO_FIELDS: Record<string, string> = {
  name: 'name',
  description: 'description',
  tags: 'tags',
  assumptions: 'assumptions',
  horizonMonths: 'horizon',
  modelVersion: 'model version',
  createdAt: 'creation date',
  updatedAt: 'last-updated date',
};

function scenarioName(file: unknown, index: number): string | null {
  if (typeof file !== 'object' || file === null) return null;
  const list = (file as { scenarios?: unknown }).scenarios;
  const item = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const name = typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() ? excerpt(name, 60) : null;
}

const isIndex = (segment: string | undefined): segment is string => segment !== undefined && /^\d+$/.test(segment);

function fieldInWords(rest: string[], labels: ReadonlyMap<string, string>): string {
  const [field, key, item] = rest;
  if (field === undefined) return '';
  if (field === 'assumptions' && key !== undefined) {
    const label = `assumption ${quoted(labels.get(key) ?? key)}`;
    return isIndex(item) ? `${label}, item ${Number(item) + 1}` : label;
  }
  if (field === 'tags' && isIndex(key)) return `tag ${Number(key) + 1}`;
  return SCENARIO_FIELDS[field] ?? `field ${quoted(rest.join('.'))}`;
}

/** A dotted path from the server ("file.scenarios.2.name") in words, naming the scenario when the file does. */
export function pathInWords(path: string, file: unknown, labels: ReadonlyMap<string, string>): string {
  const segments = path.split('.');
  if (segments[0] === 'file') segments.shift();
  const [top, index, ...rest] = segments;
  if (top === undefined || top === '') return 'The file';
  if (top !== 'scenarios') return `The file’s ${quoted(segments.join('.'))} field`;
  if (!isIndex(index)) return 'The list of scenarios';
  const name = scenarioName(file, Number(index));
  const scenario = `Scenario ${Number(index) + 1}${name ? ` (${quoted(name)})` : ''}`;
  const field = fieldInWords(rest, labels);
  return field ? `${scenario}, ${field}` : scenario;
}

export function importProblems(
  error: { message: string; zodError?: FlatZodError | null },
  file: unknown,
  assumptions: readonly Pick<AssumptionWords, 'id' | 'label'>[],
): ImportProblem[] {
  const flat = error.zodError;
  if (!flat) return [{ where: null, message: error.message }];
  const labels = new Map(assumptions.map((a) => [a.id as string, a.label]));
  const problems: ImportProblem[] = [
    ...flat.formErrors.map((message) => ({ where: 'The file', message })),
    ...Object.entries(flat.fieldErrors).flatMap(([path, messages]) => messages.map((message) => ({ where: pathInWords(path, file, labels), message }))),
  ];
  return problems.length ? problems : [{ where: null, message: error.message }];
}

/** "Imported 2 scenarios: “A” and “B”." */
export function importedSummary(names: readonly string[]): string {
  if (names.length === 0) return 'The file held no scenarios; nothing was imported.';
  return `Imported ${countOf(names.length, 'scenario')}: ${listOfNames(names)}.`;
}
