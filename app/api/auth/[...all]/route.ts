// better-auth's endpoints (sign in, sign out, session, admin): /api/auth/*.
import { getAuth } from '@/server/auth';

export const runtime = 'nodejs';

export async function GET(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

export async function POST(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}
