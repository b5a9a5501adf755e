/** The tRPC route over real HTTP against the production build: results, errors, and the guards. */
import { describe, expect, inject, test } from 'vitest';
import { STATUS_QUO } from '@/server/model/assumptions';
import { MAX_BODY_BYTES, MAX_URL_LENGTH } from '@/server/api/limits';
import { BAD_INPUTS } from '../fixtures/bad-inputs';

const base = inject('baseUrl');
const endpoint = `${base}/api/trpc`;
const statusQuo = { assumptions: STATUS_QUO, horizonMonths: 12 };

interface ErrorBody {
  error: { message: string; data: { code: string; httpStatus: number; stack?: string; zodError: { formErrors: string[]; fieldErrors: Record<string, string[]> } | null } };
}

const query = (path: string, input: unknown) => fetch(`${endpoint}/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
const postJson = (body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${endpoint}/forecast.run`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('queries over GET', () => {
  test('forecast.run with the status quo → 200 with outlooks', async () => {
    const res = await query('forecast.run', statusQuo);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { outlooks: Record<string, { mean: number }> } } };
    expect(body.result.data.outlooks.nuclearTest?.mean).toBeGreaterThanOrEqual(0);
  });

  test('a batch of two → 200 with both results in order', async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: statusQuo }));
    const res = await fetch(`${endpoint}/forecast.run,model.describe?batch=1&input=${input}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Array<{ result: { data: Record<string, unknown> } }>;
    expect(body).toHaveLength(2);
    expect(body[0]?.result.data).toHaveProperty('outlooks');
    expect(body[1]?.result.data).toHaveProperty('assumptions');
  });

  test('a batch of eleven → 400', async () => {
    const paths = Array.from({ length: 11 }, () => 'model.describe').join(',');
    const res = await fetch(`${endpoint}/${paths}?batch=1&input=${encodeURIComponent('{}')}`);
    expect(res.status).toBe(400);
  });

  test('an unknown procedure → 404', async () => {
    expect((await fetch(`${endpoint}/forecast.nothing`)).status).toBe(404);
  });

  test('input that is not JSON → 400', async () => {
    expect((await fetch(`${endpoint}/forecast.run?input=%7Bnot-json`)).status).toBe(400);
  });

  test(`a URL over ${MAX_URL_LENGTH} characters → 414`, async () => {
    expect((await fetch(`${endpoint}/forecast.run?input=${'a'.repeat(MAX_URL_LENGTH)}`)).status).toBe(414);
  });
});

describe.each(['forecast.run', 'forecast.sensitivity'])('invalid input to %s', (path) => {
  test.each(BAD_INPUTS)('$label → 400 at "$path", never 500', async ({ input, path: field }) => {
    const res = await query(path, input);
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.data.code).toBe('BAD_REQUEST');
    expect(body.error.data.stack).toBeUndefined();
    const zodError = body.error.data.zodError;
    if (field === '') {
      expect(zodError?.formErrors.length).toBeGreaterThan(0);
    } else {
      expect(Object.keys(zodError?.fieldErrors ?? {})).toContain(field);
      expect(body.error.message).toContain(`${field}: `);
    }
  });
});

describe('POST guards', () => {
  test('same-origin JSON passes the guards (tRPC then refuses POST to a query: 405)', async () => {
    const res = await postJson(JSON.stringify(statusQuo), { origin: base });
    expect(res.status).toBe(405);
  });

  test('Origin https://evil.example → 403', async () => {
    expect((await postJson(JSON.stringify(statusQuo), { origin: 'https://evil.example' })).status).toBe(403);
  });

  test('Sec-Fetch-Site cross-site → 403', async () => {
    expect((await postJson(JSON.stringify(statusQuo), { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  test('multipart/form-data → 415', async () => {
    const form = new FormData();
    form.set('input', JSON.stringify(statusQuo));
    const res = await fetch(`${endpoint}/forecast.run`, { method: 'POST', body: form });
    expect(res.status).toBe(415);
  });

  test(`a body over ${MAX_BODY_BYTES} bytes with Content-Length → 413`, async () => {
    const res = await postJson(JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES) }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.data.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test(`a chunked body over ${MAX_BODY_BYTES} bytes → 413`, async () => {
    const chunk = new TextEncoder().encode('x'.repeat(4096));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= MAX_BODY_BYTES + chunk.byteLength) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const init: RequestInit & { duplex: 'half' } = { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' };
    const res = await fetch(`${endpoint}/forecast.run`, init);
    expect(res.status).toBe(413);
  });
});
