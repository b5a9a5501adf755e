/**
 * The episodes file the backtest scores the model on (format: shared/domain/README.md),
 * its zod schema and a parser whose errors name the episode and the field, so a
 * hand-edited file can be fixed without reading zod's issue dumps.
 * The schema reuses the model's own assumption and context schemas: an episode the
 * model would reject is a malformed file, not a model failure.
 */
import { z } from 'zod';
import { assumptionsSchema, horizonMonthsSchema } from '../model/assumptions';
import { modelContextSchema } from '../model/context';

const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
  // The regex accepts 2019-02-30; a round trip through Date catches it.
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), {
    error: 'is not a calendar date',
  });

/** Strict: a misspelt outcome would otherwise silently drop out of the scoring. */
export const observedSchema = z.strictObject({
  nuclearTest: z.boolean(),
  icbmLaunch: z.boolean(),
  interimDeal: z.boolean(),
  denuclearizationStep: z.boolean(),
  /** CNS count; absent where unknown, and then not scored. */
  missileLaunches: z.number().int({ error: 'must be a whole number' }).min(0, { error: 'must be at least 0' }).optional(),
});
export type Observed = z.infer<typeof observedSchema>;

/** Loose at the top level: episodes may carry extra descriptive fields (notes, sources). */
export const episodeSchema = z.object({
  id: z.string().min(1, { error: 'must not be empty' }),
  label: z.string(),
  date: isoDate,
  horizonMonths: horizonMonthsSchema,
  assumptions: assumptionsSchema,
  context: modelContextSchema,
  observed: observedSchema,
});
export type Episode = z.infer<typeof episodeSchema>;

export const episodesFileSchema = z
  .array(episodeSchema, { error: 'must be a JSON array of episodes' })
  .min(1, { error: 'holds no episodes' })
  .superRefine((episodes, ctx) => {
    const firstIndex = new Map<string, number>();
    episodes.forEach((episode, index) => {
      const first = firstIndex.get(episode.id);
      if (first === undefined) firstIndex.set(episode.id, index);
      else ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicates the id of episode ${first + 1}` });
    });
  });

/** Thrown for an unreadable episodes file; `issues` holds one line per problem. */
export class EpisodesFileError extends Error {
  override readonly name = 'EpisodesFileError';
  constructor(readonly issues: string[]) {
    super(issues.join('\n'));
  }
}

const MAX_REPORTED_ISSUES = 10;

/** Parses and validates an episodes file's text; throws EpisodesFileError naming the item and field. */
export function parseEpisodesFile(text: string, fileName: string): Episode[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EpisodesFileError([`${fileName}: not valid JSON (${reason})`]);
  }
  const result = episodesFileSchema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${fileName}: ${describeIssue(issue, data)}`);
  const unique = [...new Set(lines)];
  const shown = unique.slice(0, MAX_REPORTED_ISSUES);
  if (unique.length > shown.length) shown.push(`${fileName}: …and ${unique.length - shown.length} more problems`);
  throw new EpisodesFileError(shown);
}

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue, data: unknown): string {
  const [head, ...rest] = issue.path;
  if (typeof head !== 'number') return `the file ${lowerFirst(issue.message)}`;
  const where = [episodeName(head, data), fieldName(rest)].filter(Boolean).join(', ');
  return `${where}: ${message(issue, data, rest)}`;
}

/** `assumptions.sanctionsLifted[1]` */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');
}

/** `episode 3 ("2008")`: 1-based, as a person counts, with the id when the file has one. */
function episodeName(index: number, data: unknown): string {
  const id = at(data, [index, 'id']);
  return typeof id === 'string' && id !== '' ? `episode ${index + 1} (${JSON.stringify(id)})` : `episode ${index + 1}`;
}

function message(issue: Issue, data: unknown, fieldPath: PropertyKey[]): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  }
  if (issue.code === 'invalid_type') {
    const value = at(data, issue.path);
    if (value === undefined) return `is missing (expected ${issue.expected})`;
    return `must be ${article(issue.expected)} ${issue.expected}, got ${describeValue(value)}`;
  }
  // The model's messages repeat the field name ("exerciseScale must be at most 100"); the path already says it.
  const field = fieldPath[fieldPath.length - 1];
  const prefix = typeof field === 'string' ? `${field} ` : '';
  const text = issue.message.replace(/^Invalid (input|option): /, '');
  return prefix && text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value) ?? String(value);
  return `${typeof value} ${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}`;
}

function at(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
