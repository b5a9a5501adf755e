/**
 * Read-only links in headless Chromium: created from a scenario's page, they
 * open the dashboard with every control disabled and nothing to save; a
 * revoked or unknown link shows "this link is no longer valid".
 */
import { beforeAll, expect, test } from 'vitest';
import type { Assumptions } from '@/server/model/assumptions';
import { postProcedure } from '@/scripts/lib/trpc-post';
import { useBrowser } from './browser';
import { fetchDescription, waitForShown } from './dashboard-page';

const browser = useBrowser();
const run = Math.random().toString(36).slice(2, 8);
let statusQuo: Assumptions;

beforeAll(async () => {
  statusQuo = (await fetchDescription(browser.baseUrl)).statusQuo;
});

const call = <T>(procedure: string, input: unknown) => postProcedure<T>(browser.baseUrl, procedure, input);

test('a link made on the scenario page opens a read-only dashboard, and stops working once revoked', async () => {
  const name = `Shared ${run}`;
  const assumptions = { ...statusQuo, exerciseScale: 20, channel: 'workingLevel' as const };
  const scenario = await call<{ id: string }>('scenarios.create', { name, assumptions, horizonMonths: 18 });

  const manage = await browser.open(`/scenarios/${scenario.id}`);
  await manage.waitForSelector('[data-ready="true"]');
  await manage.getByRole('button', { name: 'Create read-only link' }).click();
  const link = manage.getByRole('list', { name: 'Read-only links' }).getByRole('link');
  await link.waitFor();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/shared\/[A-Za-z0-9_-]{43}$/);

  const viewer = await browser.open(href!);
  await waitForShown(viewer, { assumptions, horizonMonths: 18 });
  expect(await viewer.getByTestId('scenario-title').textContent()).toContain(`“${name}” (read-only)`);
  const aside = viewer.getByRole('complementary', { name: 'Assumptions' });
  const enabled = aside.locator('input:enabled, select:enabled, button:enabled, textarea:enabled');
  expect(await enabled.count(), 'enabled controls in a read-only view').toBe(0);
  expect(await aside.locator('input, select').count()).toBeGreaterThan(10);
  expect(await viewer.getByRole('button', { name: /Save/ }).count()).toBe(0);
  await viewer.keyboard.press('Control+s');
  expect(await viewer.getByRole('dialog').count()).toBe(0);
  expect(await viewer.content(), 'the page must not reveal the scenario id').not.toContain(scenario.id);

  // Present mode from the shared view: the slides, without export buttons or the id.
  await viewer.getByRole('link', { name: 'Present' }).click();
  await viewer.waitForURL(`**${href}/present`);
  await viewer.waitForFunction(() => /^1 \/ \d+$/.test(document.querySelector('[data-role="counter"]')?.textContent ?? ''));
  expect(await viewer.getByRole('heading', { level: 1 }).first().textContent()).toContain(name);
  expect(await viewer.getByRole('button', { name: 'Download PDF' }).count()).toBe(0);
  expect(await viewer.getByRole('link', { name: /PowerPoint/ }).count()).toBe(0);
  expect(await viewer.content()).not.toContain(scenario.id);

  await manage.getByRole('button', { name: /^Revoke link/ }).click();
  await manage.getByText(/^Revoked /).waitFor();

  for (const path of [href!, `${href}/present`]) {
    const after = await browser.open(path, undefined, [/HTTP 404: GET .*\/shared\//, /status of 404/]);
    expect(await after.getByRole('heading', { level: 1 }).textContent()).toBe('This link is no longer valid');
    expect(await after.content()).not.toContain(name);
  }
});

test('an unknown or malformed token gets the same "no longer valid" page', async () => {
  for (const token of ['A'.repeat(43), 'not-a-token']) {
    const page = await browser.open(`/shared/${token}`, undefined, [/HTTP 404: GET .*\/shared\//, /status of 404/]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This link is no longer valid');
  }
});
