/**
 * The pages' Content-Security-Policy, with a fresh nonce per request (set in proxy.ts,
 * where Next reads it to put the nonce on its own scripts). The static security headers
 * of every response, API included, are in next.config.js.
 *
 * Scripts: only ours, by nonce, and what they load ('strict-dynamic'). Styles allow
 * inline: React and Recharts set style attributes, and a nonce in style-src would make
 * browsers ignore 'unsafe-inline' for those. Images allow data: and blob: (chart exports
 * are drawn through them). Nothing may frame the app.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    // Next's development server evaluates code (React refresh); production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** 16 random bytes, base64: unguessable, fresh for every page. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
