/**
 * The dashboard at `/` in headless Chromium against the production build, driven as
 * a user would (keyboard, clicks, selects) and checked through the DOM contract.
 * Labels come from model.describe, so the tests follow the model's wording.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Assumptions } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';
import { HANOI_FIVE } from '@/server/model/resolutions';
import { saveScreenshot, useBrowser, type Viewport } from './browser';
import { assumptionLabel, canonical, fetchDescription, outlookValue, shownInput, waitForShown, waitUntilSettled, type ShownInput } from './dashboard-page';

const browser = useBrowser();
let description: ModelDescription;
let statusQuo: ShownInput;

beforeAll(async () => {
  description = await fetchDescription(browser.baseUrl);
  statusQuo = { assumptions: description.statusQuo, horizonMonths: description.defaults.horizonMonths };
});

async function openDashboard(pathname = '/', viewport?: Viewport): Promise<Page> {
  const page = await browser.open(pathname, viewport);
  await waitUntilSettled(page);
  return page;
}

const withAssumptions = (changes: Partial<Assumptions>, horizonMonths = statusQuo.horizonMonths): ShownInput => ({
  assumptions: { ...statusQuo.assumptions, ...changes },
  horizonMonths,
});

async function expectOne(locator: Locator, what: string): Promise<void> {
  expect(await locator.count(), what).toBe(1);
}

async function expectControlsNamed(page: Page, when: string): Promise<void> {
  const aside = page.getByRole('complementary', { name: 'Assumptions', exact: true });
  for (const group of description.groups) await expectOne(aside.getByRole('group', { name: group.label, exact: true }), `group "${group.label}" ${when}`);
  for (const a of description.assumptions) {
    const domain = a.domain as { kind: string; options?: unknown[] };
    const what = `"${a.label}" ${when}`;
    if (domain.kind === 'percent') await expectOne(aside.getByRole('slider', { name: a.label, exact: true }), `slider ${what}`);
    if (domain.kind === 'boolean') await expectOne(aside.getByRole('switch', { name: a.label, exact: true }), `switch ${what}`);
    if (domain.kind === 'enum') {
      const radios = aside.getByRole('radiogroup', { name: a.label, exact: true });
      await expectOne(radios, `radiogroup ${what}`);
      for (const option of domain.options as { label: string }[]) await expectOne(radios.getByRole('radio', { name: option.label, exact: true }), `radio "${option.label}" in ${what}`);
    }
    if (domain.kind === 'resolutions') {
      const group = aside.getByRole('group', { name: 'UN sanctions lifted', exact: true });
      await expectOne(group, `group "UN sanctions lifted" ${when}`);
      for (const r of description.resolutions) await expectOne(group.getByRole('checkbox', { name: `Resolution ${r.number} (${r.adopted})`, exact: true }), `checkbox for ${r.number} ${when}`);
      for (const name of ['None', 'The Hanoi five', 'All']) await expectOne(group.getByRole('button', { name, exact: true }), `button "${name}" ${when}`);
    }
    await expectOne(aside.getByRole('button', { name: `Help: ${a.label}`, exact: true }), `help for ${what}`);
    await expectOne(aside.getByRole('button', { name: `Reset ${a.label} to status quo`, exact: true }), `reset for ${what}`);
  }
  await expectOne(page.getByRole('button', { name: 'Reset all to status quo', exact: true }), `"Reset all to status quo" ${when}`);
  for (const name of ['Horizon', 'Preset', 'Outlook for tornado and attribution']) await expectOne(page.getByRole('combobox', { name, exact: true }), `select "${name}" ${when}`);
}

const query = (page: Page) => new URL(page.url()).searchParams;

describe('the dashboard at /', () => {
  test('first load shows the status quo, every outlook scored, and a clean URL', async () => {
    const page = await browser.open('/');
    expect(await waitUntilSettled(page)).toBe(canonical(statusQuo));
    expect(new URL(page.url()).search).toBe('');
    const outlooks = page.getByRole('region', { name: 'Outlooks' });
    for (const outlook of description.outlooks) {
      await expectOne(outlooks.getByRole('article').filter({ has: page.getByRole('heading', { name: outlook.label, exact: true }) }), `scorecard "${outlook.label}"`);
      for (const part of ['value', 'change', 'reading']) {
        expect((await outlooks.getByTestId(`outlook-${part}-${outlook.id}`).innerText()).trim(), `${part} of ${outlook.id}`).not.toBe('');
      }
    }
  });

  test('the exercise slider moves with the keyboard and the ICBM outlook follows', async () => {
    const page = await openDashboard();
    const label = assumptionLabel(description, 'exerciseScale');
    const start = statusQuo.assumptions.exerciseScale;
    const icbmAtStatusQuo = await outlookValue(page, 'icbmLaunch');

    await page.getByRole('slider', { name: label, exact: true }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await waitForShown(page, withAssumptions({ exerciseScale: start + 3 }));
    expect((await shownInput(page)).assumptions.exerciseScale).toBe(start + 3);
    // The address bar follows once the scenario has been still for a moment.
    await expect.poll(() => query(page).get('exerciseScale')).toBe(String(start + 3));

    await page.keyboard.press('End');
    await waitForShown(page, withAssumptions({ exerciseScale: 100 }));
    expect(await outlookValue(page, 'icbmLaunch')).not.toBe(icbmAtStatusQuo);

    // The per-control reset brings the status quo back, and is disabled once there.
    const reset = page.getByRole('button', { name: `Reset ${label} to status quo`, exact: true });
    expect(await reset.isEnabled()).toBe(true);
    await reset.click();
    await waitForShown(page, statusQuo);
    expect(await outlookValue(page, 'icbmLaunch')).toBe(icbmAtStatusQuo);
    expect(await reset.isDisabled()).toBe(true);
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  test('"The Hanoi five" lifts five resolutions and moves the interim-deal outlook', async () => {
    const page = await openDashboard();
    const dealAtStatusQuo = await outlookValue(page, 'interimDeal');
    await page.getByRole('button', { name: 'The Hanoi five', exact: true }).click();
    await waitForShown(page, withAssumptions({ sanctionsLifted: [...HANOI_FIVE] }));
    expect(await outlookValue(page, 'interimDeal')).not.toBe(dealAtStatusQuo);

    const sanctions = page.getByRole('group', { name: 'UN sanctions lifted', exact: true });
    for (const resolution of description.resolutions) {
      const box = sanctions.getByRole('checkbox', { name: `Resolution ${resolution.number} (${resolution.adopted})`, exact: true });
      expect(await box.isChecked(), `Resolution ${resolution.number}`).toBe(HANOI_FIVE.some((n) => n === resolution.number));
    }
    await expect.poll(() => query(page).get('sanctionsLifted')?.split(',').map(Number).sort()).toEqual([...HANOI_FIVE].sort());

    await sanctions.getByRole('button', { name: 'None', exact: true }).click();
    await waitForShown(page, statusQuo);
  });

  test('each preset applies, is named in the URL, and updates the scorecards', async () => {
    const page = await openDashboard();
    const select = page.getByRole('combobox', { name: 'Preset', exact: true });
    const optionLabels = (await select.locator('option').allInnerTexts()).map((text) => text.trim());
    for (const preset of description.presets) expect(optionLabels, `an option for "${preset.name}"`).toContain(preset.name);

    // Presets equal to the status quo (what is on screen) go last, so every step must change the input.
    const isStatusQuo = (p: ModelDescription['presets'][number]) => canonical(withAssumptions(p.assumptions)) === canonical(statusQuo);
    const ordered = [...description.presets.filter((p) => !isStatusQuo(p)), ...description.presets.filter(isStatusQuo)];
    let previous = canonical(statusQuo);
    for (const preset of ordered) {
      await select.selectOption({ label: preset.name });
      const expected = withAssumptions(preset.assumptions);
      await waitForShown(page, expected);
      const now = canonical(await shownInput(page));
      if (canonical(expected) !== previous) expect(now, `shown input after "${preset.name}"`).not.toBe(previous);
      // The URL holds only what differs from the status quo: the status-quo preset leaves it empty.
      if (isStatusQuo(preset)) await expect.poll(() => new URL(page.url()).search, { message: `URL after "${preset.name}"` }).toBe('');
      else await expect.poll(() => query(page).get('preset'), { message: `URL after "${preset.name}"` }).toBe(preset.id);
      expect(await page.getByText('(modified)').count(), `"(modified)" right after applying "${preset.name}"`).toBe(0);
      previous = now;
    }

    // Moving a control away from the chosen preset marks it modified.
    await page.getByRole('slider', { name: assumptionLabel(description, 'exerciseScale'), exact: true }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.getByText('(modified)').first().waitFor();
  });

  test('a copied URL reopens the same state', async () => {
    const page = await openDashboard();
    const preset = description.presets.find((p) => p.id === 'freezeForRelief');
    if (!preset) throw new Error('model.describe has no "freezeForRelief" preset');
    await page.getByRole('combobox', { name: 'Preset', exact: true }).selectOption({ label: preset.name });
    await page.getByRole('combobox', { name: 'Horizon', exact: true }).selectOption('18');
    await page.getByRole('slider', { name: assumptionLabel(description, 'exerciseScale'), exact: true }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    // Not the default outlook (icbmLaunch), which the URL leaves out.
    const deal = description.outlooks.find((o) => o.id === 'interimDeal');
    if (!deal) throw new Error('model.describe has no "interimDeal" outlook');
    await page.getByRole('combobox', { name: 'Outlook for tornado and attribution', exact: true }).selectOption({ label: deal.label });
    const expected: ShownInput = { assumptions: { ...preset.assumptions, exerciseScale: preset.assumptions.exerciseScale - 2 }, horizonMonths: 18 };
    await waitForShown(page, expected);
    await expect.poll(() => Object.fromEntries(query(page))).toMatchObject({
      preset: preset.id, horizon: '18', outlook: 'interimDeal', exerciseScale: String(expected.assumptions.exerciseScale),
    });
    const url = page.url();

    const shown = await waitUntilSettled(page);
    const values = await Promise.all(description.outlooks.map((o) => outlookValue(page, o.id)));
    const reopened = await browser.open(url);
    expect(await waitUntilSettled(reopened)).toBe(shown);
    expect(await Promise.all(description.outlooks.map((o) => outlookValue(reopened, o.id)))).toEqual(values);
    expect(await reopened.getByRole('combobox', { name: 'Outlook for tornado and attribution', exact: true }).inputValue()).toBe(
      await page.getByRole('combobox', { name: 'Outlook for tornado and attribution', exact: true }).inputValue(),
    );
    await reopened.getByText('(modified)').first().waitFor();
  });

  test('every panel opens a data table with rows', async () => {
    const page = await openDashboard();
    const toggles = page.getByRole('button', { name: 'Show data table', exact: true });
    // The charts load after the scorecards (a separate chunk): wait for the last panel.
    await expect.poll(() => toggles.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(7);
    const count = await toggles.count();
    expect(count, 'one "Show data table" per chart panel (seven in the contract)').toBeGreaterThanOrEqual(7);
    // Sections are found by their heading id first: a toggle's name changes once opened.
    const sectionIds = await toggles.evaluateAll((buttons) => buttons.map((b) => b.closest('section')?.getAttribute('aria-labelledby') ?? ''));
    expect(sectionIds.filter((id) => id === ''), 'every toggle sits in a section labelled by its heading').toEqual([]);
    for (const id of sectionIds) {
      const section = page.locator(`section[aria-labelledby="${id}"]`);
      const title = (await section.locator(`[id="${id}"]`).innerText()).trim();
      await section.getByRole('button', { name: 'Show data table', exact: true }).click();
      const toggle = section.getByRole('button', { name: 'Hide data table', exact: true });
      expect(await toggle.getAttribute('aria-expanded'), `${title}: aria-expanded`).toBe('true');
      const table = section.getByRole('table');
      await table.waitFor();
      expect((await table.locator('caption').innerText()).trim(), `${title}: caption`).toBe(title);
      await expect.poll(() => table.locator('tbody tr').count(), { message: `${title}: rows`, timeout: 15_000 }).toBeGreaterThan(0);
    }
  });

  test('a malformed URL shows a notice and the status quo', async () => {
    const page = await browser.open('/?exerciseScale=banana&horizon=99');
    await waitForShown(page, statusQuo);
    await page.getByRole('status').filter({ hasText: 'could not be read' }).first().waitFor();
  });

  test('a failed forecast shows an alert whose Retry recovers', async () => {
    // The failure is provoked, so its traces are expected (and must appear): the
    // 500 answer and Chromium's console line about it.
    const page = await browser.open('/', undefined, [/HTTP 500: GET .*forecast\.run/, /console error .*status of 500/]);
    await waitUntilSettled(page);
    await page.route('**/api/trpc/forecast.run*', (route) => route.fulfill({
      status: 500, contentType: 'application/json',
      body: JSON.stringify({ error: { message: 'Injected by the test', code: -32603, data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, zodError: null } } }),
    }));
    await page.getByRole('button', { name: 'The Hanoi five', exact: true }).click();
    const alert = page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Retry' }) });
    await alert.waitFor({ timeout: 30_000 });
    expect((await alert.innerText()).trim().length).toBeGreaterThan('Retry'.length);
    await page.unroute('**/api/trpc/forecast.run*');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForShown(page, withAssumptions({ sanctionsLifted: [...HANOI_FIVE] }));
    expect(await alert.count()).toBe(0);
  });
});

describe('keyboard and accessible names', () => {
  test('Tab reaches the first control of the assumptions', async () => {
    const page = await openDashboard();
    const firstControl = page.locator('aside[aria-label="Assumptions"]').locator('input, select, button, textarea, a[href], [tabindex="0"]').first();
    await firstControl.evaluate((el) => el.setAttribute('data-e2e-first', ''));
    for (let presses = 1; presses <= 20; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-e2e-first') ?? false)) return;
    }
    throw new Error('20 presses of Tab did not reach the first control of the assumptions');
  });

  test('every control is named by its label from model.describe, at the status quo and when modified', async () => {
    const page = await openDashboard();
    await expectControlsNamed(page, 'at the status quo');
    const horizons = await page.getByRole('combobox', { name: 'Horizon', exact: true }).locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(horizons.map(Number)).toEqual([3, 6, 12, 18, 24, 36]);
    // A preset that moves seven assumptions: a "modified" marker must not change a control's name.
    const preset = description.presets.find((p) => p.id === 'hanoiAccepted');
    if (!preset) throw new Error('model.describe has no "hanoiAccepted" preset');
    await page.getByRole('combobox', { name: 'Preset', exact: true }).selectOption({ label: preset.name });
    await waitForShown(page, withAssumptions(preset.assumptions));
    await expectControlsNamed(page, `after "${preset.name}"`);

    // And nothing interactive anywhere on the page goes unnamed (Chromium's own accessibility tree).
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const interactive = new Set(['button', 'checkbox', 'combobox', 'link', 'listbox', 'radio', 'radiogroup', 'slider', 'spinbutton', 'switch', 'textbox', 'menuitem', 'tab']);
    const unnamed = nodes
      .filter((n) => !n.ignored && interactive.has(String(n.role?.value)) && !String(n.name?.value ?? '').trim())
      .map((n) => `${String(n.role?.value)} (backend node ${n.backendDOMNodeId})`);
    expect(unnamed, 'interactive elements without an accessible name').toEqual([]);
  });

  test('a help button opens a dialog that links to the methodology', async () => {
    const page = await openDashboard();
    const label = assumptionLabel(description, 'exerciseScale');
    await page.getByRole('button', { name: `Help: ${label}`, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: label, exact: true });
    await dialog.waitFor();
    const link = dialog.getByRole('link', { name: 'Methodology', exact: true });
    expect(await link.getAttribute('href')).toMatch(/\/methodology#exerciseScale$/);
    await link.click();
    await page.waitForURL(/\/methodology#exerciseScale$/);
    await page.getByRole('heading', { level: 1, name: 'Methodology', exact: true }).waitFor();
  });
});

describe('screenshots (test-results/screenshots/)', () => {
  test.each([
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ])('/ at $width×$height, full page, without horizontal scrolling', async (viewport) => {
    const page = await openDashboard('/', viewport);
    // The tornado's sensitivity query may still be loading after the scorecards settle.
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'pixels of horizontal overflow').toBeLessThanOrEqual(0);
    await saveScreenshot(page, `dashboard-${viewport.width}x${viewport.height}`);
  });
});
