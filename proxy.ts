// Every page request: a fresh CSP nonce, then locale routing (next-intl): `/he/…`, `/ar/…`,
// `/fa/…` pass through; any other page path is English, rewritten internally to `/en/…`.
// API routes, Next's assets and files are not touched (their headers come from next.config.js).
// (The server must not be started with a literal loopback address such as 127.0.0.1: Next then
// takes these rewrites for external ones, vercel/next.js#94745; we start it on "localhost".)
import createMiddleware from 'next-intl/middleware';
import type { NextRequest } from 'next/server';
import { routing } from './server/i18n/routing';
import { contentSecurityPolicy, createNonce } from './server/security-headers';

const localeRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV === 'development' });
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  request.headers.set('Content-Security-Policy', policy);
  // The page asked for, as the browser sees it: where sign-in returns to.
  request.headers.set('x-requested-path', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = localeRouting(request);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: '/((?!api|_next|.*\\..*).*)',
};
