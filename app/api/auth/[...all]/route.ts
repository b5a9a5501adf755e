// better-auth's endpoints (sign in, sign out, session, admin): /api/auth/*. POSTs pass the same
// guards as every POST (same origin, JSON, size); sign-in attempts are rate limited.
import { guardPost } from '@/server/api/http-guards';
import { localeFromHeaders } from '@/server/api/localized-errors';
import { refuseIfRateLimited } from '@/server/api/rate-limited';
import { getAuth } from '@/server/auth';

export const runtime = 'nodejs';

export async function GET(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

export async function POST(request: Request): Promise<Response> {
  const guarded = await guardPost(request);
  if (guarded instanceof Response) return guarded;
  if (new URL(request.url).pathname.endsWith('/sign-in/email')) {
    const limited = await refuseIfRateLimited('signIn', request, localeFromHeaders(request.headers));
    if (limited) return limited;
  }
  return (await getAuth()).handler(guarded);
}
