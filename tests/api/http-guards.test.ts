/** The route guards on bare Requests: origin checks behind a proxy, media types, size caps. */
import { describe, expect, test } from 'vitest';
import { guardGet, guardPost } from '@/server/api/http-guards';
import { MAX_BODY_BYTES, MAX_URL_LENGTH } from '@/server/api/limits';

const URL_ = 'http://127.0.0.1:3000/api/trpc/forecast.run';

function post(headers: Record<string, string>, body: BodyInit | null = '{}'): Request {
  return new Request(URL_, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

async function statusOf(result: Request | Response | Promise<Request | Response>): Promise<number | 'passed'> {
  const settled = await result;
  return settled instanceof Response ? settled.status : 'passed';
}

describe('guardPost origin', () => {
  test.each([
    ['no Origin (curl, server-to-server)', {}, 'passed'],
    ['same Origin', { host: 'example.org', origin: 'https://example.org' }, 'passed'],
    ['same Origin behind a proxy', { host: '10.0.0.5:3000', 'x-forwarded-host': 'example.org', origin: 'https://example.org' }, 'passed'],
    ['Sec-Fetch-Site same-origin', { 'sec-fetch-site': 'same-origin' }, 'passed'],
    ['other Origin', { host: 'example.org', origin: 'https://evil.example' }, 403],
    ['Origin with another port', { host: 'example.org', origin: 'https://example.org:8443' }, 403],
    ['Origin "null"', { host: 'example.org', origin: 'null' }, 403],
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }, 403],
    ['Sec-Fetch-Site same-site', { 'sec-fetch-site': 'same-site' }, 403],
  ] as const)('%s → %s', async (_label, headers, expected) => {
    expect(await statusOf(guardPost(post(headers)))).toBe(expected);
  });
});

describe('guardPost media type and size', () => {
  test.each(['multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'text/plain', 'text/plain;charset=UTF-8'])(
    '%s → 415',
    async (type) => {
      expect(await statusOf(guardPost(post({ 'content-type': type })))).toBe(415);
    },
  );

  test('JSON with a charset passes and keeps its body', async () => {
    const result = await guardPost(post({ 'content-type': 'application/json; charset=utf-8' }, '{"a":1}'));
    expect(result).toBeInstanceOf(Request);
    expect(await (result as Request).text()).toBe('{"a":1}');
  });

  test('a body of exactly the cap passes; one byte more is 413', async () => {
    expect(await statusOf(guardPost(post({}, 'x'.repeat(MAX_BODY_BYTES))))).toBe('passed');
    expect(await statusOf(guardPost(post({}, 'x'.repeat(MAX_BODY_BYTES + 1))))).toBe(413);
  });
});

describe('guardGet', () => {
  test('URLs over the cap → 414', async () => {
    expect(await statusOf(guardGet(new Request(`${URL_}?input=${'a'.repeat(100)}`)))).toBe('passed');
    expect(await statusOf(guardGet(new Request(`${URL_}?input=${'a'.repeat(MAX_URL_LENGTH)}`)))).toBe(414);
  });
});
