/**
 * Server errors in the caller's language: the page's locale arrives in `x-locale`; input
 * errors keep their field paths and stay 4xx, domain and guard errors come from the
 * `errors` messages. English stays exactly as before.
 */
import { TEST_USER } from '../support/users';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { TRPCError } from '@trpc/server';
import { describe, expect, test } from 'vitest';
import { guardPost } from '@/server/api/http-guards';
import { appRouter } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { withDatabase } from '@/server/api/with-database';
import { ShareWithOwnerError, UserNotFoundError } from '@/server/db/members';
import { ScenarioForbiddenError, ScenarioNotFoundError, StaleVersionError } from '@/server/db/scenarios';
import type { Locale } from '@/server/i18n/locales';

interface ErrorBody {
  error: { message: string; data: { code: string; httpStatus: number; zodError: { formErrors: string[]; fieldErrors: Record<string, string[]> } | null } };
}

const SCRIPT: Record<Exclude<Locale, 'en'>, RegExp> = { he: /[\u0590-\u05FF]/, ar: /[\u0600-\u06FF]/, fa: /[\u0600-\u06FF]/ };

async function call(path: string, input: unknown, locale?: string): Promise<{ status: number; body: ErrorBody }> {
  const headers = new Headers(locale ? { 'x-locale': locale } : {});
  const req = new Request(`http://localhost/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers });
  const res = await fetchRequestHandler({ endpoint: '/api/trpc', req, router: appRouter, createContext: () => createContext({ headers: req.headers, user: TEST_USER }) });
  return { status: res.status, body: (await res.json()) as ErrorBody };
}

// One bad request: an unknown sort, a search too long and an unknown field.
const BAD_LIST = { sort: 'weather', search: 'x'.repeat(300), colour: 'red' };

describe('input errors', () => {
  test('English keeps the schemas’ own words', async () => {
    const { status, body } = await call('scenarios.list', BAD_LIST, 'en');
    expect(status).toBe(400);
    expect(body.error.data.zodError?.fieldErrors).toEqual({
      search: ['search must be at most 200 characters'],
      sort: ['sort must be one of updated, created, name'],
      colour: ['unknown field'],
    });
    expect(body.error.message).toContain('sort: sort must be one of updated, created, name');
  });

  test('no header is English too', async () => {
    const { body } = await call('scenarios.list', BAD_LIST);
    expect(body.error.message).toContain('colour: unknown field');
  });

  test.each(['he', 'ar', 'fa'] as const)('%s: the same request gets a message in that language, with the field paths, still 400', async (locale) => {
    const { status, body } = await call('scenarios.list', BAD_LIST, locale);
    expect(status).toBe(400);
    expect(body.error.data.code).toBe('BAD_REQUEST');
    const fields = body.error.data.zodError!.fieldErrors;
    expect(Object.keys(fields).sort()).toEqual(['colour', 'search', 'sort']);
    for (const messages of Object.values(fields)) for (const m of messages) expect(m).toMatch(SCRIPT[locale]);
    expect(body.error.message).toMatch(/^(?=.*search: )(?=.*sort: )(?=.*colour: )/s);
    expect(body.error.message).toMatch(SCRIPT[locale]);
    expect(body.error.message).not.toMatch(/must|unknown/);
  });

  test('the limits in a message are written in the locale’s digits', async () => {
    const { body } = await call('scenarios.list', { search: 'x'.repeat(300) }, 'ar');
    expect(body.error.data.zodError!.fieldErrors.search![0]).toContain('٢٠٠');
  });

  test('an unknown locale falls back to English', async () => {
    const { body } = await call('scenarios.list', BAD_LIST, 'xx');
    expect(body.error.message).toContain('colour: unknown field');
  });
});

describe('domain errors', () => {
  const ctx = (locale: Locale) => createContext({ locale, database: () => Promise.resolve({} as never) });
  const fail = async (locale: Locale, error: Error) => withDatabase(ctx(locale), () => Promise.reject(error)).catch((e: unknown) => e as TRPCError);

  test('a conflict in English is word for word the repository’s', async () => {
    const error = await fail('en', new StaleVersionError('id', 1, 2));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(new StaleVersionError('id', 1, 2).message);
    expect(error.message).toContain('Reload it to see the latest, or save your changes as a copy');
  });

  test.each(['he', 'ar', 'fa'] as const)('%s: not found, conflict and unavailable in that language', async (locale) => {
    const missing = await fail(locale, new ScenarioNotFoundError('id'));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toMatch(SCRIPT[locale]);
    const stale = await fail(locale, new StaleVersionError('id', 3, 4));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(SCRIPT[locale]);
    // The permission errors: forbidden (both kinds), an unknown account, sharing with the owner.
    const refusals: [Error, TRPCError['code']][] = [
      [new ScenarioForbiddenError('id', 'write'), 'FORBIDDEN'],
      [new ScenarioForbiddenError('id', 'own'), 'FORBIDDEN'],
      [new UserNotFoundError('x@example.org'), 'NOT_FOUND'],
      [new ShareWithOwnerError(), 'BAD_REQUEST'],
    ];
    const messages = new Set<string>();
    for (const [domainError, code] of refusals) {
      const refused = await fail(locale, domainError);
      expect(refused.code).toBe(code);
      expect(refused.message).toMatch(SCRIPT[locale]);
      expect(refused.message).not.toBe(domainError.message);
      messages.add(refused.message);
    }
    expect(messages.size).toBe(refusals.length);
    const down = await withDatabase(createContext({ locale, database: () => Promise.reject(new Error('down')) }), () => Promise.resolve(1)).catch((e: unknown) => e as TRPCError);
    expect((down as TRPCError).code).toBe('SERVICE_UNAVAILABLE');
    expect((down as TRPCError).message).toMatch(SCRIPT[locale]);
  });
});

describe('guard errors', () => {
  const post = (headers: Record<string, string>) =>
    new Request('http://127.0.0.1:3000/api/trpc/scenarios.create', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
  const messageOf = async (result: Request | Response) => ((await (result as Response).json()) as ErrorBody).error.message;

  test('English as before', async () => {
    expect(await messageOf(await guardPost(post({ 'sec-fetch-site': 'cross-site' })))).toBe('Cross-origin requests are not allowed');
    expect(await messageOf(await guardPost(post({ 'content-type': 'text/plain' })))).toBe('POST bodies must be application/json');
  });

  test.each(['he', 'ar', 'fa'] as const)('%s: 403, 413 and 415 in that language', async (locale) => {
    const cross = await guardPost(post({ 'sec-fetch-site': 'cross-site', 'x-locale': locale }));
    expect((cross as Response).status).toBe(403);
    expect(await messageOf(cross)).toMatch(SCRIPT[locale]);
    const text = await guardPost(post({ 'content-type': 'text/plain', 'x-locale': locale }));
    expect((text as Response).status).toBe(415);
    expect(await messageOf(text)).toMatch(SCRIPT[locale]);
    const big = await guardPost(post({ 'content-length': String(10 * 1024 * 1024), 'x-locale': locale }));
    expect((big as Response).status).toBe(413);
    expect(await messageOf(big)).toMatch(SCRIPT[locale]);
  });
});
