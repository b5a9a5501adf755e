/**
 * tRPC initialisation: the context, the error formatter and the procedure builders.
 * Routers import `router` and `publicProcedure` from here, never initTRPC themselves.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import { sessionUser } from '@/server/auth';
import { getDatabase, type Database } from '@/server/db';
import { env } from '@/server/env';
import { latinDigits, latinizeStrings } from '@/server/i18n/digits';
import { DIGITS_COOKIE, formatOptionsFrom } from '@/server/i18n/format-options';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/server/i18n/locales';
import { errorsTranslator, localeFromHeaders, localizeIssues, summarizeLocalized } from './localized-errors';
import { flattenZodError, summarizeZodError, type FlatZodError } from './zod-error';

export interface Context {
  /** Request headers (empty for in-process callers); sessions arrive in a later issue. */
  headers: Headers;
  /** The scenario database, opened on first use; tests pass their own. */
  database: () => Promise<Database>;
  /** The caller's language for error messages: the page's locale (the `x-locale` header), else English. */
  locale: Locale;
  /** A request from a client over HTTP (rate limited), not an in-process call of our own. */
  http: boolean;
  /** A Persian reader's Latin-digits option (the `po-digits` cookie, or said by the page calling). */
  latinDigits: boolean;
  /** The signed-in user: from the session cookie, looked up on first use; in-process callers say who. */
  user: () => Promise<User | null>;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: string;
}

export function createContext(
  opts: { headers?: Headers; database?: () => Promise<Database>; locale?: string; http?: boolean; latinDigits?: boolean; user?: User | null } = {},
): Context {
  const headers = opts.headers ?? new Headers();
  const locale = isLocale(opts.locale) ? opts.locale : opts.locale === undefined ? localeFromHeaders(headers) : DEFAULT_LOCALE;
  const latinDigits = opts.latinDigits ?? formatOptionsFrom(cookieValue(headers.get('cookie'), DIGITS_COOKIE)).latinDigits ?? false;
  let user: Promise<User | null> | undefined;
  const lookUp = () => (opts.user !== undefined ? Promise.resolve(opts.user) : opts.http ? sessionUser(headers) : Promise.resolve(null));
  return { headers, database: opts.database ?? getDatabase, locale, http: opts.http ?? false, latinDigits, user: () => (user ??= lookUp()) };
}

/** One cookie's value from a Cookie header. */
function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

const isProduction = env.NODE_ENV === 'production';

const t = initTRPC.context<Context>().create({
  isDev: !isProduction,
  errorFormatter({ shape, error, ctx }) {
    // Messages in the caller's language (the context may be missing when the request
    // failed before it was made, e.g. a malformed batch: then English).
    const locale = ctx?.locale ?? DEFAULT_LOCALE;
    // Only input errors are the caller's fault; a failed .output() check is also a
    // ZodError but must stay a 500 (and its details are ours, not the caller's).
    const zodError: FlatZodError | null =
      error.code === 'BAD_REQUEST' && error.cause instanceof z.ZodError
        ? flattenZodError(locale === 'en' ? error.cause : ({ issues: localizeIssues(error.cause.issues, locale) } as z.ZodError))
        : null;
    // tRPC wraps any thrown non-TRPCError as INTERNAL_SERVER_ERROR carrying the original
    // message, which may name files or SQL: in production the client gets a generic one.
    const hideDetails = isProduction && error.code === 'INTERNAL_SERVER_ERROR';
    const message = zodError
      ? (locale === 'en' ? summarizeZodError(zodError) : summarizeLocalized(zodError, locale))
      : hideDetails ? errorsTranslator(locale)('internal') : shape.message;
    const { stack: _stack, ...dataWithoutStack } = shape.data;
    return { ...shape, message: ctx?.latinDigits && locale === 'fa' ? latinDigits(message) : message, data: { ...(isProduction ? dataWithoutStack : shape.data), zodError } };
  },
});

/**
 * A Persian reader who chose Latin digits gets them in the texts of Persian results too
 * (readings, labels, help): the model writes Persian digits for `locale: 'fa'`.
 */
const persianLatinDigits = t.middleware(async ({ ctx, getRawInput, next }) => {
  const result = await next();
  if (!ctx.latinDigits || !result.ok) return result;
  const input = await getRawInput().catch(() => undefined);
  const locale = input && typeof input === 'object' ? (input as { locale?: unknown }).locale : undefined;
  return locale === 'fa' ? { ...result, data: latinizeStrings(result.data) } : result;
});

export const router = t.router;
export const middleware = t.middleware;
export const publicProcedure = t.procedure.use(persianLatinDigits);

/** Procedures of saved scenarios: a signed-in user (UNAUTHORIZED, 401, otherwise), as `ctx.actor`. */
export const userProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const actor = await ctx.user();
  if (!actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: errorsTranslator(ctx.locale)('signInRequired') });
  return next({ ctx: { actor } });
});
export const createCallerFactory = t.createCallerFactory;
