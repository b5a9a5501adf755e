/**
 * Present mode and the briefing PDF in headless Chromium against the production
 * build. Scenarios are created here over HTTP (the database is shared with other
 * test files, so every name is unique); headlines are checked against what
 * forecast.run answers over HTTP for the same scenario.
 *
 * Every slide is screenshotted at 1920×1080 (test-results/screenshots/present-*.png).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Assumptions } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';
import type { ForecastResult } from '@/server/model/schema';
import { saveScreenshot, useBrowser, type Viewport } from './browser';
import { fetchDescription } from './dashboard-page';

const browser = useBrowser();
const run = randomUUID().slice(0, 8);
const FULL_HD: Viewport = { width: 1920, height: 1080 };
const HD: Viewport = { width: 1280, height: 720 };
const SINGLE_SLIDES = 12;
const COMPARE_SLIDES = 13;

interface Saved {
  id: string;
  name: string;
  description: string;
  assumptions: Assumptions;
  horizonMonths: number;
}

let description: ModelDescription;
let freeze: Saved;
let pressure: Saved;

async function createScenario(label: string, assumptions: Assumptions, horizonMonths: number, text: string): Promise<Saved> {
  const name = `${label} (present e2e ${run})`;
  const res = await fetch(`${browser.baseUrl}/api/trpc/scenarios.create`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: browser.baseUrl },
    body: JSON.stringify({ name, description: text, assumptions, horizonMonths }),
  });
  if (!res.ok) throw new Error(`scenarios.create answered ${res.status}: ${await res.text()}`);
  const { id } = ((await res.json()) as { result: { data: { id: string } } }).result.data;
  return { id, name, description: text, assumptions, horizonMonths };
}

async function forecast(assumptions: Assumptions, horizonMonths: number): Promise<ForecastResult> {
  const input = encodeURIComponent(JSON.stringify({ assumptions, horizonMonths }));
  const res = await fetch(`${browser.baseUrl}/api/trpc/forecast.run?input=${input}`);
  if (!res.ok) throw new Error(`forecast.run answered ${res.status}`);
  return ((await res.json()) as { result: { data: ForecastResult } }).result.data;
}

beforeAll(async () => {
  description = await fetchDescription(browser.baseUrl);
  const preset = (id: string) => description.presets.find((p) => p.id === id)!;
  freeze = await createScenario('Freeze for relief', preset('freezeForRelief').assumptions, 12, preset('freezeForRelief').rationale);
  pressure = await createScenario('Maximum pressure', preset('maximumPressure2').assumptions, 12, 'Back to the 2017 playbook.');
});

const counter = (page: Page) => page.locator('[data-role="counter"]');
const headline = (page: Page) => page.locator('article[data-slide] [data-role="headline"]');

/** Waits until slide `n` (1-based) is shown with its charts drawn. */
async function atSlide(page: Page, n: number): Promise<void> {
  await page.waitForSelector(`[data-slide-index="${n}"][data-slide-ready="true"]`, { timeout: 20_000 });
}

async function openPresent(pathname: string, viewport: Viewport = HD): Promise<Page> {
  const page = await browser.open(pathname, viewport);
  await atSlide(page, Number(/#(\d+)$/.exec(pathname)?.[1] ?? 1));
  return page;
}

async function press(page: Page, key: string, expected: number, total: number): Promise<void> {
  await page.keyboard.press(key);
  await atSlide(page, expected);
  await expect.poll(() => counter(page).textContent()).toBe(`${expected} / ${total}`);
  expect(new URL(page.url()).hash).toBe(`#${expected}`);
}

interface Box { x: number; y: number; width: number; height: number }
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The shown slide fits: the document does not scroll, the stage sits inside the
 * window above the toolbar, nothing inside the slide overflows its box (the slide
 * clips, so an overflow would silently cut text), and headline and chart do not meet.
 */
async function checkLayout(page: Page, viewport: Viewport, label: string, { glyphSlack = false } = {}): Promise<void> {
  const layout = await page.evaluate((slack) => {
    const rect = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const slide = document.querySelector('article[data-slide]')!;
    const overflowing = [slide, ...slide.querySelectorAll('*')]
      .filter((el) => el instanceof HTMLElement && !el.closest('[data-chart]') && getComputedStyle(el).display !== 'inline')
      .filter((el) => {
        const e = el as HTMLElement;
        const clipsText = getComputedStyle(e).webkitLineClamp !== 'none' || getComputedStyle(e).textOverflow === 'ellipsis';
        return !clipsText && ((!slack && e.scrollHeight > e.clientHeight + 2) || e.scrollWidth > e.clientWidth + 2);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${(el as HTMLElement).className} ${(el as HTMLElement).scrollWidth}x${(el as HTMLElement).scrollHeight} in ${(el as HTMLElement).clientWidth}x${(el as HTMLElement).clientHeight}`);
    return {
      scroll: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
      inner: { width: window.innerWidth, height: window.innerHeight },
      stage: rect(slide)!,
      room: rect(document.querySelector('[data-role="viewport"]'))!,
      toolbar: rect(document.querySelector('nav'))!,
      headline: rect(slide.querySelector('[data-role="headline"]')),
      charts: [...slide.querySelectorAll('[data-role="chart"]')].map((el) => rect(el)!),
      asides: [...slide.querySelectorAll('aside')].map((el) => rect(el)!),
      overflowing,
    };
  }, glyphSlack);
  expect(layout.scroll, `${label}: document scroll size`).toEqual(viewport);
  expect(layout.inner, `${label}: window`).toEqual(viewport);
  expect(layout.stage.x, `${label}: stage left`).toBeGreaterThanOrEqual(0);
  expect(layout.stage.y, `${label}: stage top`).toBeGreaterThanOrEqual(0);
  expect(layout.stage.x + layout.stage.width, `${label}: stage right`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(layout.stage.y + layout.stage.height, `${label}: stage bottom above the toolbar`).toBeLessThanOrEqual(layout.toolbar.y + 0.5);
  // 16:9, and as large as the window allows (it fills the width or the height).
  expect(layout.stage.width / layout.stage.height).toBeCloseTo(16 / 9, 2);
  expect(layout.stage.width >= layout.room.width - 1 || layout.stage.height >= layout.room.height - 1, `${label}: stage fills the room it has`).toBe(true);
  expect(layout.stage.x >= layout.room.x - 0.5 && layout.stage.y >= layout.room.y - 0.5, `${label}: stage inside its room`).toBe(true);
  expect(layout.stage.y + layout.stage.height, `${label}: stage inside its room`).toBeLessThanOrEqual(layout.room.y + layout.room.height + 0.5);
  expect(layout.overflowing, `${label}: content overflowing its box`).toEqual([]);
  if (layout.headline) {
    for (const chart of layout.charts) expect(intersects(layout.headline, chart), `${label}: headline meets a chart`).toBe(false);
  }
  for (const chart of layout.charts) for (const aside of layout.asides) expect(intersects(chart, aside), `${label}: chart meets the figures`).toBe(false);
}

describe('present mode for a saved scenario', () => {
  test('every key moves through the slides, the counter and hash follow, and a reload keeps the slide', async () => {
    const page = await openPresent(`/present/${freeze.id}`);
    const result = await forecast(freeze.assumptions, 12);
    await expect.poll(() => counter(page).textContent()).toBe(`1 / ${SINGLE_SLIDES}`);
    expect(new URL(page.url()).hash).toBe('#1');
    await expect.poll(() => headline(page).textContent()).toBe(freeze.name);

    await press(page, 'ArrowRight', 2, SINGLE_SLIDES);
    await press(page, 'Space', 3, SINGLE_SLIDES);
    expect(await headline(page).textContent()).toBe(result.outlooks.nuclearTest.reading);
    await press(page, 'PageDown', 4, SINGLE_SLIDES);
    expect(await headline(page).textContent()).toBe(result.outlooks.icbmLaunch.reading);
    await press(page, 'ArrowLeft', 3, SINGLE_SLIDES);
    await press(page, 'PageUp', 2, SINGLE_SLIDES);
    await press(page, 'End', SINGLE_SLIDES, SINGLE_SLIDES);
    await press(page, 'ArrowRight', SINGLE_SLIDES, SINGLE_SLIDES); // stays on the last
    await press(page, 'Home', 1, SINGLE_SLIDES);
    await press(page, 'ArrowLeft', 1, SINGLE_SLIDES); // stays on the first

    // The buttons do the same.
    await page.getByRole('button', { name: 'Next slide' }).click();
    await atSlide(page, 2);
    await page.getByRole('button', { name: 'Previous slide' }).click();
    await atSlide(page, 1);

    await page.goto(`/present/${freeze.id}#9`);
    await atSlide(page, 9);
    expect(await headline(page).textContent()).toBe(result.outlooks.arsenal.reading);
    await page.reload();
    await atSlide(page, 9);
    await expect.poll(() => counter(page).textContent()).toBe(`9 / ${SINGLE_SLIDES}`);
  });

  test('N and the Notes button show the speaker notes: the reading and every driver', async () => {
    const page = await openPresent(`/present/${freeze.id}#4`);
    const result = await forecast(freeze.assumptions, 12);
    const notes = page.locator('[data-role="notes"]');
    expect(await notes.count()).toBe(0);
    await page.keyboard.press('n');
    await notes.waitFor();
    const text = await notes.textContent();
    expect(text).toContain(result.outlooks.icbmLaunch.reading);
    for (const c of result.outlooks.icbmLaunch.attribution.contributions.filter((x) => x.contribution !== 0)) expect(text).toContain(c.phrase);
    // The stage shrinks to make room: nothing overlaps and nothing scrolls.
    await checkLayout(page, HD, 'with notes');
    const stage = await page.locator('article[data-slide]').boundingBox();
    const panel = await notes.boundingBox();
    expect(stage!.y + stage!.height).toBeLessThanOrEqual(panel!.y + 0.5);
    // Notes follow the slide.
    await page.keyboard.press('ArrowRight');
    await atSlide(page, 5);
    expect(await notes.textContent()).toContain(result.outlooks.interimDeal.reading);
    await page.getByRole('button', { name: 'Notes' }).click();
    await notes.waitFor({ state: 'detached' });
  });

  test('Esc goes back to where the presentation came from', async () => {
    // Leaving aborts whatever the page still loads (its icon): wait for quiet first, so only real failures show.
    const leave = async (page: Page) => {
      await page.waitForLoadState('networkidle');
      await page.keyboard.press('Escape');
    };
    const saved = await openPresent(`/present/${freeze.id}#3`);
    await leave(saved);
    await saved.waitForURL((url) => url.pathname === `/scenarios/${freeze.id}`);

    const dashboard = await openPresent('/present?testMoratorium=codified&horizon=6');
    await leave(dashboard);
    await dashboard.waitForURL((url) => url.pathname === '/' && url.search === '?testMoratorium=codified&horizon=6');

    const compare = await openPresent(`/present/compare?ids=${freeze.id},${pressure.id}`);
    await leave(compare);
    await compare.waitForURL((url) => url.pathname === '/compare' && url.searchParams.get('ids') === `${freeze.id},${pressure.id}` && url.searchParams.get('horizon') === '12');
  });

  test('the Fullscreen button asks for full screen', async () => {
    const page = await openPresent(`/present/${freeze.id}`);
    await page.getByRole('button', { name: 'Fullscreen' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.getByRole('button', { name: 'Exit fullscreen' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  });

  for (const viewport of [FULL_HD, HD]) {
    test(`every slide fits ${viewport.width}×${viewport.height} without scrolling or overlap`, async () => {
      const page = await openPresent(`/present/${freeze.id}`, viewport);
      const kinds: string[] = [];
      for (let n = 1; n <= SINGLE_SLIDES; n++) {
        if (n > 1) {
          await page.keyboard.press('ArrowRight');
          await atSlide(page, n);
        }
        const id = (await page.locator('article[data-slide]').getAttribute('data-slide'))!;
        kinds.push(id);
        if (viewport === FULL_HD) await saveScreenshot(page, `present-${String(n).padStart(2, '0')}-${id}`);
        await checkLayout(page, viewport, `slide ${n} (${id})`);
      }
      expect(kinds).toEqual([
        'title', 'assumptions', 'outlook-nuclearTest', 'outlook-icbmLaunch', 'outlook-interimDeal', 'outlook-denuclearizationStep',
        'outlook-missileLaunches', 'outlook-tensionIndex', 'outlook-arsenal', 'states', 'attribution', 'closing',
      ]);
    }, 120_000);
  }

  test('the assumptions slide lists exactly what differs from the status quo', async () => {
    const page = await openPresent(`/present/${freeze.id}#2`);
    const rows = await page.locator('tr[data-assumption]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-assumption')));
    const differing = description.assumptions
      .filter((a) => JSON.stringify(freeze.assumptions[a.id]) !== JSON.stringify(description.statusQuo[a.id]))
      .map((a) => a.id);
    expect(rows).toEqual(differing);
  });

  test('an unknown or malformed id gets a page that says so', async () => {
    // A 404 page: the status and the browser's console line about it are expected.
    const missing = await browser.open(`/present/${randomUUID()}`, HD, [/HTTP 404: GET .*\/present\//, /console error on .*\/present\/.*status of 404/]);
    await missing.getByRole('heading', { name: 'This briefing cannot be shown' }).waitFor();
    expect(await missing.locator('[data-present-problem]').textContent()).toContain('No saved scenario has this id');
    const malformed = await browser.open('/present/not-an-id', HD, [/HTTP 404: GET .*\/present\/not-an-id/, /console error on .*\/present\/not-an-id.*status of 404/]);
    await malformed.getByRole('heading', { name: 'This briefing cannot be shown' }).waitFor();
    const badCompare = await browser.open('/present/compare?ids=nope', HD);
    expect(await badCompare.locator('[data-present-problem]').textContent()).toContain('is not a scenario id');
    const badDashboard = await browser.open('/present?exerciseScale=900', HD);
    expect(await badDashboard.locator('[data-present-problem]').textContent()).toContain('exerciseScale');
  });
});

describe('present mode for the dashboard’s state', () => {
  test('an unsaved scenario is presented from the link’s parameters', async () => {
    const page = await openPresent('/present?testMoratorium=codified&horizon=6');
    const assumptions = { ...description.statusQuo, testMoratorium: 'codified' as const };
    const result = await forecast(assumptions, 6);
    expect(await headline(page).textContent()).toBe('Custom scenario');
    await page.keyboard.press('ArrowRight');
    await atSlide(page, 2);
    expect(await page.locator('tr[data-assumption]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-assumption')))).toEqual(['testMoratorium']);
    await page.keyboard.press('ArrowRight');
    await atSlide(page, 3);
    expect(await headline(page).textContent()).toBe(result.outlooks.nuclearTest.reading);
  });

  test('a preset keeps its name; a saved scenario with edits says so', async () => {
    const preset = await openPresent('/present?preset=singaporeSpirit&testMoratorium=declared&exerciseScale=0&usEngagement=95&channel=leaderSummit&securityAssurances=declaratory');
    expect(await headline(preset).textContent()).toBe('Singapore spirit');
    const edited = await openPresent(`/present?testMoratorium=declared&scenario=${freeze.id}&rev=1`);
    expect(await headline(edited).textContent()).toBe(`${freeze.name} (unsaved edits)`);
    const asSaved = await openPresent(`/present?scenario=${freeze.id}`);
    expect(await headline(asSaved).textContent()).toBe(freeze.name);
  });
});

describe('present mode for a comparison', () => {
  test('shows every scenario, a comparison table and the difference; every slide fits and is screenshotted', async () => {
    const page = await openPresent(`/present/compare?ids=${freeze.id},${pressure.id}`, FULL_HD);
    const [a, b] = await Promise.all([forecast(freeze.assumptions, 12), forecast(pressure.assumptions, 12)]);
    await expect.poll(() => counter(page).textContent()).toBe(`1 / ${COMPARE_SLIDES}`);
    const ids: string[] = [];
    for (let n = 1; n <= COMPARE_SLIDES; n++) {
      if (n > 1) {
        await page.keyboard.press('ArrowRight');
        await atSlide(page, n);
      }
      const id = (await page.locator('article[data-slide]').getAttribute('data-slide'))!;
      ids.push(id);
      await saveScreenshot(page, `present-compare-${String(n).padStart(2, '0')}-${id}`);
      await checkLayout(page, FULL_HD, `comparison slide ${n} (${id})`);
      if (id === 'comparison') {
        const table = page.locator('article[data-slide] table');
        expect(await table.locator('thead').textContent()).toContain(freeze.name);
        expect(await table.locator('thead').textContent()).toContain(pressure.name);
        expect(await table.locator('tbody tr').count()).toBe(7);
      }
      if (id === 'outlook-icbmLaunch') {
        const text = (await headline(page).textContent())!;
        expect(text).toContain(`under ${freeze.name}`);
        expect(text).toContain(`under ${pressure.name}`);
        await page.keyboard.press('n');
        const notes = (await page.locator('[data-role="notes"]').textContent())!;
        expect(notes).toContain(a.outlooks.icbmLaunch.reading);
        expect(notes).toContain(b.outlooks.icbmLaunch.reading);
        await page.keyboard.press('n');
        await page.locator('[data-role="notes"]').waitFor({ state: 'detached' });
      }
    }
    expect(ids).toEqual([
      'title', 'assumptions', 'comparison', 'outlook-nuclearTest', 'outlook-icbmLaunch', 'outlook-interimDeal', 'outlook-denuclearizationStep',
      'outlook-missileLaunches', 'outlook-tensionIndex', 'outlook-arsenal', 'states', 'difference', 'closing',
    ]);
  }, 120_000);
});

describe('the print layout', () => {
  test('lays out every slide as one 1920×1080 page and says when it is ready', async () => {
    const page = await browser.open(`/present/${freeze.id}?print=1`, FULL_HD);
    await page.waitForSelector('[data-print-ready="true"]', { timeout: 30_000 });
    const boxes = await page.locator('article[data-slide]').evaluateAll((els) => els.map((el) => [el.clientWidth, el.clientHeight]));
    expect(boxes).toEqual(Array(SINGLE_SLIDES).fill([1920, 1080]));
    expect(await page.locator('nav[aria-label="Presentation"]').count()).toBe(0);
    // Four event charts, launches, tension, arsenal, states and the attribution.
    expect(await page.locator('[data-chart] svg.recharts-surface').count()).toBe(9);
  });
});

describe('the briefing PDF', () => {
  const pdfDir = mkdtempSync(path.join(tmpdir(), 'briefing-pdf-'));
  const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });

  async function fetchPdf(query: string, name: string): Promise<{ file: string; res: Response }> {
    const res = await fetch(`${browser.baseUrl}/api/briefing/pdf?${query}`);
    expect(res.status, await (res.status === 200 ? Promise.resolve('') : res.clone().text())).toBe(200);
    const file = path.join(pdfDir, `${name}.pdf`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return { file, res };
  }

  test('a saved scenario: one landscape page per slide, named after the scenario and the date', async () => {
    const { file, res } = await fetchPdf(`scenario=${freeze.id}`, 'saved');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const today = new Date().toISOString().slice(0, 10);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="freeze-for-relief-present-e2e-${run}-${today}.pdf"`);
    const info = pdfInfo(file);
    expect(info).toMatch(new RegExp(`^Pages:\\s+${SINGLE_SLIDES}$`, 'm'));
    expect(info).toMatch(/^Page size:\s+1440 x 810 pts/m); // 1920×1080 CSS px, landscape
    const text = pdfText(file);
    expect(text).toContain(freeze.name);
    const result = await forecast(freeze.assumptions, 12);
    // A reading, as the slide's headline (pdftotext may break it across lines: whitespace is normalised).
    expect(text).toContain(result.outlooks.icbmLaunch.reading.replace(/\s+/g, ' '));
    expect(text).toMatch(/sources cited/i);
  }, 120_000);

  test('a comparison and the dashboard’s state', async () => {
    const compared = await fetchPdf(`ids=${freeze.id},${pressure.id}&horizon=6`, 'compare');
    expect(compared.res.headers.get('content-disposition')).toMatch(/^attachment; filename="comparison-freeze-for-relief-.+-vs-maximum-pressure-.+-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(pdfInfo(compared.file)).toMatch(new RegExp(`^Pages:\\s+${COMPARE_SLIDES}$`, 'm'));
    expect(pdfText(compared.file)).toContain('within 6 months');

    const dashboard = await fetchPdf('testMoratorium=codified', 'dashboard');
    expect(dashboard.res.headers.get('content-disposition')).toMatch(/^attachment; filename="custom-scenario-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(pdfInfo(dashboard.file)).toMatch(new RegExp(`^Pages:\\s+${SINGLE_SLIDES}$`, 'm'));
  }, 180_000);

  test('bad parameters are a 400, a missing scenario a 404, each with a message', async () => {
    const cases: [string, number, RegExp][] = [
      ['ids=nope,also-nope', 400, /not a scenario id/],
      [`ids=${freeze.id}`, 400, /only one scenario/],
      ['horizon=99', 400, /horizon/],
      ['exerciseScale=abc', 400, /exerciseScale/],
      [`scenario=${randomUUID()}`, 404, /No saved scenario/],
      ['scenario=not-an-id', 404, /No saved scenario/],
      [`ids=${freeze.id},${randomUUID()}`, 404, /could not be found/],
    ];
    for (const [query, status, message] of cases) {
      const res = await fetch(`${browser.baseUrl}/api/briefing/pdf?${query}`);
      expect(res.status, query).toBe(status);
      expect(res.headers.get('content-type'), query).toMatch(/^application\/json/);
      expect(((await res.json()) as { message: string }).message, query).toMatch(message);
    }
  });

  test('Download PDF in the toolbar saves the briefing', async () => {
    const page = await openPresent(`/present/${freeze.id}#3`);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect(download.suggestedFilename()).toBe(`freeze-for-relief-present-e2e-${run}-${today}.pdf`);
    const file = path.join(pdfDir, 'downloaded.pdf');
    await download.saveAs(file);
    expect(pdfInfo(file)).toMatch(new RegExp(`^Pages:\\s+${SINGLE_SLIDES}$`, 'm'));
    // Still on the slide it was on.
    await expect.poll(() => counter(page).textContent()).toBe(`3 / ${SINGLE_SLIDES}`);
  }, 120_000);
});

describe('present mode in every language', () => {
  const LOCALES = [
    { locale: 'en', prefix: '', dir: 'ltr', script: /[A-Za-z]/, digits: /^\d+ \/ \d+$/, forward: 'ArrowRight', back: 'ArrowLeft' },
    { locale: 'he', prefix: '/he', dir: 'rtl', script: /[\u0590-\u05FF]/, digits: /^\d+ מתוך \d+$/, forward: 'ArrowLeft', back: 'ArrowRight' },
    { locale: 'ar', prefix: '/ar', dir: 'rtl', script: /[\u0600-\u06FF]/, digits: /^[٠-٩]+ من [٠-٩]+$/, forward: 'ArrowLeft', back: 'ArrowRight' },
    { locale: 'fa', prefix: '/fa', dir: 'rtl', script: /[\u0600-\u06FF]/, digits: /^[۰-۹]+ از [۰-۹]+$/, forward: 'ArrowLeft', back: 'ArrowRight' },
  ] as const;

  for (const l of LOCALES) {
    test(`${l.locale}: lang and dir, translated chrome, navigation in the reading direction, the outlooks slide screenshotted`, async () => {
      const page = await openPresent(`${l.prefix}/present/${freeze.id}`, FULL_HD);
      expect(await page.locator('html').getAttribute('lang')).toBe(l.locale);
      expect(await page.locator('html').getAttribute('dir')).toBe(l.dir);
      expect(await counter(page).textContent()).toMatch(l.digits);
      // The next slide lies in the reading direction: → in English, ← right to left.
      await page.keyboard.press(l.forward);
      await atSlide(page, 2);
      expect(new URL(page.url()).hash).toBe('#2');
      await page.keyboard.press(l.back);
      await atSlide(page, 1);
      await page.keyboard.press('ArrowDown');
      await atSlide(page, 2);
      // The on-screen arrows agree: "next" points the same way as its key.
      const next = page.locator('[data-role="next"]');
      expect(await next.textContent()).toBe(l.dir === 'rtl' ? '‹' : '›');
      await next.click();
      await atSlide(page, 3);
      // Slide 3: the first outlook (a chart, figures, a headline from the model's reading).
      const text = await page.locator('article[data-slide]').innerText();
      expect(text).toMatch(l.script);
      if (l.locale !== 'en') expect(text).not.toMatch(/Status quo|Months ahead|80% range/);
      expect(await page.locator('article[data-slide] [data-chart]').first().getAttribute('dir')).toBe('ltr');
      // In RTL the figures panel sits on the left of the chart (the layout mirrors).
      const chart = await page.locator('article[data-slide] [data-role="chart"]').boundingBox();
      const aside = await page.locator('article[data-slide] aside').first().boundingBox();
      if (l.dir === 'rtl') expect(aside!.x + aside!.width).toBeLessThanOrEqual(chart!.x + 1);
      else expect(chart!.x + chart!.width).toBeLessThanOrEqual(aside!.x + 1);
      // Hebrew and Arabic-script faces have taller ascenders and descenders than the slide's line
      // heights: their glyph boxes overflow the lines vertically without clipping (see the screenshots),
      // so only horizontal overflow counts there.
      await checkLayout(page, FULL_HD, `${l.locale} outlook slide`, { glyphSlack: l.dir === 'rtl' });
      await saveScreenshot(page, `present-locale-${l.locale}-outlook`);
      // Notes in the language too.
      await page.keyboard.press('n');
      const notes = page.locator('[data-role="notes"]');
      await notes.waitFor();
      expect(await notes.textContent()).toMatch(l.script);
      // Esc returns to the scenario's page in the same language.
      await page.keyboard.press('Escape');
      await page.waitForURL((url) => url.pathname === `${l.prefix}/scenarios/${freeze.id}`);
    });
  }

  test('the download links carry the locale', async () => {
    const page = await openPresent(`/fa/present/${freeze.id}`);
    const pptx = page.locator('a[href^="/api/briefing/pptx"]');
    expect(await pptx.getAttribute('href')).toBe(`/api/briefing/pptx?scenario=${freeze.id}&locale=fa`);
  });

  test('a problem page is in the language of its link', async () => {
    const page = await browser.open(`/ar/present/compare?ids=${freeze.id}`, HD);
    const problem = page.locator('[data-present-problem]');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/[\u0600-\u06FF]/);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  });
});
