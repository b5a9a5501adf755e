/**
 * GET /api/briefing/pptx?<params>: the briefing as a PowerPoint deck with native,
 * editable charts (app/_briefing/pptx.ts). The parameters are the PDF route's and
 * present mode's (server/briefing/load.ts): `scenario=<id>` alone (a saved
 * scenario as saved), `ids=a,b[,c,d]&horizon=N` (a comparison), or the
 * dashboard's own parameters (assumptions, horizon, preset, scenario+rev).
 *
 * `locale=he|ar|fa` writes the deck in that language (right to left for all three);
 * without it, English. The reader's `po-digits` cookie picks Latin digits in Persian.
 *
 * A link that cannot be read answers 400 and a scenario that does not exist 404,
 * each as JSON `{ message }` in words; nothing a user can put in the URL makes a 500.
 */
import { TRPCError } from '@trpc/server';
import { briefingToPptx } from '@/app/_briefing/pptx';
import { attachmentDisposition } from '@/app/_components/export-names';
import { createCaller } from '@/server/api/root';
import { refuseIfRateLimited } from '@/server/api/rate-limited';
import { createContext } from '@/server/api/trpc';
import { sessionUser } from '@/server/auth';
import { computeBriefing, resolveBriefing, sourceFromQuery } from '@/server/briefing/load';
import { localeFromQuery } from '@/server/briefing/source';
import { DIGITS_COOKIE, formatOptionsFrom } from '@/server/i18n/format-options';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

function problem(status: number, message: string): Response {
  return Response.json({ message }, { status, headers: { 'cache-control': 'no-store' } });
}

/** tRPC errors from the caller, as the HTTP status a user's link deserves. */
function fromTrpc(error: TRPCError): Response | null {
  switch (error.code) {
    case 'BAD_REQUEST':
    case 'PARSE_ERROR':
      return problem(400, `This link cannot be made into a briefing: ${error.message}`);
    case 'NOT_FOUND':
      return problem(404, 'A scenario in this link could not be found: it may have been deleted, or the link is wrong.');
    case 'SERVICE_UNAVAILABLE':
      return problem(503, error.message);
    default:
      return null;
  }
}

/** One cookie's value from a Cookie header. */
function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const locale = localeFromQuery(params);
  if (locale === null) return problem(400, 'The locale must be one of en, he, ar or fa.');
  // Each briefing is seconds of work (a PDF, a browser's): rate limited per client.
  const limited = await refuseIfRateLimited('exports', request, locale);
  if (limited) return limited;
  params.delete('locale');
  const formatOptions = formatOptionsFrom(cookieValue(request.headers.get('cookie'), DIGITS_COOKIE));
  try {
    const caller = createCaller(createContext({ user: await sessionUser(request.headers) }));
    const resolved = await resolveBriefing(caller, sourceFromQuery(params), locale);
    if (!resolved.ok) return problem(resolved.status, resolved.message);
    const briefing = await computeBriefing(caller, resolved.briefing, { locale, formatOptions });
    const body = await briefingToPptx(briefing, formatOptions);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': PPTX,
        'content-disposition': attachmentDisposition(`${briefing.fileStem}.pptx`),
        'content-length': String(body.length),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) {
      const answer = fromTrpc(error);
      if (answer) return answer;
    }
    console.error('briefing pptx: the deck could not be made', error);
    return problem(500, 'The PowerPoint could not be made because of an error on our side.');
  }
}
