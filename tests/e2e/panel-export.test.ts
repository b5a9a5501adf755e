/**
 * The PNG and SVG buttons of the chart panels, in headless Chromium against the
 * production build: each is a real download named <panel>-<scenario>-<date>; the
 * PNG is the panel at twice its size with the chart drawn in it; the SVG is a
 * standalone XML document (no CSS variables) that draws the same chart.
 * The files land in test-results/exports/ to be looked at.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { saveScreenshot, useBrowser } from './browser';
import { fetchDescription, waitForShown, waitUntilSettled } from './dashboard-page';

const browser = useBrowser();
const EXPORT_DIR = path.resolve(import.meta.dirname, '../../test-results/exports');

type Rgb = readonly [number, number, number];

/** Tension's series colour (palette.ts). */
const TENSION: Rgb = [0x8e, 0x3b, 0x74];
/** The standoff state's colour (palette.ts) as the stacked areas draw it, at 88% over white. */
const STANDOFF_AREA: Rgb = [0xe8, 0x80, 0x4f].map((c) => Math.round(c * 0.88 + 255 * 0.12)) as unknown as Rgb;

const DATE = /\d{4}-\d{2}-\d{2}/.source;

async function openDashboard(): Promise<Page> {
  const page = await browser.open('/');
  await waitUntilSettled(page);
  return page;
}

/** A panel once its chart has drawn (Recharts renders after measuring its box). */
async function panel(page: Page, id: string): Promise<Locator> {
  const frame = page.locator(`section#${id}`);
  await frame.scrollIntoViewIfNeeded();
  await frame.locator('svg.recharts-surface path').first().waitFor();
  return frame;
}

async function download(page: Page, button: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const saved = await file.path();
  const bytes = await readFile(saved);
  await mkdir(EXPORT_DIR, { recursive: true });
  await writeFile(path.join(EXPORT_DIR, file.suggestedFilename()), bytes);
  return { download: file, bytes };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Draws an image (a data URL) in the page and counts, in `region` (default: all of
 * it), its pixels near `rgb` and its pixels that are not white or near-white.
 */
async function pixels(page: Page, dataUrl: string, rgb: Rgb, region?: Region): Promise<{ width: number; height: number; matching: number; inked: number }> {
  return page.evaluate(async ({ src, target, area }) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const r0 = area ?? { x: 0, y: 0, width: canvas.width, height: canvas.height };
    const data = ctx.getImageData(Math.round(r0.x), Math.round(r0.y), Math.round(r0.width), Math.round(r0.height)).data;
    let matching = 0;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (Math.abs(r - target[0]) + Math.abs(g - target[1]) + Math.abs(b - target[2]) < 40) matching++;
      if (r + g + b < 600) inked++;
    }
    return { width: canvas.width, height: canvas.height, matching, inked };
  }, { src: dataUrl, target: rgb, area: region ?? null });
}

async function parseSvg(page: Page, text: string): Promise<{ root: string; error: string | null; title: string | null; width: number; height: number }> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    const root = doc.documentElement;
    return {
      root: root.nodeName,
      error: error ? error.textContent : null,
      title: root.querySelector(':scope > title')?.textContent ?? null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
    };
  }, text);
}

describe('chart panel exports', () => {
  test('every panel on the dashboard has labelled PNG and SVG buttons', async () => {
    const page = await openDashboard();
    const panels = page.locator('section[data-export-name]');
    await expect.poll(() => panels.count()).toBe(7);
    await saveScreenshot(page, 'panel-export-dashboard');
    for (const frame of await panels.all()) {
      const title = (await frame.getByRole('heading', { level: 2 }).innerText()).trim();
      for (const format of ['PNG', 'SVG']) {
        expect(await frame.getByRole('button', { name: `Download ${title} as ${format}`, exact: true }).count(), `${format} on "${title}"`).toBe(1);
      }
    }
  });

  test('PNG: the whole panel at 2× its size, named after the panel, the scenario and the day', async () => {
    const page = await openDashboard();
    const frame = await panel(page, 'chart-tension');
    const box = (await frame.boundingBox())!;
    const { download: file, bytes } = await download(page, frame.getByRole('button', { name: 'Download Tension index by month as PNG' }));
    expect(file.suggestedFilename()).toMatch(new RegExp(`^tension-status-quo-november-2026-${DATE}\\.png$`));
    const size = pngSize(bytes);
    expect(Math.abs(size.width - box.width * 2), `PNG ${size.width}×${size.height} for a ${box.width}×${box.height} panel`).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - box.height * 2)).toBeLessThanOrEqual(1);
    // The picture has the chart in it: the tension line's colour, and plenty of ink (title, axes, legend).
    const seen = await pixels(page, `data:image/png;base64,${bytes.toString('base64')}`, TENSION);
    expect(seen.width).toBe(size.width);
    expect(seen.matching).toBeGreaterThan(500);
    expect(seen.inked).toBeGreaterThan(seen.width * seen.height * 0.01);
    // The buttons are not in the picture: where they sit on the page, the PNG is blank.
    const actions = (await frame.locator('[data-export-ignore]').first().boundingBox())!;
    const where = { x: (actions.x - box.x) * 2, y: (actions.y - box.y) * 2, width: actions.width * 2, height: actions.height * 2 };
    expect(where.width).toBeGreaterThan(100);
    expect((await pixels(page, `data:image/png;base64,${bytes.toString('base64')}`, TENSION, where)).inked).toBe(0);
    // On the page the buttons are back, ready for the next export.
    expect(await frame.getByRole('button', { name: 'Download Tension index by month as PNG' }).isEnabled()).toBe(true);
  });

  test('SVG: a standalone document with the title, legend and chart, no CSS variables, at the panel’s size', async () => {
    const page = await openDashboard();
    const frame = await panel(page, 'chart-tension');
    const box = (await frame.boundingBox())!;
    const { download: file, bytes } = await download(page, frame.getByRole('button', { name: 'Download Tension index by month as SVG' }));
    expect(file.suggestedFilename()).toMatch(new RegExp(`^tension-status-quo-november-2026-${DATE}\\.svg$`));
    const text = bytes.toString('utf8');
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const parsed = await parseSvg(page, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.title).toBe('Tension index by month');
    expect(Math.abs(parsed.width - box.width)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(parsed.height - box.height)).toBeLessThanOrEqual(0.5);
    expect(text).not.toContain('var(');
    // Title, units and legend as SVG text; the buttons and the data table are not exported.
    // (A title that wraps on the page wraps in the file: its lines are read in order.)
    const lines = [...text.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(lines.join(' ')).toContain('Tension index by month Mean with 80% band;');
    expect(lines).toContain('Mean');
    expect(lines).toContain('80% band (P10–P90)');
    expect(text).not.toMatch(/>(PNG|SVG|Show data table)</);
    expect(text).toContain('#8e3b74');
    // Drawn on its own (as an image, so no page CSS can help), it shows the chart.
    const seen = await pixels(page, `data:image/svg+xml;base64,${bytes.toString('base64')}`, TENSION);
    expect(seen.matching).toBeGreaterThan(150);
  });

  test('SVG of the stacked states: fills and their opacity inlined, so the areas draw', async () => {
    const page = await openDashboard();
    const frame = await panel(page, 'chart-states');
    const { download: file, bytes } = await download(page, frame.getByRole('button', { name: 'Download Diplomatic state by month as SVG' }));
    expect(file.suggestedFilename()).toMatch(new RegExp(`^states-status-quo-november-2026-${DATE}\\.svg$`));
    const text = bytes.toString('utf8');
    expect((await parseSvg(page, text)).error).toBeNull();
    expect(text).toMatch(/fill="#1f4e8c" fill-opacity="0\.88"/);
    const seen = await pixels(page, `data:image/svg+xml;base64,${bytes.toString('base64')}`, STANDOFF_AREA);
    expect(seen.matching).toBeGreaterThan(2000);
    expect(seen.inked).toBeGreaterThan(seen.width * seen.height * 0.2);
  });

  test('on /compare the files are named "comparison"', async () => {
    const description = await fetchDescription(browser.baseUrl);
    const ids: string[] = [];
    for (const [name, exerciseScale] of [['Export A', 20], ['Export B', 80]] as const) {
      const res = await fetch(`${browser.baseUrl}/api/trpc/scenarios.create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: browser.baseUrl },
        body: JSON.stringify({ name: `${name} (${Math.random().toString(36).slice(2, 7)})`, assumptions: { ...description.statusQuo, exerciseScale }, horizonMonths: 12 }),
      });
      expect(res.status).toBe(200);
      ids.push(((await res.json()) as { result: { data: { id: string } } }).result.data.id);
    }
    const page = await browser.open(`/compare?ids=${ids.join(',')}`);
    const frame = await panel(page, 'compare-trajectory');
    const box = (await frame.boundingBox())!;
    const { download: svg, bytes } = await download(page, frame.getByRole('button', { name: /^Download .+ by month as SVG$/ }));
    expect(svg.suggestedFilename()).toMatch(new RegExp(`^trajectory-comparison-${DATE}\\.svg$`));
    const parsed = await parseSvg(page, bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(Math.abs(parsed.width - box.width)).toBeLessThanOrEqual(0.5);
    const { download: png, bytes: image } = await download(page, frame.getByRole('button', { name: /^Download .+ by month as PNG$/ }));
    expect(png.suggestedFilename()).toMatch(new RegExp(`^trajectory-comparison-${DATE}\\.png$`));
    expect(Math.abs(pngSize(image).width - box.width * 2)).toBeLessThanOrEqual(1);
  });

  test('a preset names the files after it', async () => {
    const description = await fetchDescription(browser.baseUrl);
    const preset = description.presets.find((p) => p.id === 'hanoiAccepted')!;
    expect(preset.name).toBe('Hanoi ask accepted');
    const page = await openDashboard();
    await page.getByRole('combobox', { name: 'Preset', exact: true }).selectOption({ label: preset.name });
    await waitForShown(page, { assumptions: preset.assumptions, horizonMonths: description.defaults.horizonMonths });
    const frame = await panel(page, 'chart-launches');
    const title = (await frame.getByRole('heading', { level: 2 }).innerText()).trim();
    const { download: file, bytes } = await download(page, frame.getByRole('button', { name: `Download ${title} as PNG` }));
    expect(file.suggestedFilename()).toMatch(new RegExp(`^launches-hanoi-ask-accepted-${DATE}\\.png$`));
    const box = (await frame.boundingBox())!;
    expect(Math.abs(pngSize(bytes).width - box.width * 2)).toBeLessThanOrEqual(1);
  });
});
