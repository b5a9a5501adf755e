/**
 * tRPC initialisation: the context, the error formatter and the procedure builders.
 * Routers import `router` and `publicProcedure` from here, never initTRPC themselves.
 */
import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { getDatabase, type Database } from '@/server/db';
import { env } from '@/server/env';
import { flattenZodError, summarizeZodError, type FlatZodError } from './zod-error';

export interface Context {
  /** Request headers (empty for in-process callers); sessions arrive in a later issue. */
  headers: Headers;
  /** The scenario database, opened on first use; tests pass their own. */
  database: () => Promise<Database>;
  /** A request from a client over HTTP (rate limited), not an in-process call of our own. */
  http: boolean;
}

export function createContext(opts: { headers?: Headers; database?: () => Promise<Database>; http?: boolean } = {}): Context {
  return { headers: opts.headers ?? new Headers(), database: opts.database ?? getDatabase, http: opts.http ?? false };
}

const isProduction = env.NODE_ENV === 'production';

const t = initTRPC.context<Context>().create({
  isDev: !isProduction,
  errorFormatter({ shape, error }) {
    // Only input errors are the caller's fault; a failed .output() check is also a
    // ZodError but must stay a 500 (and its details are ours, not the caller's).
    const zodError: FlatZodError | null =
      error.code === 'BAD_REQUEST' && error.cause instanceof z.ZodError ? flattenZodError(error.cause) : null;
    // tRPC wraps any thrown non-TRPCError as INTERNAL_SERVER_ERROR carrying the original
    // message, which may name files or SQL: in production the client gets a generic one.
    const hideDetails = isProduction && error.code === 'INTERNAL_SERVER_ERROR';
    const message = zodError ? summarizeZodError(zodError) : hideDetails ? 'Internal server error' : shape.message;
    const { stack: _stack, ...dataWithoutStack } = shape.data;
    return { ...shape, message, data: { ...(isProduction ? dataWithoutStack : shape.data), zodError } };
  },
});

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
