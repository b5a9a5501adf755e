/** The tRPC routers in-process via createCaller: results, and input errors as BAD_REQUEST with field paths. */
import { TRPCError } from '@trpc/server';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { flattenZodError } from '@/server/api/zod-error';
import { STATUS_QUO } from '@/server/model';
import { EVENT_OUTLOOKS } from '@/server/model/outlooks';
import { BAD_INPUTS } from '../fixtures/bad-inputs';

const caller = createCaller(createContext());

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describe('forecast.run', () => {
  test('the status quo gives probabilities in [0, 1]', async () => {
    const result = await caller.forecast.run({ assumptions: STATUS_QUO, horizonMonths: 12 });
    expect(result.horizonMonths).toBe(12);
    for (const id of EVENT_OUTLOOKS) {
      const outlook = result.outlooks[id];
      for (const value of [outlook.mean, outlook.p10, outlook.p50, outlook.p90]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
      expect(outlook.p10).toBeLessThanOrEqual(outlook.p90);
      expect(outlook.reading.length).toBeGreaterThan(0);
    }
  });

  test.each(BAD_INPUTS)('$label → BAD_REQUEST at "$path"', async ({ input, path }) => {
    // The table holds deliberately ill-typed inputs; the cast is the point of the test.
    const error = await rejection(caller.forecast.run(input as never));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toBeInstanceOf(z.ZodError);
    const flat = flattenZodError(error.cause as z.ZodError);
    if (path === '') expect(flat.formErrors.length).toBeGreaterThan(0);
    else expect(Object.keys(flat.fieldErrors)).toContain(path);
  });
});

describe('model.describe', () => {
  test('lists the twelve assumptions', async () => {
    const description = await caller.model.describe();
    expect(description.assumptions).toHaveLength(12);
  });
});

describe('forecast.sensitivity', () => {
  test('one outlook gives tornado bars sorted by swing', async () => {
    const result = await caller.forecast.sensitivity({
      assumptions: STATUS_QUO,
      horizonMonths: 12,
      outlook: 'nuclearTest',
      draws: 500,
    });
    expect(result.outlooks).toHaveLength(1);
    const [only] = result.outlooks;
    expect(only?.id).toBe('nuclearTest');
    const swings = only?.bars.map((bar) => bar.swing) ?? [];
    expect(swings.length).toBeGreaterThan(0);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    for (const swing of swings) expect(swing).toBeGreaterThanOrEqual(0);
  });
});
