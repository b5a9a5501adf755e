/**
 * The error formatter in production, through the fetch adapter in-process: unexpected
 * errors and failed output checks are generic 500s without stacks; input errors stay 400s.
 */
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';

interface ErrorBody {
  error: { message: string; data: { code: string; stack?: string; zodError: unknown } };
}

let call: (path: string, input?: unknown) => Promise<{ status: number; body: ErrorBody }>;

beforeAll(async () => {
  // server/env.ts reads NODE_ENV once at import: stub it, then import afresh.
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  const { createContext, publicProcedure, router } = await import('@/server/api/trpc');
  const testRouter = router({
    crash: publicProcedure.query(() => {
      throw new Error('ENOENT: /srv/secret/config.json');
    }),
    badOutput: publicProcedure.output(z.number()).query(() => 'not a number' as unknown as number),
    strict: publicProcedure.input(z.strictObject({ n: z.number().max(1, { error: 'n must be at most 1' }) })).query(() => 1),
  });
  call = async (path, input) => {
    const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    const res = await fetchRequestHandler({
      endpoint: '/api/trpc',
      req: new Request(`http://localhost/api/trpc/${path}${query}`),
      router: testRouter,
      createContext: () => createContext(),
    });
    return { status: res.status, body: (await res.json()) as ErrorBody };
  };
});

afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('error formatter in production', () => {
  test('an unexpected error is a generic 500 without stack', async () => {
    const { status, body } = await call('crash');
    expect(status).toBe(500);
    expect(body.error.message).toBe('Internal server error');
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(body.error.data.stack).toBeUndefined();
  });

  test('a failed output check is a 500, not a client error', async () => {
    const { status, body } = await call('badOutput');
    expect(status).toBe(500);
    expect(body.error.data.zodError).toBeNull();
    expect(body.error.message).toBe('Internal server error');
  });

  test('an input error is a 400 with paths and a readable message, without stack', async () => {
    const { status, body } = await call('strict', { n: 2, extra: true });
    expect(status).toBe(400);
    expect(body.error.message).toBe('n: n must be at most 1; extra: unknown field');
    expect(body.error.data.stack).toBeUndefined();
    expect(body.error.data.zodError).toEqual({ formErrors: [], fieldErrors: { n: ['n must be at most 1'], extra: ['unknown field'] } });
  });
});
