// Locale routing (next-intl): `/he/…`, `/ar/…`, `/fa/…` pass through; any other page path is
// English, rewritten internally to `/en/…`. API routes, Next's assets and files are not touched.
import createMiddleware from 'next-intl/middleware';
import type { NextRequest, NextResponse } from 'next/server';
import { routing } from './server/i18n/routing';

const localeRouting = createMiddleware(routing);

export default function proxy(request: NextRequest): NextResponse {
  return sameOriginRewrite(request, localeRouting(request));
}

/**
 * Next's request URL in a proxy says "localhost" for a server bound to 127.0.0.1, so
 * next-intl's rewrite names another origin than the request's, which Next then treats as an
 * external rewrite (a redirect loop). The rewrite is internal: keep the request's own host.
 */
function sameOriginRewrite(request: NextRequest, response: NextResponse): NextResponse {
  const rewrite = response.headers.get('x-middleware-rewrite');
  const host = request.headers.get('host');
  if (rewrite && host) {
    const target = new URL(rewrite);
    if (target.host !== host) {
      target.host = host;
      response.headers.set('x-middleware-rewrite', target.toString());
    }
  }
  return response;
}

export const config = {
  matcher: '/((?!api|_next|.*\\..*).*)',
};
