// Locale routing (next-intl): `/he/…`, `/ar/…`, `/fa/…` pass through; any other page path is
// English, rewritten internally to `/en/…`. API routes, Next's assets and files are not touched.
// (The server must not be started with a literal loopback address such as 127.0.0.1: Next then
// takes these rewrites for external ones, vercel/next.js#94745; we start it on "localhost".)
import createMiddleware from 'next-intl/middleware';
import { routing } from './server/i18n/routing';

export default createMiddleware(routing);

export const config = {
  matcher: '/((?!api|_next|.*\\..*).*)',
};
