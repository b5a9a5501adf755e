/**
 * The saved-scenario pages (/scenarios and /scenarios/[id]) in headless Chromium
 * against the production build. Test data is created over HTTP with names unique
 * to this run (other test files add scenarios to the same database at the same
 * time), so every test searches for its own scenarios and never counts the list.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { STATUS_QUO, type Assumptions } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';
import type { Scenario, ScenarioSummary, ScenarioVersion } from '@/server/scenarios/schema';
import { saveScreenshot, useBrowser } from './browser';
import { fetchDescription } from './dashboard-page';

const browser = useBrowser();
const RUN = Math.random().toString(36).slice(2, 8);
let description: ModelDescription;

beforeAll(async () => {
  description = await fetchDescription(browser.baseUrl);
});

const label = (id: keyof Assumptions) => description.assumptions.find((a) => a.id === id)!.label;

// ---- The API, as a second user (or another tab) would use it ----

async function mutate<T>(path: string, input: unknown): Promise<T> {
  const res = await fetch(`${browser.baseUrl}/api/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: browser.baseUrl },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { result?: { data: T }; error?: unknown };
  if (!res.ok || !body.result) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(body)}`);
  return body.result.data;
}

async function get<T>(path: string, input: unknown): Promise<T> {
  const res = await fetch(`${browser.baseUrl}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  const body = (await res.json()) as { result?: { data: T } };
  if (!res.ok || !body.result) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(body)}`);
  return body.result.data;
}

function createScenario(name: string, changes: Partial<{ description: string; tags: string[]; assumptions: Assumptions; horizonMonths: number }> = {}) {
  return mutate<Scenario>('scenarios.create', {
    name,
    description: `Created by the browser tests (run ${RUN}).`,
    tags: ['e2e'],
    assumptions: { ...STATUS_QUO, sanctionsLifted: [] },
    horizonMonths: 12,
    ...changes,
  });
}

const listNamed = (search: string) => get<ScenarioSummary[]>('scenarios.list', { search });

// ---- The page ----

/** Opens a scenario page and waits until it has hydrated (its buttons work). */
async function open(pathname: string, expected?: RegExp[]): Promise<Page> {
  const page = await browser.open(pathname, undefined, expected);
  await page.locator('[data-ready="true"]').waitFor();
  return page;
}

const openList = (search: string, expected?: RegExp[]) => open(`/scenarios?q=${encodeURIComponent(search)}`, expected);

/** The row of a saved scenario, found by its exact name. */
const rowOf = (page: Page, name: string): Locator =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader').getByText(name, { exact: true }) });

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const alert = (page: Page, text: string | RegExp) => page.getByRole('alert').filter({ hasText: text });

async function searchFor(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search', exact: true }).fill(text);
  await page.waitForURL((url) => url.searchParams.get('q') === text);
}

describe('the list at /scenarios', () => {
  test('finds a scenario by search, tag and sort, with the filters kept in the URL', async () => {
    const word = `zq${RUN}`;
    const tag = `t-${RUN}`;
    const alpha = await createScenario(`Alpha ${RUN}`, { description: `Mentions ${word} once.`, tags: ['e2e', tag] });
    const beta = await createScenario(`Beta ${RUN}`, { tags: [tag] });
    const page = await open('/scenarios');
    await rowOf(page, 'Hanoi ask accepted').waitFor();

    await searchFor(page, word);
    await rowOf(page, alpha.name).waitFor();
    await rowOf(page, 'Hanoi ask accepted').waitFor({ state: 'detached' });
    expect(await rowOf(page, beta.name).count(), 'the search reads descriptions, not only names').toBe(0);
    await status(page, `1 scenario matching “${word}”`).waitFor();

    // The URL is the state: a reload shows the same list, from the server's first paint.
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search', exact: true }).inputValue()).toBe(word);
    await rowOf(page, alpha.name).waitFor();

    // Nothing matches: an empty state that offers the way back.
    await searchFor(page, `nothing-${RUN}`);
    await page.getByRole('heading', { name: `No saved scenarios matching “nothing-${RUN}”` }).waitFor();
    await page.getByRole('button', { name: 'Clear search and tag' }).click();
    await rowOf(page, 'Hanoi ask accepted').waitFor();

    await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption(tag);
    await page.waitForURL((url) => url.searchParams.get('tag') === tag);
    await rowOf(page, beta.name).waitFor();
    await rowOf(page, 'Hanoi ask accepted').waitFor({ state: 'detached' });
    const names = () => page.getByRole('rowheader').getByRole('link').allInnerTexts();

    await page.getByRole('combobox', { name: 'Sort by', exact: true }).selectOption({ label: 'Name, A to Z' });
    await expect.poll(names).toEqual([alpha.name, beta.name]);
    await page.getByRole('combobox', { name: 'Sort by', exact: true }).selectOption({ label: 'Name, Z to A' });
    await expect.poll(names).toEqual([beta.name, alpha.name]);
    const url = new URL(page.url());
    expect([url.searchParams.get('sort'), url.searchParams.get('dir')]).toEqual(['name', 'desc']);
    expect(await page.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('descending');
  });

  test('rename in place, from the keyboard: the schema’s message for an empty name, then a new version', async () => {
    const scenario = await createScenario(`Rename me ${RUN}`);
    // Searched by the run (in every description), so the row stays listed under its new name.
    const page = await openList(RUN);
    const row = rowOf(page, scenario.name);
    const renameButton = page.getByRole('button', { name: `Rename “${scenario.name}”`, exact: true });

    // Escape cancels without a change.
    await renameButton.focus();
    await page.keyboard.press('Enter');
    const input = page.getByRole('textbox', { name: `New name for “${scenario.name}”`, exact: true });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(' (draft)');
    await page.keyboard.press('Escape');
    await input.waitFor({ state: 'detached' });
    await expect.poll(() => renameButton.evaluate((el) => el === document.activeElement), { message: 'focus back on Rename' }).toBe(true);

    await page.keyboard.press('Enter');
    await input.fill('   ');
    await page.keyboard.press('Enter');
    await alert(page, 'Name must not be empty').waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');

    const newName = `Renamed ${RUN}`;
    await input.fill(newName);
    await page.keyboard.press('Enter');
    await status(page, `Renamed “${scenario.name}” to “${newName}”.`).waitFor();
    const renamedRow = rowOf(page, newName);
    await renamedRow.waitFor();
    // Cells: selection, tags, horizon, date, version (the name is the row header).
    expect(await renamedRow.getByRole('cell').nth(4).innerText()).toBe('2');
    expect(await row.count()).toBe(0);
    const stored = await get<{ scenario: Scenario }>('scenarios.get', { id: scenario.id });
    expect([stored.scenario.name, stored.scenario.version]).toEqual([newName, 2]);
  });

  test('a rename from an out-of-date version shows the conflict and Reload; nothing is overwritten', async () => {
    const scenario = await createScenario(`Contested ${RUN}`);
    // The 409 is provoked: its HTTP answer and Chromium's console line about it must show.
    const page = await openList(RUN, [/HTTP 409: POST .*scenarios\.rename/, /console error .*status of 409/]);
    await page.getByRole('button', { name: `Rename “${scenario.name}”`, exact: true }).click();

    const elsewhere = `Renamed elsewhere ${RUN}`;
    await mutate('scenarios.rename', { id: scenario.id, baseVersion: 1, name: elsewhere });

    // Its label names the scenario as listed, which changes on Reload.
    const input = page.getByRole('textbox', { name: /^New name for / });
    await input.fill(`Mine ${RUN}`);
    await page.getByRole('button', { name: 'Save name', exact: true }).click();
    const conflict = alert(page, 'saved elsewhere');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('the latest is version 2');
    expect((await get<{ scenario: Scenario }>('scenarios.get', { id: scenario.id })).scenario.name, 'the other save stands').toBe(elsewhere);

    await conflict.getByRole('button', { name: 'Reload', exact: true }).click();
    await status(page, `Reloaded: the latest is version 2, named “${elsewhere}”.`).waitFor();
    expect(await input.inputValue(), 'the typed name is kept').toBe(`Mine ${RUN}`);

    // Now knowingly renaming the latest version succeeds.
    await page.getByRole('button', { name: 'Save name', exact: true }).click();
    await rowOf(page, `Mine ${RUN}`).waitFor();
    const versions = await get<ScenarioVersion[]>('scenarios.versions', { id: scenario.id });
    expect(versions.map((v) => [v.version, v.name])).toEqual([[3, `Mine ${RUN}`], [2, elsewhere], [1, scenario.name]]);
  });

  test('duplicate adds a copy', async () => {
    const scenario = await createScenario(`Original ${RUN}`);
    const page = await openList(scenario.name);
    await page.getByRole('button', { name: `Duplicate “${scenario.name}”`, exact: true }).click();
    await status(page, `Duplicated “${scenario.name}” as “${scenario.name} (copy)”.`).waitFor();
    await rowOf(page, `${scenario.name} (copy)`).waitFor();
    await rowOf(page, scenario.name).waitFor();
    expect((await listNamed(scenario.name)).map((s) => s.name).sort()).toEqual([scenario.name, `${scenario.name} (copy)`]);
  });

  test('delete, then Undo, brings the scenario back', async () => {
    const scenario = await createScenario(`Undo me ${RUN}`);
    const page = await openList(scenario.name);
    await page.getByRole('button', { name: `Delete “${scenario.name}”`, exact: true }).click();
    await rowOf(page, scenario.name).waitFor({ state: 'detached' });
    const deleted = status(page, `Deleted “${scenario.name}”.`);
    await deleted.waitFor();
    expect(await listNamed(scenario.name)).toEqual([]);

    const undo = deleted.getByRole('button', { name: 'Undo', exact: true });
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement), { message: 'focus on Undo' }).toBe(true);
    await page.keyboard.press('Enter');
    await status(page, `Restored “${scenario.name}”.`).waitFor();
    await rowOf(page, scenario.name).waitFor();
    expect((await listNamed(scenario.name)).map((s) => s.id)).toEqual([scenario.id]);
  });

  test('delete, then Restore from Recently deleted', async () => {
    const scenario = await createScenario(`Deleted then restored ${RUN}`);
    const page = await openList(scenario.name);
    await page.getByRole('button', { name: `Delete “${scenario.name}”`, exact: true }).click();
    await status(page, `Deleted “${scenario.name}”.`).waitFor();

    const deletedView = page.getByRole('button', { name: 'Recently deleted', exact: true });
    await deletedView.click();
    expect(await deletedView.getAttribute('aria-pressed')).toBe('true');
    await page.waitForURL((url) => url.searchParams.get('view') === 'deleted');
    const row = rowOf(page, scenario.name);
    await row.waitFor();
    await row.getByRole('button', { name: `Restore “${scenario.name}”`, exact: true }).click();
    await status(page, `Restored “${scenario.name}”.`).waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: `No deleted scenarios matching “${scenario.name}”` }).waitFor();

    await page.getByRole('button', { name: 'Saved', exact: true }).click();
    await rowOf(page, scenario.name).getByRole('link', { name: scenario.name, exact: true }).waitFor();
    expect(await rowOf(page, scenario.name).getByRole('link', { name: scenario.name, exact: true }).getAttribute('href')).toBe(`/?scenario=${scenario.id}`);
  });

  test('export selected downloads a scenario file that imports back; Export all names the file by date', async () => {
    const tag = `x-${RUN}`;
    const first = await createScenario(`Exported one ${RUN}`, { tags: [tag] });
    const second = await createScenario(`Exported two ${RUN}`, { tags: [tag], assumptions: { ...STATUS_QUO, sanctionsLifted: [2270], channel: 'leaderSummit' } });
    const page = await openList('Exported');
    await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption(tag);
    await page.getByRole('checkbox', { name: 'Select all scenarios shown', exact: true }).check();
    await page.getByRole('group', { name: 'Selected scenarios' }).getByText('2 scenarios selected').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export selected', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^peninsula-outlook-scenarios-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; formatVersion: number; scenarios: { name: string; assumptions: Assumptions }[] };
    expect([exported.format, exported.formatVersion]).toEqual(['peninsula-outlook/scenarios', 1]);
    expect(exported.scenarios.map((s) => s.name).sort()).toEqual([first.name, second.name]);
    expect(exported.scenarios.find((s) => s.name === second.name)?.assumptions.channel).toBe('leaderSummit');
    await status(page, `Exported 2 scenarios to ${download.suggestedFilename()}.`).waitFor();

    await page.locator('input[type="file"]').setInputFiles(file);
    await status(page, `Imported 2 scenarios: “${exported.scenarios[0]!.name}” and “${exported.scenarios[1]!.name}”.`).waitFor();
    await expect.poll(() => rowOf(page, first.name).count(), { message: 'the original and its imported twin' }).toBe(2);
    await expect.poll(() => rowOf(page, second.name).count()).toBe(2);

    const [all] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all', exact: true }).click()]);
    expect(all.suggestedFilename()).toBe(download.suggestedFilename());
    const everything = JSON.parse(await readFile(await all.path(), 'utf8')) as { scenarios: { name: string }[] };
    const names = everything.scenarios.map((s) => s.name);
    expect(names).toContain('Hanoi ask accepted');
    expect(names.filter((n) => n === first.name)).toHaveLength(2);
  });

  test('an import that is not JSON, or has invalid scenarios, imports nothing and says why, item by item', async () => {
    // The invalid file reaches the server, which refuses it: that 400 is expected.
    const page = await open('/scenarios', [/HTTP 400: POST .*scenarios\.import/, /console error .*status of 400/]);
    const fileInput = page.locator('input[type="file"]');

    await fileInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
    const notJson = alert(page, 'Nothing was imported from “notes.json”.');
    await notJson.waitFor();
    expect(await notJson.innerText()).toContain('“notes.json” is not valid JSON');

    const good = `Would be imported ${RUN}`;
    const bad = `Bad channel ${RUN}`;
    const file = {
      format: 'peninsula-outlook/scenarios',
      formatVersion: 1,
      scenarios: [
        { name: good, assumptions: STATUS_QUO, horizonMonths: 12 },
        { name: bad, assumptions: { ...STATUS_QUO, channel: 'carrierPigeon' }, horizonMonths: 99 },
      ],
    };
    await fileInput.setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const refused = alert(page, 'Nothing was imported from “team.json”.');
    await refused.waitFor();
    const problems = await refused.getByRole('listitem').allInnerTexts();
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^Scenario 2 \\(“${bad}”\\), assumption “${label('channel')}”: Invalid option`)));
    expect(problems).toContainEqual(`Scenario 2 (“${bad}”), horizon: horizonMonths must be at most 36`);
    expect(await listNamed(good), 'all or nothing: the valid scenario was not imported either').toEqual([]);
  });

  test('Compare is enabled for two to four selected, and opens /compare with their ids', async () => {
    const tag = `c-${RUN}`;
    const made = [];
    for (let i = 1; i <= 5; i++) made.push(await createScenario(`Compare ${i} ${RUN}`, { tags: [tag] }));
    const page = await openList(`Compare`);
    await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption(tag);
    await rowOf(page, made[4]!.name).waitFor();
    const compare = page.getByRole('button', { name: 'Compare', exact: true });
    expect(await compare.isDisabled()).toBe(true);

    await page.getByRole('checkbox', { name: 'Select all scenarios shown', exact: true }).check();
    await page.getByText('Compare takes at most 4 scenarios.').waitFor();
    expect(await compare.isDisabled(), 'five selected').toBe(true);
    await page.getByRole('button', { name: 'Clear selection', exact: true }).click();

    const [a, b] = [made[2]!, made[0]!];
    await page.getByRole('checkbox', { name: `Select “${a.name}”`, exact: true }).check();
    expect(await compare.isDisabled(), 'one selected').toBe(true);
    await page.getByRole('checkbox', { name: `Select “${b.name}”`, exact: true }).check();
    expect(await compare.isEnabled(), 'two selected').toBe(true);

    // /compare is another page's business: this test only follows the link there.
    await page.route(/\/compare\?/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Compare</title><p>Compare</p>' }));
    await compare.click();
    await page.waitForURL(/\/compare\?/);
    expect(new URL(page.url()).searchParams.get('ids')).toBe(`${a.id},${b.id}`);
  });

  test('a failed load shows an alert in place whose Retry recovers', async () => {
    const scenario = await createScenario(`Retry ${RUN}`);
    // The failure is injected, so its traces are expected (and must appear).
    const page = await open('/scenarios', [/HTTP 500: GET .*scenarios\.list/, /console error .*status of 500/]);
    await page.route(/\/api\/trpc\/[^?]*scenarios\.list/, (route) => route.fulfill({
      status: 500, contentType: 'application/json',
      body: JSON.stringify([{ error: { message: 'Injected by the test', code: -32603, data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, zodError: null } } }]),
    }));
    await page.getByRole('searchbox', { name: 'Search', exact: true }).fill(scenario.name);
    const failed = alert(page, 'Could not load the scenarios: Injected by the test');
    // The client retries a failed query three times before it gives up.
    await failed.waitFor({ timeout: 30_000 });
    await page.unroute(/\/api\/trpc\/[^?]*scenarios\.list/);
    await failed.getByRole('button', { name: 'Retry', exact: true }).click();
    await rowOf(page, scenario.name).waitFor();
    expect(await failed.count()).toBe(0);
  });

  test('every control has a name; the list is a table with headers; the header links the other pages', async () => {
    const page = await open('/scenarios');
    await saveScreenshot(page, 'scenarios-list');
    await page.getByRole('heading', { level: 1, name: 'Saved scenarios', exact: true }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Dashboard', exact: true }).getAttribute('href')).toBe('/');
    expect(await nav.getByRole('link', { name: 'Methodology', exact: true }).getAttribute('href')).toBe('/methodology');
    for (const name of ['Name', 'Tags', 'Horizon', 'Updated', 'Version']) await page.getByRole('columnheader', { name, exact: true }).waitFor();
    const row = rowOf(page, 'Hanoi ask accepted');
    for (const name of ['Open “Hanoi ask accepted” on the dashboard', 'Version history of “Hanoi ask accepted”']) await row.getByRole('link', { name, exact: true }).waitFor();
    for (const action of ['Rename', 'Duplicate', 'Delete']) await row.getByRole('button', { name: `${action} “Hanoi ask accepted”`, exact: true }).waitFor();
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('main :is(a[href], button, input, select, textarea)')]
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'hidden'))
        .filter((el) => {
          const labelled = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.length;
          return !labelled && !el.textContent?.trim();
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unnamed, 'controls without an accessible name').toEqual([]);
  });
});

describe('the version history at /scenarios/[id]', () => {
  test('shows what changed between versions, in words, and restores an old version as a new one', async () => {
    const original = await createScenario(`History ${RUN}`, { tags: ['e2e'] });
    const revisedName = `History ${RUN} (revised)`;
    await mutate('scenarios.save', {
      id: original.id,
      baseVersion: 1,
      name: revisedName,
      description: original.description,
      tags: ['e2e', 'revised'],
      assumptions: { ...STATUS_QUO, exerciseScale: 20, channel: 'leaderSummit' },
      horizonMonths: 18,
    });

    const page = await open(`/scenarios/${original.id}`);
    await page.getByRole('heading', { level: 1, name: revisedName, exact: true }).waitFor();
    const version = (n: number) => page.getByRole('article', { name: `Version ${n}`, exact: true });
    const change = (n: number, field: string) => version(n).locator(`li[data-field="${field}"]`);
    expect(await version(2).getByText('Current', { exact: true }).count()).toBe(1);
    expect(await change(2, 'exerciseScale').innerText()).toMatch(new RegExp(`^${label('exerciseScale')}: 60 of 100\\s*→?\\s*changed to\\s*20 of 100$`));
    expect(await change(2, 'horizonMonths').innerText()).toContain('12 months');
    expect(await change(2, 'name').innerText()).toContain(`“${revisedName}”`);
    expect(await change(2, 'tags').innerText()).toContain('e2e, revised');
    expect(await version(1).getByText('The first version kept.').count()).toBe(1);
    const exercise = page.locator('[data-assumption="exerciseScale"]');
    expect(await exercise.innerText()).toContain('20 of 100');
    expect(await exercise.innerText()).toContain('Status quo: 60 of 100');
    expect(await page.getByRole('link', { name: 'Open on dashboard', exact: true }).getAttribute('href')).toBe(`/?scenario=${original.id}`);
    await saveScreenshot(page, 'scenario-history');

    await version(1).getByRole('button', { name: 'Restore version 1', exact: true }).click();
    await status(page, 'Restored version 1 as version 3.').waitFor();
    await page.getByRole('heading', { level: 1, name: original.name, exact: true }).waitFor();
    expect(await version(3).getByText('Current', { exact: true }).count()).toBe(1);
    expect(await version(3).innerText()).toContain('Restored version 1');
    expect(await change(3, 'exerciseScale').innerText()).toMatch(/20 of 100.*60 of 100/s);
    expect(await version(1).getByText('Same content as the current version.').count(), 'restoring it again would change nothing').toBe(1);
    expect(await version(2).getByRole('button', { name: 'Restore version 2', exact: true }).count()).toBe(1);

    const stored = await get<{ scenario: Scenario }>('scenarios.get', { id: original.id });
    expect([stored.scenario.version, stored.scenario.name, stored.scenario.horizonMonths, stored.scenario.assumptions.exerciseScale]).toEqual([3, original.name, 12, 60]);
    expect((await get<ScenarioVersion[]>('scenarios.versions', { id: original.id })).map((v) => v.version)).toEqual([3, 2, 1]);
  });

  test('a restore from an out-of-date page is refused with Reload; nothing is overwritten', async () => {
    const scenario = await createScenario(`Restore conflict ${RUN}`);
    const content = { name: scenario.name, description: scenario.description, tags: scenario.tags, horizonMonths: 12 };
    await mutate('scenarios.save', { id: scenario.id, baseVersion: 1, ...content, assumptions: { ...STATUS_QUO, usEngagement: 80 } });
    const page = await open(`/scenarios/${scenario.id}`, [/HTTP 409: POST .*scenarios\.restoreVersion/, /console error .*status of 409/]);
    await page.getByRole('article', { name: 'Version 2', exact: true }).waitFor();

    // Someone else saves version 3 while this page still shows version 2.
    await mutate('scenarios.save', { id: scenario.id, baseVersion: 2, ...content, assumptions: { ...STATUS_QUO, usEngagement: 10 } });
    await page.getByRole('button', { name: 'Restore version 1', exact: true }).click();
    const conflict = alert(page, 'Could not restore: This scenario has been saved elsewhere');
    await conflict.waitFor();
    expect((await get<{ scenario: Scenario }>('scenarios.get', { id: scenario.id })).scenario.version, 'nothing written').toBe(3);

    await conflict.getByRole('button', { name: 'Reload', exact: true }).click();
    const latest = page.getByRole('article', { name: 'Version 3', exact: true });
    await latest.getByText('Current', { exact: true }).waitFor();
    expect(await latest.locator('li[data-field="usEngagement"]').innerText()).toMatch(/80 of 100.*10 of 100/s);
    expect(await conflict.count()).toBe(0);
  });

  test('a link to a scenario that does not exist is a 404 page that says so', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    // The 404 is the point: its HTTP answer and Chromium's console line about it must show.
    const page = await browser.open(`/scenarios/${missing}`, undefined, [/HTTP 404: GET .*\/scenarios\/0{8}-/, /console error .*status of 404/]);
    await page.getByRole('heading', { level: 1, name: 'No such scenario', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Recently deleted', exact: true }).getAttribute('href')).toBe('/scenarios?view=deleted');
  });
});
