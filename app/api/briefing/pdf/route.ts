/**
 * GET /api/briefing/pdf: a briefing as a PDF, one slide per landscape page.
 * Parameters as the present route it mirrors: `scenario=<id>` (saved),
 * `ids=a,b[,c,d]&horizon=N` (comparison) or the dashboard's parameters.
 *
 * The server's own Chromium opens /present…?print=1 on this origin (in the link's
 * `locale`: /he/present…?print=1, so the PDF is in Hebrew and right to left), with the
 * reader's `po-digits` cookie, waits for data-print-ready="true" (every chart drawn and
 * the web fonts of the script loaded) and prints. Bad parameters are a
 * 400, a missing scenario a 404, no Chromium, a full queue or a render that
 * takes too long a 503, each with a message in JSON.
 */
import { briefingNames, fileStemFor } from '@/app/_briefing/briefing';
import { createCaller } from '@/server/api/root';
import { refuseIfRateLimited } from '@/server/api/rate-limited';
import { createContext } from '@/server/api/trpc';
import { sessionUser } from '@/server/auth';
import { BusyError, ChromiumMissingError, getBrowser, withRenderSlot } from '@/server/briefing/chromium';
import { resolveBriefing, sourceFromQuery } from '@/server/briefing/load';
import { localeFromQuery } from '@/server/briefing/source';
import { DIGITS_COOKIE } from '@/server/i18n/format-options';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const RENDER_TIMEOUT_MS = 60_000;

class RenderTimeout extends Error {}
/** The present page said the briefing cannot be shown (404), or failed (503). */
class RenderProblem extends Error {
  constructor(message: string, readonly status: 404 | 503) {
    super(message);
  }
}

function problem(status: number, message: string): Response {
  return Response.json({ status, message }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** The cookies the print needs from the reader's request: their session and their digits choice. */
function forwardedCookies(header: string | null): { name: string; value: string }[] {
  return (header ?? '').split(';').map((part) => part.trim()).flatMap((part) => {
    const [name, ...value] = part.split('=');
    return name && (name === DIGITS_COOKIE || /session_token$/.test(name)) ? [{ name, value: value.join('=') }] : [];
  });
}

async function render(url: string, origin: string, cookies: { name: string; value: string }[]): Promise<Uint8Array> {
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });
  try {
    // The reader's session (the present route is a signed-in page) and digits choice, so the PDF matches the screen.
    if (cookies.length > 0) await context.addCookies(cookies.map((cookie) => ({ ...cookie, url: origin })));
    const page = await context.newPage();
    // The page is ours: nothing it loads may leave this origin.
    await page.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
    page.setDefaultTimeout(RENDER_TIMEOUT_MS);
    const deadline = Date.now() + RENDER_TIMEOUT_MS;
    const remaining = () => Math.max(1, deadline - Date.now());
    try {
      const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: remaining() });
      if (response && response.status() >= 400) {
        if (response.status() !== 404) throw new RenderProblem('The briefing could not be prepared; try again in a minute.', 503);
        const text = await page.locator('[data-present-problem] p').nth(1).textContent({ timeout: 2000 }).catch(() => null);
        throw new RenderProblem(text ?? 'No saved scenario has this id.', 404);
      }
      await page.waitForSelector('[data-print-ready="true"], [data-present-problem]', { timeout: remaining() });
    } catch (error) {
      if (error instanceof RenderProblem) throw error;
      if (error instanceof Error && error.name === 'TimeoutError') throw new RenderTimeout();
      throw error;
    }
    if (await page.locator('[data-present-problem]').count()) {
      const text = await page.locator('[data-present-problem] p').nth(1).textContent();
      throw new RenderProblem(text ?? 'The briefing cannot be shown.', 404);
    }
    // Hebrew and Arabic-script faces are web fonts (app/fonts.css): every one the slides use must be in.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ landscape: true, printBackground: true, preferCSSPageSize: true });
  } finally {
    await context.close().catch(() => undefined);
  }
}

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const locale = localeFromQuery(url.searchParams);
  if (locale === null) return problem(400, 'The locale must be one of en, he, ar or fa.');
  // Each briefing is seconds of work (a PDF, a browser's): rate limited per client.
  const limited = await refuseIfRateLimited('exports', request, locale);
  if (limited) return limited;
  const source = sourceFromQuery(url.searchParams);
  const caller = createCaller(createContext({ user: await sessionUser(request.headers) }));
  let resolution;
  try {
    resolution = await resolveBriefing(caller, source, locale);
  } catch (error) {
    console.error('briefing pdf: resolving the briefing failed', error);
    return problem(503, 'The scenarios could not be loaded; try again shortly.');
  }
  if (!resolution.ok) return problem(resolution.status, resolution.message);
  const resolved = resolution.briefing;
  const sep = resolved.presentPath.includes('?') ? '&' : '?';
  const target = `${url.origin}${resolved.presentPath}${sep}print=1`;
  // The same name the deck gives itself (Briefing.fileStem), without running the forecasts here.
  const fileStem = fileStemFor(briefingNames(resolved.scenarios), resolved.date);

  try {
    const pdf = await withRenderSlot(() => render(target, url.origin, forwardedCookies(request.headers.get('cookie'))));
    return new Response(pdf as BodyInit, {
      status: 200,
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${fileStem}.pdf"`,
        'Content-Length': String(pdf.byteLength),
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof ChromiumMissingError || error instanceof BusyError) return problem(503, error.message);
    if (error instanceof RenderTimeout) return problem(503, 'Making the PDF took too long; try again in a minute.');
    if (error instanceof RenderProblem) return problem(error.status, error.message);
    console.error('briefing pdf: rendering failed', error);
    return problem(503, 'The PDF could not be made right now; try again in a minute.');
  }
}
