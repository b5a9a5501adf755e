/**
 * Rate limits over HTTP on servers of their own with small allowances: 429 with Retry-After
 * and a readable message for forecast.sensitivity and scenario exports, per client and
 * overall; and, on PostgreSQL, one count shared by two app instances.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STATUS_QUO } from '@/server/model/assumptions';
import { startBuiltServer, type BuiltServer } from '@/scripts/lib/built-server';
import { adminSession } from '@/scripts/lib/session';

const LIMITS = { RATE_LIMIT_SENSITIVITY_PER_MINUTE: '3', RATE_LIMIT_EXPORTS_PER_MINUTE: '2', RATE_LIMIT_SIGN_IN_PER_MINUTE: '3' };
const SENSITIVITY = `/api/trpc/forecast.sensitivity?input=${encodeURIComponent(JSON.stringify({ assumptions: STATUS_QUO, outlook: 'icbmLaunch', draws: 100 }))}`;
const EXPORT = `/api/trpc/scenarios.export?input=${encodeURIComponent('{}')}`;

async function get(base: string, path: string, client: string, cookie = '') {
  const response = await fetch(`${base}${path}`, { headers: { 'x-forwarded-for': client, cookie } });
  const body = (await response.json()) as { error?: { message?: string } };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), message: body.error?.message };
}

/** A fresh client address per test, so a test's count starts at zero within the minute. */
let clients = 0;
const newClient = () => `198.51.100.${++clients}`;

describe('rate limits, embedded database (counted in memory)', () => {
  let server: BuiltServer;
  let cookie = '';
  beforeAll(async () => {
    server = await startBuiltServer(LIMITS);
    cookie = await adminSession(server.baseUrl);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  test('forecast.sensitivity: 3 per client, then 429 with Retry-After and a message', async () => {
    const client = newClient();
    for (let i = 0; i < 3; i++) expect((await get(server.baseUrl, SENSITIVITY, client)).status).toBe(200);
    const refused = await get(server.baseUrl, SENSITIVITY, client);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.message).toMatch(/too many requests.*try again in \d+ seconds?/i);
    // Another client still has its own allowance.
    expect((await get(server.baseUrl, SENSITIVITY, newClient())).status).toBe(200);
  });

  test('sign-in: 3 attempts per client, then 429 with Retry-After (right or wrong password alike)', async () => {
    const client = newClient();
    const attempt = () => fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.baseUrl, 'x-forwarded-for': client },
      body: JSON.stringify({ email: 'nobody@example.org', password: 'wrong password' }),
    });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  test('exports: 2 per client; forecasts are not limited', async () => {
    const client = newClient();
    for (let i = 0; i < 2; i++) expect((await get(server.baseUrl, EXPORT, client, cookie)).status).toBe(200);
    expect((await get(server.baseUrl, EXPORT, client, cookie)).status).toBe(429);
    const forecast = `/api/trpc/forecast.run?input=${encodeURIComponent(JSON.stringify({ assumptions: STATUS_QUO, draws: 100 }))}`;
    for (let i = 0; i < 6; i++) expect((await get(server.baseUrl, forecast, client)).status).toBe(200);
  });
});

const adminUrl = process.env.TEST_DATABASE_URL;

// Defined only with a PostgreSQL to test against (as the database suites are; npm test says whether it ran).
if (adminUrl) describe('rate limits, PostgreSQL (counted in the database, shared by instances)', () => {
  const name = `peninsula_test_${randomBytes(6).toString('hex')}`;
  let servers: BuiltServer[] = [];
  beforeAll(async () => {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    servers = await Promise.all([0, 1].map(() => startBuiltServer({ ...LIMITS, DATABASE_URL: url.toString() })));
  }, 90_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  test('two instances behind a load balancer share one allowance', async () => {
    const client = newClient();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(servers[i % 2]!.baseUrl, SENSITIVITY, client)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
