/**
 * Request guards run by the tRPC route before the fetch adapter, which itself has no
 * body-size limit and accepts cross-site form posts (trpc #5522). Each guard returns
 * a JSON error Response to send, or a Request (with any body already buffered) to handle.
 */
import { formatterFor } from '@/server/i18n/format';
import { IMPORT_PATH, MAX_BODY_BYTES, MAX_IMPORT_BYTES, MAX_URL_LENGTH } from './limits';
import { errorsTranslator, localeFromHeaders } from './localized-errors';

/** The guards' messages in the language of the page that sent the request (its `x-locale`). */
function guardWords(req: Request) {
  const locale = localeFromHeaders(req.headers);
  // Limits are written without grouping in English ("65536 bytes"), as before.
  const limit = (n: number) => (locale === 'en' ? String(n) : formatterFor(locale).number(n));
  return { t: errorsTranslator(locale), limit };
}

function errorResponse(status: number, code: string, message: string): Response {
  // Same outer shape as a tRPC error, so clients read every failure the same way.
  return Response.json({ error: { message, data: { code, httpStatus: status } } }, { status });
}

/** The host this request was addressed to, as the browser saw it (behind a proxy too). */
function ownHost(req: Request): string {
  const forwarded = req.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return (forwarded || req.headers.get('host') || new URL(req.url).host).toLowerCase();
}

function isCrossOrigin(req: Request): boolean {
  const site = req.headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.headers.get('origin');
  if (origin === null) return false; // non-browser clients (curl, tests) send none
  try {
    return new URL(origin).host.toLowerCase() !== ownHost(req);
  } catch {
    return true; // "null" or garbage
  }
}

/** Reads at most `cap` bytes, counting while streaming so chunked bodies cannot evade it. */
async function readCapped(body: ReadableStream<Uint8Array>, cap: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function guardGet(req: Request): Request | Response {
  if (req.url.length > MAX_URL_LENGTH) {
    const { t, limit } = guardWords(req);
    return errorResponse(414, 'URI_TOO_LONG', t('guards.urlTooLong', { limit: limit(MAX_URL_LENGTH) }));
  }
  return req;
}

export async function guardPost(req: Request): Promise<Request | Response> {
  const { t, limit: number } = guardWords(req);
  if (isCrossOrigin(req)) return errorResponse(403, 'FORBIDDEN', t('guards.crossOrigin'));
  // Only JSON: form and text types are what a cross-site <form> can send without a preflight.
  const contentType = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') {
    return errorResponse(415, 'UNSUPPORTED_MEDIA_TYPE', t('guards.mediaType'));
  }
  const limit = bodyLimitFor(req.url);
  const tooLarge = () => errorResponse(413, 'PAYLOAD_TOO_LARGE', t('guards.tooLarge', { limit: number(limit) }));
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return tooLarge();
  if (req.body === null) return req;
  const bytes = await readCapped(req.body, limit);
  if (bytes === null) return tooLarge();
  return new Request(req.url, { method: req.method, headers: req.headers, body: bytes, signal: req.signal });
}

/** The body cap for a POST: larger for an unbatched scenarios.import only. */
export function bodyLimitFor(url: string): number {
  return new URL(url).pathname === IMPORT_PATH ? MAX_IMPORT_BYTES : MAX_BODY_BYTES;
}
