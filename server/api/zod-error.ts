/**
 * Flattens a zod error into full dotted field paths. z.flattenError keys only by the
 * first path segment ("assumptions"), which cannot tell the UI which control is wrong.
 */
import type { z } from 'zod';

export interface FlatZodError {
  /** Issues about the input as a whole (empty path). */
  formErrors: string[];
  /** Keyed by dotted path, e.g. "assumptions.exerciseScale" or "assumptions.sanctionsLifted.1". */
  fieldErrors: Record<string, string[]>;
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

/** One entry per offending field; unknown keys each become their own path. */
function entries(issue: z.core.$ZodIssue): Array<[path: string, message: string]> {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => [dotted([...issue.path, key]), 'unknown field']);
  }
  return [[dotted(issue.path), issue.message]];
}

export function flattenZodError(error: z.ZodError): FlatZodError {
  // No prototype: a field named "constructor" or "__proto__" (hostile input does that) must
  // be a key like any other, not Object.prototype's (which made this throw, a 500).
  const flat: FlatZodError = { formErrors: [], fieldErrors: Object.create(null) as Record<string, string[]> };
  for (const issue of error.issues) {
    for (const [path, message] of entries(issue)) {
      if (path === '') flat.formErrors.push(message);
      else (flat.fieldErrors[path] ??= []).push(message);
    }
  }
  return flat;
}

/** "path: message" for every problem, whole-input ones first. */
export function problemLines(flat: FlatZodError): string[] {
  return [
    ...flat.formErrors,
    ...Object.entries(flat.fieldErrors).flatMap(([path, messages]) => messages.map((m) => `${path}: ${m}`)),
  ];
}

/**
 * The message names this many problems at most and counts the rest: a file of 2,000 bad
 * entries must not become a 100 KB sentence (every problem is still in `zodError`).
 */
export const MAX_LISTED_PROBLEMS = 8;

export function joinProblems(lines: string[], separator: string, more: (count: number) => string): string {
  if (lines.length <= MAX_LISTED_PROBLEMS) return lines.join(separator);
  return `${lines.slice(0, MAX_LISTED_PROBLEMS).join(separator)}${separator}${more(lines.length - MAX_LISTED_PROBLEMS)}`;
}

/** "assumptions.exerciseScale: exerciseScale must be at most 100; draws: …" */
export function summarizeZodError(flat: FlatZodError): string {
  return joinProblems(problemLines(flat), '; ', (count) => `and ${count} more ${count === 1 ? 'problem' : 'problems'}`) || 'Invalid input';
}
