/**
 * Sharing with named users in the browser: the owner shares a scenario from its page; the
 * viewer finds it under "Shared with me", sees who owns it and what they may do, gets no
 * button that would be refused, and saving on the dashboard makes a copy of their own;
 * the owner makes them editor, then removes them; a stranger gets the not-found page.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, inject, test } from 'vitest';
import { userSession } from '@/scripts/lib/session';
import { postProcedure } from '@/scripts/lib/trpc-post';
import { STATUS_QUO } from '@/server/model/assumptions';
import { useBrowser } from './browser';
import { waitUntilSettled } from './dashboard-page';

const browser = useBrowser();
const adminCookie = inject('sessionCookie');
const run = Math.random().toString(36).slice(2, 8);
const viewer = { name: `Viewer ${run}`, email: `viewer-${run}@example.org`, password: 'viewer password 1' };
const stranger = { name: `Outsider ${run}`, email: `outsider-${run}@example.org`, password: 'outsider password 1' };
const scenarioName = `Desk scenario ${run}`;
let viewerCookie = '';
let strangerCookie = '';
let scenarioId = '';

beforeAll(async () => {
  viewerCookie = await userSession(browser.baseUrl, adminCookie, viewer);
  strangerCookie = await userSession(browser.baseUrl, adminCookie, stranger);
  const created = await postProcedure<{ id: string }>(browser.baseUrl, 'scenarios.create', {
    name: scenarioName, description: 'Shared in the browser test', assumptions: { ...STATUS_QUO, sanctionsLifted: [] }, horizonMonths: 12,
  }, adminCookie);
  scenarioId = created.id;
});

const people = (page: Page) => page.getByTestId('people-panel');

async function openScenarioPage(cookie: string): Promise<Page> {
  const page = await browser.open(`/scenarios/${scenarioId}`, undefined, [], { sessionCookie: cookie });
  await page.locator('[data-ready="true"]').waitFor();
  return page;
}

test('the owner shares with a viewer, who reads it, sees only what they may do, and saves a copy of their own', async () => {
  const owner = await openScenarioPage(adminCookie);
  const form = people(owner).getByRole('form', { name: 'Share with a person' });
  await form.getByLabel('Email').fill(viewer.email);
  await form.getByLabel('As').selectOption('viewer');
  await form.getByRole('button', { name: 'Share' }).click();
  await people(owner).getByText(`Shared with ${viewer.name} as viewer.`).waitFor();
  await people(owner).locator(`li[data-person="${viewer.email}"]`).waitFor();

  // The viewer's list: the scenario under "Shared with me", by whom, and no rename or delete.
  const list = await browser.open('/scenarios?whose=shared', undefined, [], { sessionCookie: viewerCookie });
  const row = list.locator(`tr[data-scenario-id="${scenarioId}"]`);
  await row.waitFor();
  expect(await row.textContent()).toContain('Shared by Test Admin · you can view');
  expect(await row.getByRole('button', { name: /Delete|Rename/ }).count()).toBe(0);
  expect(await row.getByRole('button', { name: /Duplicate/ }).count()).toBe(1);
  expect(await list.locator('tbody tr').count()).toBe(1);

  // The scenario's page: owner and access in words; no restore, no read-only links.
  const page = await openScenarioPage(viewerCookie);
  await page.getByText('Viewer: you can read and copy it').waitFor();
  expect(await page.getByRole('heading', { name: 'Read-only links' }).count()).toBe(0);
  expect(await people(page).getByRole('form').count()).toBe(0);
  expect(await page.getByRole('button', { name: /Restore version/ }).count()).toBe(0);
  await page.screenshot({ path: 'test-results/screenshots/scenario-shared-viewer.png', fullPage: true });

  // On the dashboard, saving makes a copy: the original stays as it was.
  const dashboard = await browser.open(`/?scenario=${scenarioId}`, undefined, [], { sessionCookie: viewerCookie });
  await waitUntilSettled(dashboard);
  expect(await dashboard.getByTestId('scenario-title').textContent()).toContain('shared by Test Admin (view only)');
  await dashboard.getByRole('button', { name: 'Save…' }).click();
  const dialog = dashboard.getByRole('dialog', { name: `Save a copy of “${scenarioName}”` });
  await dialog.getByText('Test Admin shared this scenario with you to view').waitFor();
  expect(await dialog.getByLabel('Name').inputValue()).toBe(`${scenarioName} (copy)`);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await dashboard.waitForFunction((id) => {
    const params = new URL(location.href).searchParams;
    return params.get('scenario') !== id && params.get('rev') === '1';
  }, scenarioId);
  expect(await dashboard.getByTestId('scenario-title').textContent()).toContain(`“${scenarioName} (copy)” · version 1`);
  await owner.reload();
  await owner.locator('[data-ready="true"]').waitFor();
  expect(await owner.locator('article[data-current="true"]').getAttribute('data-version')).toBe('1');
});

test('the owner makes the viewer an editor, then removes them; a stranger finds nothing', async () => {
  const owner = await openScenarioPage(adminCookie);
  await people(owner).getByLabel(`Role of ${viewer.name}`).selectOption('editor');
  await people(owner).getByText(`${viewer.name} is now editor.`).waitFor();
  const editor = await openScenarioPage(viewerCookie);
  await editor.getByText('Editor: you can save new versions').waitFor();

  await people(owner).getByRole('button', { name: `Stop sharing with ${viewer.name}` }).click();
  await people(owner).getByText(`No longer shared with ${viewer.name}.`).waitFor();
  expect(await people(owner).locator(`li[data-person="${viewer.email}"]`).count()).toBe(0);

  for (const cookie of [viewerCookie, strangerCookie]) {
    const page = await browser.open(`/scenarios/${scenarioId}`, undefined, [/HTTP 404: GET .*\/scenarios\//, /status of 404/], { sessionCookie: cookie });
    expect(await page.content()).not.toContain(scenarioName);
  }
});
