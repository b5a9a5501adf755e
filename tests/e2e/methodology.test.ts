/** `/methodology` in headless Chromium: the model card and one anchor per assumption. */
import { beforeAll, expect, test } from 'vitest';
import type { ModelDescription } from '@/server/model/describe';
import { useBrowser } from './browser';
import { fetchDescription } from './dashboard-page';

const browser = useBrowser();
let description: ModelDescription;

beforeAll(async () => {
  description = await fetchDescription(browser.baseUrl);
});

test('/methodology has its heading, the backtest table, and an anchor per assumption', async () => {
  const page = await browser.open('/methodology');
  await page.getByRole('heading', { level: 1, name: 'Methodology', exact: true }).waitFor();
  expect(await page.getByRole('table').count(), 'tables from docs/model.md (the backtest among them)').toBeGreaterThan(0);
  for (const assumption of description.assumptions) {
    const anchor = page.locator(`[id="${assumption.id}"]`);
    expect(await anchor.count(), `#${assumption.id}`).toBe(1);
    expect(await anchor.innerText(), `#${assumption.id} names its label`).toContain(assumption.label);
  }
});

test('a deep link scrolls its assumption into view', async () => {
  const page = await browser.open('/methodology#exerciseScale');
  const anchor = page.locator('[id="exerciseScale"]');
  await anchor.waitFor();
  // The hash is applied after the load event; wait for the scroll, not a fixed delay.
  await page.waitForFunction(() => {
    const box = document.getElementById('exerciseScale')?.getBoundingClientRect();
    return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
  });
});

test('/he/methodology is in Hebrew, right to left, with the same anchors and links kept in Hebrew', async () => {
  const page = await browser.open('/he/methodology');
  await page.getByRole('heading', { level: 1, name: 'מתודולוגיה', exact: true }).waitFor();
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  expect(await page.getByRole('link', { name: /לוח הבקרה/ }).getAttribute('href')).toBe('/he');
  for (const assumption of description.assumptions) expect(await page.locator(`[id="${assumption.id}"]`).count(), assumption.id).toBe(1);
  expect(await page.getByRole('heading', { name: 'מה המודל חוזה' }).count()).toBe(1);
});
