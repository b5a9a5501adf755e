// Locale routing (next-intl): `/he/…`, `/ar/…`, `/fa/…` pass through; any other page path is
// English, rewritten internally to `/en/…`. API routes, Next's assets and files are not touched.
import createMiddleware from 'next-intl/middleware';
import { routing } from './server/i18n/routing';

export default createMiddleware(routing);

export const config = {
  matcher: '/((?!api|_next|.*\\..*).*)',
};
