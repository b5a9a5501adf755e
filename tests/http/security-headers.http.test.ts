/** Security headers and the pages' nonce-based Content-Security-Policy, on the built server. */
import { describe, expect, inject, test } from 'vitest';

const base = inject('baseUrl');

function policyOf(response: Response): Map<string, string> {
  const header = response.headers.get('content-security-policy') ?? '';
  return new Map(header.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!, values.join(' ')];
  }));
}

const STATIC_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
};

describe('security headers', () => {
  test.each(['/', '/he/scenarios', '/methodology'])('%s: a CSP whose nonce is on every script, and only there', async (path) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(200);
    const policy = policyOf(response);
    const scripts = policy.get('script-src') ?? '';
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scripts)?.[1];
    expect(nonce, `script-src: ${scripts}`).toBeTruthy();
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain('unsafe-inline');
    expect(scripts).not.toContain('unsafe-eval');
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    const html = await response.text();
    const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, tag).toContain(`nonce="${nonce}"`);
  });

  test('the nonce is new for every request', async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${base}/`);
      await response.arrayBuffer();
      nonces.add(/'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? '');
    }
    expect(nonces.size).toBe(3);
  });

  test.each(['/', '/scenarios', '/api/trpc/model.describe', '/api/trpc/scenarios.get?input=%7B%7D', '/icon.svg'])('%s: the static headers', async (path) => {
    const response = await fetch(`${base}${path}`);
    await response.arrayBuffer();
    for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  test('API answers get a policy that loads nothing', async () => {
    const response = await fetch(`${base}/api/trpc/model.describe`);
    await response.arrayBuffer();
    expect(policyOf(response).get('default-src')).toBe("'none'");
  });
});
