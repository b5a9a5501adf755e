/**
 * Browser-test harness around headless Debian Chromium (scripts/lib/chromium.ts).
 *
 * `useBrowser()` registers the hooks of a test file: one browser per file, a fresh
 * context per page, and after every test a check that no page logged a console
 * error, threw, or had a request fail or answer with an HTTP error.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');

export interface Viewport {
  width: number;
  height: number;
}
export const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 800 };

/**
 * Records everything that should never happen on a healthy page, as readable lines,
 * until `isOver()` says the test is done (closing a page aborts its open requests,
 * which is the harness's doing, not the page's).
 */
export function watchForProblems(page: Page, problems: string[], isOver: () => boolean = () => false): void {
  const record = (line: string) => {
    if (!isOver()) problems.push(line);
  };
  page.on('console', (message) => {
    if (message.type() === 'error') record(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => record(`uncaught ${error.name} on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    // The exemptions: Next's router cancels its own link prefetches (RSC requests
    // marked `next-router-prefetch: 1`) when it reschedules them; net::ERR_ABORTED is
    // that cancellation, not a failure. A prefetch that fails otherwise, and any
    // navigation that fails, is still recorded.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && request.headers()['next-router-prefetch'] === '1') return;
    // Likewise a build asset (a lazily loaded chunk, the icon, a font) cancelled because the
    // test reloaded or left the page while it was arriving: ERR_ABORTED is the browser's
    // cancellation, never a server failure (a missing asset answers 404, recorded below).
    // Data (fetch) and documents stay recorded: a test must wait for those.
    const asset = new URL(request.url()).pathname.startsWith('/_next/static/') || ['image', 'font', 'stylesheet', 'script'].includes(request.resourceType());
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && asset) return;
    record(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) record(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
}

interface Opened {
  context: BrowserContext;
  problems: string[];
  expected: RegExp[];
  over: boolean;
}

export interface BrowserHandle {
  /** The built server's origin, e.g. http://localhost:41234. */
  baseUrl: string;
  /**
   * Opens `pathname` in a fresh context and waits for the load event. `expected` lists
   * problems a test provokes on purpose (an injected server error): each must occur,
   * and only what matches one is exempt.
   */
  open(pathname: string, viewport?: Viewport, expected?: RegExp[], options?: OpenOptions): Promise<Page>;
}

export interface OpenOptions {
  /** A visitor without an account (the default is the test admin's session). */
  anonymous?: boolean;
  /** Another session ("name=value"), e.g. a user made by a permissions test. */
  sessionCookie?: string;
}

export function useBrowser(): BrowserHandle {
  const baseUrl = inject('baseUrl');
  const adminCookie = inject('sessionCookie');
  let browser: Browser | undefined;
  const opened: Opened[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const all = opened.splice(0);
    for (const entry of all) entry.over = true;
    await Promise.all(all.map(({ context }) => context.close()));
    const unexpected = all.flatMap(({ problems, expected }) => problems.filter((line) => !expected.some((re) => re.test(line))));
    const missing = all.flatMap(({ problems, expected }) => expected.filter((re) => !problems.some((line) => re.test(line))).map(String));
    expect(unexpected, 'console errors, page errors or failed requests').toEqual([]);
    expect(missing, 'provoked problems that never showed (the test did not test what it meant to)').toEqual([]);
  });

  return {
    baseUrl,
    async open(pathname, viewport = DEFAULT_VIEWPORT, expected = [], options = {}) {
      if (!browser) throw new Error('the browser did not start (see the beforeAll error)');
      const context = await browser.newContext({ viewport, baseURL: baseUrl });
      const cookie = options.anonymous ? null : (options.sessionCookie ?? adminCookie);
      if (cookie) {
        const [name, ...value] = cookie.split('=');
        await context.addCookies([{ name: name!, value: value.join('='), url: baseUrl }]);
      }
      const problems: string[] = [];
      const entry: Opened = { context, problems, expected, over: false };
      opened.push(entry);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      watchForProblems(page, problems, () => entry.over);
      await page.goto(pathname);
      return page;
    },
  };
}

/** Saves a full-page PNG under test-results/screenshots/ (gitignored: the CI artifact). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
