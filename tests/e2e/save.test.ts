/**
 * Saving from the dashboard in headless Chromium: the dialog (button and
 * Ctrl+S), reopening a saved scenario from its link, new versions, the
 * conflict choice when someone else saved first, and the notices for an
 * unknown id and for a scenario saved under an older model.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { ModelDescription } from '@/server/model/describe';
import { useBrowser } from './browser';
import { fetchDescription, waitForShown, waitUntilSettled } from './dashboard-page';

const browser = useBrowser();
const run = Math.random().toString(36).slice(2, 8);
let description: ModelDescription;
let exerciseLabel: string;

beforeAll(async () => {
  description = await fetchDescription(browser.baseUrl);
  exerciseLabel = description.assumptions.find((a) => a.id === 'exerciseScale')!.label;
});

async function open(pathname: string, expected?: RegExp[]): Promise<Page> {
  const page = await browser.open(pathname, undefined, expected);
  await waitUntilSettled(page);
  return page;
}

const savedRef = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  return { id: params.get('scenario'), rev: params.get('rev') };
};
const title = (page: Page) => page.getByTestId('scenario-title').textContent();

async function saveNew(page: Page, name: string, { shortcut = false } = {}): Promise<void> {
  if (shortcut) await page.keyboard.press('Control+s');
  else await page.getByRole('button', { name: 'Save scenario…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save scenario' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Description').fill('Written by the browser test.');
  await dialog.getByLabel('Tags').fill(`e2e, ${run}`);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('rev') === '1');
}

test('Ctrl+S saves the current scenario; its link reopens it as saved', async () => {
  const name = `Saved by shortcut ${run}`;
  const page = await open('/?exerciseScale=25&horizon=18');
  await page.locator('body').click(); // focus the page, not the address bar
  await saveNew(page, name, { shortcut: true });
  const { id } = savedRef(page);
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(await title(page)).toContain(`“${name}” · version 1`);
  expect(await title(page)).not.toContain('unsaved');

  const reopened = await open(`/?scenario=${id}`);
  await waitForShown(reopened, { assumptions: { ...description.statusQuo, exerciseScale: 25 }, horizonMonths: 18 });
  expect(await title(reopened)).toContain(`“${name}” · version 1`);
  await expect.poll(() => savedRef(reopened)).toEqual({ id, rev: '1' });
});

test('saving over an open scenario writes the next version', async () => {
  const page = await open('/?usEngagement=80');
  await saveNew(page, `Versioned ${run}`);
  const slider = page.getByRole('slider', { name: exerciseLabel, exact: true });
  await slider.focus();
  await page.keyboard.press('Home');
  expect(await title(page)).toContain('(unsaved changes)');
  await page.getByRole('button', { name: 'Save…' }).click();
  const dialog = page.getByRole('dialog', { name: `Save “Versioned ${run}”` });
  await dialog.getByRole('button', { name: 'Save version 2' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('rev') === '2');
  expect(await title(page)).toContain('version 2');
  expect(await title(page)).not.toContain('unsaved');
});

test('a save from an out-of-date version is refused, and the edits can be kept as a copy', async () => {
  const first = await open('/?russiaSupport=40');
  await saveNew(first, `Contested ${run}`);
  const { id } = savedRef(first);

  // A colleague opens the same version, and the first user saves a change meanwhile.
  const second = await open(`/?scenario=${id}`, [/HTTP 409: POST .*scenarios\.save/, /responded with a status of 409 \(Conflict\)/]);
  await first.getByRole('slider', { name: exerciseLabel, exact: true }).focus();
  await first.keyboard.press('End');
  await first.getByRole('button', { name: 'Save…' }).click();
  await first.getByRole('button', { name: 'Save version 2' }).click();
  await first.waitForFunction(() => new URL(location.href).searchParams.get('rev') === '2');

  await second.getByRole('slider', { name: exerciseLabel, exact: true }).focus();
  await second.keyboard.press('Home');
  await second.getByRole('button', { name: 'Save…' }).click();
  await second.getByRole('button', { name: 'Save version 2' }).click();
  const alert = second.getByRole('dialog').getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/saved elsewhere since you opened it.*version 1.*latest is version 2/);
  expect(await alert.getByRole('link', { name: 'Reload the latest version' }).getAttribute('href')).toBe(`/?scenario=${id}`);
  await alert.getByRole('button', { name: 'Save my changes as a copy' }).click();
  await second.waitForFunction((original) => {
    const params = new URL(location.href).searchParams;
    return params.get('rev') === '1' && params.get('scenario') !== original;
  }, id);
  expect(await title(second)).toContain(`“Contested ${run} (copy)”`);
});

test('an unknown scenario id shows the status quo with a notice', async () => {
  const page = await open('/?scenario=00000000-0000-4000-8000-000000000000');
  expect(await page.getByRole('status').filter({ hasText: 'No saved scenario has this link' }).count()).toBe(1);
  await waitForShown(page, { assumptions: description.statusQuo, horizonMonths: description.defaults.horizonMonths });
});

test('a scenario saved under an older model is recomputed, and says so', async () => {
  const res = await fetch(`${browser.baseUrl}/api/trpc/scenarios.import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: browser.baseUrl },
    body: JSON.stringify({
      file: {
        format: 'peninsula-outlook/scenarios',
        formatVersion: 1,
        scenarios: [{ name: `Old model ${run}`, assumptions: description.statusQuo, horizonMonths: 12, modelVersion: '0.9.0' }],
      },
    }),
  });
  const [imported] = ((await res.json()) as { result: { data: { id: string }[] } }).result.data;
  const page = await open(`/?scenario=${imported!.id}`);
  const notice = page.getByRole('status').filter({ hasText: 'saved with model 0.9.0' });
  expect(await notice.textContent()).toContain(`recomputed with the current model, ${description.modelVersion}`);
});
