/** flattenZodError / summarizeZodError: full dotted paths, one entry per unknown key. */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { flattenZodError, summarizeZodError } from '@/server/api/zod-error';

const schema = z.strictObject({
  outer: z.strictObject({ scale: z.number().max(100, { error: 'scale must be at most 100' }), list: z.array(z.number()) }),
});

function flatten(input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return flattenZodError(result.error);
}

describe('flattenZodError', () => {
  test('nested fields and array items keep their full path', () => {
    const flat = flatten({ outer: { scale: 101, list: [1, 'x'] } });
    expect(flat.fieldErrors['outer.scale']).toEqual(['scale must be at most 100']);
    expect(Object.keys(flat.fieldErrors)).toContain('outer.list.1');
    expect(flat.formErrors).toEqual([]);
  });

  test('each unknown key becomes its own path', () => {
    const flat = flatten({ outer: { scale: 1, list: [], bogus: 1, extra: 2 } });
    expect(flat.fieldErrors).toEqual({ 'outer.bogus': ['unknown field'], 'outer.extra': ['unknown field'] });
  });

  test('fields named like Object.prototype members are plain fields (found by the fuzz test: a 500)', () => {
    const flat = flatten(JSON.parse('{"outer": {"scale": 1, "list": []}, "constructor": 1, "__proto__": 2, "toString": 3}'));
    expect(Object.keys(flat.fieldErrors).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(summarizeZodError(flat)).toContain('constructor: unknown field');
  });

  test('an error about the whole input is a form error', () => {
    const flat = flatten('not an object');
    expect(flat.formErrors).toHaveLength(1);
    expect(flat.fieldErrors).toEqual({});
  });
});

describe('summarizeZodError', () => {
  test('names at most eight problems and counts the rest', () => {
    const lines = Array.from({ length: 11 }, (_, i) => `field${i}: wrong`);
    const flat = { formErrors: [], fieldErrors: Object.fromEntries(lines.map((l, i) => [`field${i}`, ['wrong']])) };
    const message = summarizeZodError(flat);
    expect(message).toBe(`${lines.slice(0, 8).join('; ')}; and 3 more problems`);
  });

  test('joins every issue as "path: message"', () => {
    const flat = flatten({ outer: { scale: 101, list: [], bogus: 1 } });
    expect(summarizeZodError(flat)).toBe('outer.scale: scale must be at most 100; outer.bogus: unknown field');
  });
});
