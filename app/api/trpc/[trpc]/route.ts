// tRPC endpoint: request guards (origin, media type, size), then the fetch adapter.
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { guardGet, guardPost } from '@/server/api/http-guards';
import { MAX_BATCH_SIZE } from '@/server/api/limits';
import { RateLimitedError } from '@/server/rate-limit';

function handle(req: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createContext({ headers: req.headers, http: true }),
    // A rate-limited answer (429) says when to come back.
    responseMeta: ({ errors }) => {
      const limited = errors.map((e) => e.cause).find((cause) => cause instanceof RateLimitedError);
      return limited ? { headers: new Headers({ 'Retry-After': String(limited.retryAfterSeconds) }) } : {};
    },
    // The client only sees a generic message for these (see the error formatter); keep the detail here.
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'} failed:`, error.cause ?? error);
    },
  });
}

export async function GET(req: Request): Promise<Response> {
  const guarded = guardGet(req);
  return guarded instanceof Response ? guarded : handle(guarded);
}

export async function POST(req: Request): Promise<Response> {
  const guarded = await guardPost(req);
  return guarded instanceof Response ? guarded : handle(guarded);
}
