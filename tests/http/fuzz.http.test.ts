/**
 * Property-based fuzzing of every tRPC procedure over real HTTP (fast-check): valid inputs,
 * edge values and hostile ones (wrong types, injection strings, prototype keys, deep and
 * oversized values, valid inputs with one field broken). Every answer must be 2xx, or 4xx
 * with a readable message — never 5xx. `FUZZ_RUNS` sets the total (default 2,200 here;
 * `npm run fuzz` runs 11,000); `FUZZ_SEED` replays a run (the seed is printed on failure).
 *
 * The server is its own (a fresh database), so the scenarios it creates do not disturb the
 * other HTTP tests.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ASSUMPTIONS, STATUS_QUO } from '@/server/model/assumptions';
import { OUTLOOK_IDS } from '@/server/model/outlooks';
import { startBuiltServer, type BuiltServer } from '@/scripts/lib/built-server';
import { adminSession } from '@/scripts/lib/session';

const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 2200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

let server: BuiltServer;
/** The test admin's session on this server: the fuzzing is of a signed-in user's requests. */
let cookie = '';
/** Real ids, versions and a token, so generated inputs also reach the database's paths. */
const pool = { ids: [] as string[], token: '', file: null as unknown };

// ---- values ---------------------------------------------------------------------------

const HOSTILE_STRINGS = [
  '', ' ', '\u0000', '\uFFFF', '\uD800', '<script>alert(1)</script>', "'; DROP TABLE scenarios; --", "' OR '1'='1",
  '%', '_', '\\', '../../etc/passwd', '__proto__', 'constructor', 'prototype', 'NaN', 'Infinity', '-0', '1e309',
  '{"a":1}', 'null', 'true', 'שלום', 'مرحبا', '🚀'.repeat(40), 'a'.repeat(5000), '\n\r\t', '${7*7}', '{{7*7}}',
];
const HOSTILE_NUMBERS = [0, -0, -1, 1.5, 0.1, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308, -1e308, Number.MIN_VALUE];

/** A JSON-able value that no schema expects. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...HOSTILE_STRINGS, ...HOSTILE_NUMBERS, null, true, false, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 300, unit: 'grapheme' }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')),
  fc.integer({ min: 20, max: 120 }).map((depth) => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  }),
  fc.array(fc.constant('x'), { minLength: 500, maxLength: 2000 }),
);

/** An assumptions object the model accepts, drawn from each assumption's domain. */
const assumptions = fc.record(Object.fromEntries(ASSUMPTIONS.map((a) => {
  const domain = a.domain;
  const arb: fc.Arbitrary<unknown> =
    domain.kind === 'percent' ? fc.integer({ min: 0, max: 100 })
      : domain.kind === 'enum' ? fc.constantFrom(...domain.options.map((o) => o.value))
        : domain.kind === 'boolean' ? fc.boolean()
          : fc.subarray([...domain.options]);
  return [a.id, arb];
})) as Record<string, fc.Arbitrary<unknown>>);

const horizon = fc.constantFrom(3, 6, 12, 18, 24, 36);
const realOrRandomId = fc.oneof(fc.uuid(), fc.constant(null).map(() => pool.ids[0]!), fc.nat().map((n) => pool.ids[n % pool.ids.length]!));
const version = fc.integer({ min: 1, max: 5 });
const token = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
  fc.constant(null).map(() => pool.token),
);
const text = (max: number) => fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' });
const content = fc.record({
  name: text(40),
  description: fc.string({ maxLength: 200 }),
  tags: fc.array(text(10), { maxLength: 4 }),
  assumptions,
  horizonMonths: horizon,
});

// ---- procedures -------------------------------------------------------------------------

interface Procedure {
  path: string;
  kind: 'query' | 'mutation';
  valid: fc.Arbitrary<unknown>;
}

const PROCEDURES: Procedure[] = [
  { path: 'model.describe', kind: 'query', valid: fc.constant(undefined) },
  { path: 'forecast.run', kind: 'query', valid: fc.record({ assumptions, horizonMonths: horizon, draws: fc.integer({ min: 100, max: 3000 }), seed: fc.nat() }, { requiredKeys: ['assumptions'] }) },
  { path: 'forecast.sensitivity', kind: 'query', valid: fc.record({ assumptions, horizonMonths: horizon, outlook: fc.constantFrom(...OUTLOOK_IDS), draws: fc.integer({ min: 100, max: 600 }) }, { requiredKeys: ['assumptions', 'outlook', 'draws'] }) },
  { path: 'forecast.difference', kind: 'query', valid: fc.record({ base: assumptions, target: assumptions, horizonMonths: horizon }) },
  { path: 'scenarios.list', kind: 'query', valid: fc.record({ search: fc.string({ maxLength: 30 }), tag: text(10), sort: fc.constantFrom('updated', 'created', 'name'), direction: fc.constantFrom('asc', 'desc'), deleted: fc.boolean(), whose: fc.constantFrom('all', 'mine', 'shared') }, { requiredKeys: [] }) },
  { path: 'scenarios.tags', kind: 'query', valid: fc.constant(undefined) },
  { path: 'scenarios.get', kind: 'query', valid: fc.record({ id: realOrRandomId }) },
  { path: 'scenarios.getMany', kind: 'query', valid: fc.record({ ids: fc.array(realOrRandomId, { minLength: 2, maxLength: 4 }) }) },
  { path: 'scenarios.versions', kind: 'query', valid: fc.record({ id: realOrRandomId }) },
  { path: 'scenarios.export', kind: 'query', valid: fc.record({ ids: fc.array(realOrRandomId, { minLength: 1, maxLength: 3 }) }, { requiredKeys: [] }) },
  { path: 'scenarios.create', kind: 'mutation', valid: content },
  { path: 'scenarios.save', kind: 'mutation', valid: fc.tuple(content, realOrRandomId, version).map(([c, id, baseVersion]) => ({ ...c, id, baseVersion })) },
  { path: 'scenarios.rename', kind: 'mutation', valid: fc.record({ id: realOrRandomId, baseVersion: version, name: text(40) }) },
  { path: 'scenarios.restoreVersion', kind: 'mutation', valid: fc.record({ id: realOrRandomId, baseVersion: version, version }) },
  { path: 'scenarios.duplicate', kind: 'mutation', valid: fc.record({ id: realOrRandomId }) },
  { path: 'scenarios.delete', kind: 'mutation', valid: fc.record({ id: realOrRandomId }) },
  { path: 'scenarios.undelete', kind: 'mutation', valid: fc.record({ id: realOrRandomId }) },
  { path: 'scenarios.import', kind: 'mutation', valid: fc.constant(null).map(() => ({ file: pool.file })) },
  { path: 'shares.create', kind: 'mutation', valid: fc.record({ scenarioId: realOrRandomId }) },
  { path: 'shares.list', kind: 'query', valid: fc.record({ scenarioId: realOrRandomId }) },
  { path: 'shares.revoke', kind: 'mutation', valid: fc.record({ token }) },
  { path: 'shared.get', kind: 'query', valid: fc.record({ token }) },
  { path: 'members.list', kind: 'query', valid: fc.record({ scenarioId: realOrRandomId }) },
  { path: 'members.add', kind: 'mutation', valid: fc.record({ scenarioId: realOrRandomId, email: fc.constantFrom('admin@peninsula.test', 'nobody@example.org', 'Admin@Peninsula.Test'), role: fc.constantFrom('viewer', 'editor') }) },
  { path: 'members.remove', kind: 'mutation', valid: fc.record({ scenarioId: realOrRandomId, userId: fc.constantFrom('x', 'some-user-id', 'a'.repeat(100)) }) },
];

/** Procedures whose valid inputs never depend on the database's state (versions, deletions). */
const ALWAYS_ANSWERED = new Set(['model.describe', 'forecast.run', 'forecast.sensitivity', 'forecast.difference', 'scenarios.list', 'scenarios.tags', 'scenarios.create', 'scenarios.import']);

/** Paths into a JSON value, so one field at any depth can be broken. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => pathsOf((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

function withChange(value: unknown, path: (string | number)[], change: 'replace' | 'delete' | 'extra', replacement: unknown): unknown {
  if (path.length === 0) return change === 'replace' ? replacement : value;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (change === 'delete') delete parent[last];
  else if (change === 'replace') parent[last] = replacement;
  else if (parent[last] && typeof parent[last] === 'object') (parent[last] as Record<string, unknown>).unexpected = replacement;
  else parent.unexpected = replacement;
  return copy;
}

/** A valid input, a valid input with one field broken, or something else entirely. */
function inputs(procedure: Procedure): fc.Arbitrary<unknown> {
  const broken = fc
    .tuple(procedure.valid, fc.nat(), fc.constantFrom('replace' as const, 'delete' as const, 'extra' as const), hostile)
    .map(([valid, n, change, replacement]) => {
      const paths = pathsOf(valid);
      return withChange(valid, paths[n % paths.length]!, change, replacement);
    });
  return fc.oneof({ arbitrary: procedure.valid, weight: 2 }, { arbitrary: broken, weight: 3 }, { arbitrary: hostile, weight: 1 });
}

// ---- transport --------------------------------------------------------------------------

interface Answer {
  status: number;
  message: string | null;
}

async function send(procedure: Procedure, input: unknown): Promise<Answer> {
  const url = `${server.baseUrl}/api/trpc/${procedure.path}`;
  const json = input === undefined ? undefined : JSON.stringify(input);
  const response =
    procedure.kind === 'query'
      ? await fetch(json === undefined ? url : `${url}?input=${encodeURIComponent(json)}`, { headers: { cookie } })
      : await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.baseUrl, cookie }, body: json ?? '' });
  const text = await response.text();
  let message: string | null = null;
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown }; [k: string]: unknown };
    message = typeof body.error?.message === 'string' ? body.error.message : null;
  } catch {
    message = null;
  }
  return { status: response.status, message };
}

/** A message a person can read: words, not a stack trace, not a generic failure. */
function isReadable(message: string | null): boolean {
  return !!message && /[a-z]{3}/i.test(message) && message.length < 2000 && !/\n\s+at |Internal server error|\[object Object\]/.test(message);
}

beforeAll(async () => {
  server = await startBuiltServer();
  cookie = await adminSession(server.baseUrl);
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${server.baseUrl}/api/trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.baseUrl, cookie }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { result: { data: Record<string, unknown> } }).result.data;
  };
  for (let i = 0; i < 3; i++) {
    const created = await post('scenarios.create', { name: `Fuzz pool ${i}`, assumptions: STATUS_QUO, horizonMonths: 12 });
    pool.ids.push(String(created.id));
  }
  pool.token = String((await post('shares.create', { scenarioId: pool.ids[0] })).token);
  const exported = await fetch(`${server.baseUrl}/api/trpc/scenarios.export?input=${encodeURIComponent(JSON.stringify({ ids: pool.ids.slice(0, 2) }))}`, { headers: { cookie } });
  pool.file = ((await exported.json()) as { result: { data: unknown } }).result.data;
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe(`fuzzing every procedure over HTTP (${TOTAL_RUNS} inputs)`, () => {
  const runs = Math.ceil(TOTAL_RUNS / PROCEDURES.length);
  const seen = new Map<string, Map<number, number>>();

  for (const procedure of PROCEDURES) {
    test(`${procedure.path}: ${runs} inputs, every answer 2xx or a readable 4xx`, async () => {
      const statuses = new Map<number, number>();
      seen.set(procedure.path, statuses);
      await fc.assert(
        fc.asyncProperty(inputs(procedure), async (input) => {
          const { status, message } = await send(procedure, input);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status >= 500) throw new Error(`${status} for ${JSON.stringify(input)?.slice(0, 500)}: ${message}`);
          if (status >= 400 && !isReadable(message)) throw new Error(`${status} without a readable message (${JSON.stringify(message)}) for ${JSON.stringify(input)?.slice(0, 500)}`);
          expect(status).toBeGreaterThanOrEqual(200);
        }),
        { numRuns: runs, seed: SEED, endOnFailure: true },
      );
      // Not only refusals: where a valid input always succeeds, some were answered.
      if (ALWAYS_ANSWERED.has(procedure.path)) {
        const succeeded = [...statuses].filter(([s]) => s < 300).reduce((n, [, count]) => n + count, 0);
        expect(succeeded, `${procedure.path}: answers by status ${JSON.stringify(Object.fromEntries(statuses))}`).toBeGreaterThan(0);
      }
    }, 600_000);
  }
});
