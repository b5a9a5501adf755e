/**
 * POST /api/setup { name, email, password }: the first start's admin account, then signed in
 * (the answer sets the session cookie). 409 once any account exists; 400 names the field.
 */
import { guardPost } from '@/server/api/http-guards';
import { localeFromHeaders } from '@/server/api/localized-errors';
import { refuseIfRateLimited } from '@/server/api/rate-limited';
import { getAuth } from '@/server/auth';
import { AlreadySetUpError, createFirstAdmin, setupInputSchema } from '@/server/auth/setup';
import { getDatabase } from '@/server/db';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const problem = (status: number, message: string, field?: string) =>
  Response.json({ error: { message, ...(field ? { field } : {}) } }, { status, headers: { 'cache-control': 'no-store' } });

export async function POST(request: Request): Promise<Response> {
  const guarded = await guardPost(request);
  if (guarded instanceof Response) return guarded;
  const limited = await refuseIfRateLimited('signIn', request, localeFromHeaders(request.headers));
  if (limited) return limited;
  let body: unknown;
  try {
    body = await guarded.json();
  } catch {
    return problem(400, 'The request body is not JSON.');
  }
  const parsed = setupInputSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return problem(400, `${issue.path.join('.') || 'input'}: ${issue.message}`, issue.path.join('.'));
  }
  const auth = await getAuth();
  try {
    await createFirstAdmin(await getDatabase(), auth, parsed.data);
  } catch (error) {
    if (error instanceof AlreadySetUpError) return problem(409, error.message);
    throw error;
  }
  // Signed in at once: the setup page goes straight to the dashboard.
  return auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, asResponse: true, headers: request.headers });
}
