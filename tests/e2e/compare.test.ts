/**
 * /compare in headless Chromium against the production build. The scenarios are
 * created here over HTTP (the database is shared with other test files, so every
 * name is unique), and every number the page shows is checked against what
 * forecast.run answers over HTTP for the same scenario and horizon.
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixed1 } from '@/app/_dashboard/charts/format';
import { sameValue } from '@/app/_dashboard/scenario';
import type { Assumptions } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';
import type { OutlookId, OutlookUnit } from '@/server/model/outlooks';
import type { ForecastResult } from '@/server/model/schema';
import { saveScreenshot, useBrowser, type Viewport } from './browser';
import { fetchDescription } from './dashboard-page';

const browser = useBrowser();
const run = randomUUID().slice(0, 8);

interface Saved {
  id: string;
  name: string;
  assumptions: Assumptions;
  horizonMonths: number;
}

let description: ModelDescription;
/** Status quo; two assumptions changed; the Hanoi preset saved for 24 months; a fourth for the screenshots. */
let base: Saved;
let twoChanged: Saved;
let hanoi: Saved;
let fourth: Saved;

async function createScenario(label: string, assumptions: Assumptions, horizonMonths: number): Promise<Saved> {
  const name = `${label} (compare e2e ${run})`;
  const res = await fetch(`${browser.baseUrl}/api/trpc/scenarios.create`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: browser.baseUrl },
    body: JSON.stringify({ name, assumptions, horizonMonths }),
  });
  if (!res.ok) throw new Error(`scenarios.create answered ${res.status}: ${await res.text()}`);
  const { id } = ((await res.json()) as { result: { data: { id: string } } }).result.data;
  return { id, name, assumptions, horizonMonths };
}

const forecasts = new Map<string, Promise<ForecastResult>>();
/** forecast.run over HTTP, as a client other than the page would ask for it. */
function forecast(s: Saved, horizonMonths: number): Promise<ForecastResult> {
  const key = `${s.id}@${horizonMonths}`;
  if (!forecasts.has(key)) {
    const input = encodeURIComponent(JSON.stringify({ assumptions: s.assumptions, horizonMonths }));
    forecasts.set(key, fetch(`${browser.baseUrl}/api/trpc/forecast.run?input=${input}`).then(async (res) => {
      if (!res.ok) throw new Error(`forecast.run answered ${res.status}`);
      return ((await res.json()) as { result: { data: ForecastResult } }).result.data;
    }));
  }
  return forecasts.get(key)!;
}

beforeAll(async () => {
  description = await fetchDescription(browser.baseUrl);
  const preset = (id: string) => {
    const found = description.presets.find((p) => p.id === id);
    if (!found) throw new Error(`model.describe has no "${id}" preset`);
    return found.assumptions;
  };
  const statusQuo = description.statusQuo;
  [base, twoChanged, hanoi, fourth] = await Promise.all([
    createScenario('Baseline', statusQuo, 12),
    createScenario('Moratorium, smaller drills', { ...statusQuo, testMoratorium: 'codified', exerciseScale: 30 }, 12),
    createScenario('Hanoi accepted', preset('hanoiAccepted'), 24),
    createScenario('Freeze for relief', preset('freezeForRelief'), 12),
  ]);
});

const compareUrl = (...scenarios: Saved[]) => `/compare?ids=${scenarios.map((s) => s.id).join(',')}`;
const unitOf = (id: OutlookId): OutlookUnit => description.outlooks.find((o) => o.id === id)!.unit;
const labelOf = (id: string) => [...description.outlooks, ...description.assumptions].find((x) => x.id === id)!.label;

/** Waits until the page shows results for this horizon and pair, with nothing in flight. */
async function waitForShown(page: Page, horizonMonths: number, pair: [Saved, Saved]): Promise<void> {
  const difference = `${pair[0].id},${pair[1].id}@${horizonMonths}`;
  try {
    await page.waitForFunction(
      ({ horizon, key }) => {
        const main = document.querySelector('main[data-busy]');
        return main?.getAttribute('data-busy') === 'false' && main.getAttribute('data-shown-horizon') === horizon && main.getAttribute('data-shown-difference') === key;
      },
      { horizon: String(horizonMonths), key: difference },
      { timeout: 30_000 },
    );
  } catch (error) {
    const main = page.locator('main[data-busy]');
    const attrs = await main.evaluate((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')).catch(() => '(no main)');
    throw new Error(`the comparison did not show ${horizonMonths} months and ${difference}; main: ${attrs}`, { cause: error });
  }
}

async function openCompare(scenarios: Saved[], query = '', viewport?: Viewport): Promise<Page> {
  const page = await browser.open(`${compareUrl(...scenarios)}${query}`, viewport);
  await waitForShown(page, scenarios[0]!.horizonMonths, [scenarios[0]!, scenarios[1]!]);
  return page;
}

/** Opens a chart's data table and reads it: header cells, then body rows of cell texts. */
async function readTable(frame: Locator): Promise<{ columns: string[]; rows: string[][] }> {
  const toggle = frame.getByRole('button', { name: 'Show data table', exact: true });
  if (await toggle.count()) await toggle.click();
  const table = frame.getByRole('table');
  await table.waitFor();
  const columns = (await table.locator('thead th').allInnerTexts()).map((t) => t.trim());
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())));
  return { columns, rows };
}

const frame = (page: Page, id: string) => page.locator(`section[id="${id}"]`);
const differingRows = (page: Page) => page.locator('tr[data-differs="true"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-assumption')));
const differingIds = (a: Saved, b: Saved) => description.assumptions.filter((x) => !sameValue(a.assumptions[x.id], b.assumptions[x.id])).map((x) => x.id);

/** The difference table's assumption column: "Label: from → to" for each step (totals have none). */
async function attributedAssumptions(page: Page): Promise<string[]> {
  const { columns, rows } = await readTable(frame(page, 'compare-difference'));
  const column = columns.indexOf('Assumption (A → B)');
  expect(column, 'the difference table names the assumption of each step').toBeGreaterThan(0);
  const labels = rows.map((r) => r[column] ?? '').filter(Boolean).map((cell) => cell.split(':')[0]!);
  return labels.map((label) => description.assumptions.find((a) => a.label === label)?.id ?? `unknown label "${label}"`).sort();
}

async function expectBarTablesMatch(page: Page, scenarios: Saved[], horizonMonths: number): Promise<void> {
  const results = await Promise.all(scenarios.map((s) => forecast(s, horizonMonths)));
  for (const unit of ['probability', 'count', 'index', 'warheads'] as const) {
    const { rows } = await readTable(frame(page, `compare-bars-${unit}`));
    const expected = description.outlooks.filter((o) => o.unit === unit).flatMap((o) => scenarios.map((s, i) => {
      const r = results[i]!.outlooks[o.id];
      return [o.label, s.name, fixed1(r.mean, unit), fixed1(r.p10, unit), fixed1(r.p90, unit)];
    }));
    expect(rows, `${unit} bars at ${horizonMonths} months`).toEqual(expected);
  }
}

describe('comparing two scenarios', () => {
  test('the header names and links each scenario, and the table marks exactly the two rows that differ', async () => {
    const page = await openCompare([base, twoChanged]);
    expect(new URL(page.url()).search).toBe(`?ids=${base.id},${twoChanged.id}&horizon=12`);
    for (const s of [base, twoChanged]) {
      expect(await page.getByRole('link', { name: s.name, exact: true }).getAttribute('href')).toBe(`/?scenario=${s.id}`);
    }
    const nav = page.getByRole('navigation', { name: 'Site' });
    for (const [name, href] of [['Dashboard', '/'], ['Scenarios', '/scenarios'], ['Methodology', '/methodology']]) {
      expect(await nav.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);
    }

    expect((await differingRows(page)).sort()).toEqual(['exerciseScale', 'testMoratorium']);
    const moratorium = page.locator('tr[data-assumption="testMoratorium"]');
    expect((await moratorium.locator('td').allInnerTexts()).map((t) => t.trim())).toEqual(['None', 'Codified']);
    expect(await moratorium.locator('th').textContent()).toBe(`${labelOf('testMoratorium')} differs`);
    expect(await page.locator('tr[data-assumption]').count()).toBe(description.assumptions.length + 1);
    expect(await page.getByText('2 of 12 assumptions differ.').count()).toBe(1);

    await page.getByRole('checkbox', { name: 'Show only differences', exact: true }).check();
    expect(await page.locator('tr[data-assumption]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-assumption')).sort()))
      .toEqual(['exerciseScale', 'testMoratorium']);
    await page.getByRole('checkbox', { name: 'Show only differences', exact: true }).uncheck();
    expect(await page.locator('tr[data-assumption]').count()).toBe(description.assumptions.length + 1);
  });

  test('the bars and the monthly paths draw, and their tables hold forecast.run’s numbers', async () => {
    const page = await openCompare([base, twoChanged]);
    for (const unit of ['probability', 'count', 'index', 'warheads']) {
      const bars = frame(page, `compare-bars-${unit}`).locator('svg.recharts-surface .recharts-bar-rectangle');
      const outlooks = description.outlooks.filter((o) => o.unit === unit).length;
      await expect.poll(() => bars.count(), { message: `${unit}: a bar per outlook and scenario` }).toBe(outlooks * 2);
    }
    await expectBarTablesMatch(page, [base, twoChanged], 12);

    const trajectory = frame(page, 'compare-trajectory');
    expect(await trajectory.getByRole('heading').innerText()).toBe(`${labelOf('icbmLaunch')} by month`);
    await expect.poll(() => trajectory.locator('svg.recharts-surface .recharts-line').count()).toBe(2);
    const { columns, rows } = await readTable(trajectory);
    expect(columns).toEqual(['Month', `${base.name} (%)`, `${twoChanged.name} (%)`]);
    expect(rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: 13 }, (_, m) => m));
    const results = await Promise.all([forecast(base, 12), forecast(twoChanged, 12)]);
    for (const month of [1, 6, 12]) {
      expect(rows[month], `month ${month}`).toEqual([String(month), ...results.map((r) => fixed1(r.outlooks.icbmLaunch.trajectory.find((p) => p.month === month)!.mean, 'probability'))]);
    }
  });

  test('the attribution lists exactly the differing assumptions, sums to B − A, and says so in words', async () => {
    const page = await openCompare([base, twoChanged]);
    expect(await attributedAssumptions(page)).toEqual(['exerciseScale', 'testMoratorium']);
    const difference = frame(page, 'compare-difference');
    await expect.poll(() => difference.locator('svg.recharts-surface .recharts-bar-rectangle').count()).toBe(4);

    const [a, b] = await Promise.all([forecast(base, 12), forecast(twoChanged, 12)]);
    const { rows } = await readTable(difference);
    expect(rows[0]).toEqual([base.name, '', '', fixed1(a.outlooks.icbmLaunch.mean, 'probability')]);
    expect(rows.at(-1)).toEqual([twoChanged.name, '', '', fixed1(b.outlooks.icbmLaunch.mean, 'probability')]);
    const steps = rows.slice(1, -1).reduce((sum, r) => sum + Number(r[2]), 0);
    expect(steps).toBeCloseTo((b.outlooks.icbmLaunch.mean - a.outlooks.icbmLaunch.mean) * 100, 0);

    const sentence = (await page.getByTestId('difference-sentence').innerText()).replace(/\u00a0/g, ' ');
    expect(sentence).toContain(`Under “${twoChanged.name}”, the chance of an ICBM launch within 12 months is`);
    expect(sentence).toContain(`lower than under “${base.name}” (${fixed1(b.outlooks.icbmLaunch.mean, 'probability')}% against ${fixed1(a.outlooks.icbmLaunch.mean, 'probability')}%)`);
    expect(sentence).toContain('the codified test moratorium');
  });
});

describe('three scenarios, other choices', () => {
  test('another outlook, pair and horizon update the charts and the URL, and a copied link reopens the view', async () => {
    const page = await openCompare([base, twoChanged, hanoi]);
    // The first scenario's horizon is the default; the one saved for 24 months is named.
    expect(await page.getByRole('combobox', { name: 'Horizon', exact: true }).inputValue()).toBe('12');
    const note = await page.getByText('Saved with different horizons').innerText();
    expect(note).toContain(`“${hanoi.name}” with 24`);
    expect(await page.locator('tr[data-assumption="horizonMonths"]').getAttribute('data-differs')).toBe('true');

    await page.getByRole('combobox', { name: 'Outlook', exact: true }).selectOption({ label: labelOf('tensionIndex') });
    const trajectory = frame(page, 'compare-trajectory');
    await trajectory.getByRole('heading', { name: `${labelOf('tensionIndex')} by month`, exact: true }).waitFor();
    await expect.poll(() => trajectory.locator('svg.recharts-surface .recharts-line').count()).toBe(3);
    // Three overlapping bands start hidden; the toggle draws one per scenario.
    expect(await trajectory.locator('svg.recharts-surface .recharts-area').count()).toBe(0);
    await trajectory.getByRole('checkbox', { name: '80% bands', exact: true }).check();
    await expect.poll(() => trajectory.locator('svg.recharts-surface .recharts-area').count(), { message: 'a P10–P90 band per scenario' }).toBe(3);
    expect(new URL(page.url()).searchParams.get('outlook')).toBe('tensionIndex');

    await page.getByRole('combobox', { name: 'Compared (B)', exact: true }).selectOption({ label: hanoi.name });
    await waitForShown(page, 12, [base, hanoi]);
    expect(await attributedAssumptions(page)).toEqual(differingIds(base, hanoi).sort());
    expect(await frame(page, 'compare-difference').getByRole('heading').innerText()).toBe(`Why “${hanoi.name}” differs from “${base.name}”: ${labelOf('tensionIndex')}`);
    // Choosing for A what B is swaps them.
    await page.getByRole('combobox', { name: 'Baseline (A)', exact: true }).selectOption({ label: hanoi.name });
    await waitForShown(page, 12, [hanoi, base]);
    expect(await page.getByRole('combobox', { name: 'Compared (B)', exact: true }).inputValue()).toBe('0');

    await page.getByRole('combobox', { name: 'Horizon', exact: true }).selectOption('24');
    await waitForShown(page, 24, [hanoi, base]);
    await expectBarTablesMatch(page, [base, twoChanged, hanoi], 24);
    const tension = await readTable(trajectory);
    const results = await Promise.all([base, twoChanged, hanoi].map((s) => forecast(s, 24)));
    const last = results.map((r) => r.outlooks.tensionIndex.trajectory.at(-1)!);
    expect(tension.rows.at(-1)).toEqual(['24', ...last.flatMap((p) => [fixed1(p.mean), fixed1(p.p10!), fixed1(p.p90!)])]);
    expect(await page.getByText('Saved with different horizons').innerText()).toContain(`“${base.name}” with 12`);

    const url = page.url();
    expect(Object.fromEntries(new URL(url).searchParams)).toEqual({
      ids: [base, twoChanged, hanoi].map((s) => s.id).join(','), horizon: '24', outlook: 'tensionIndex', a: hanoi.id, b: base.id,
    });
    const reopened = await browser.open(url);
    await waitForShown(reopened, 24, [hanoi, base]);
    for (const [name, value] of [['Horizon', '24'], ['Outlook', 'tensionIndex'], ['Baseline (A)', '2'], ['Compared (B)', '0']]) {
      expect(await reopened.getByRole('combobox', { name, exact: true }).inputValue(), name).toBe(value);
    }
  });

  test('nothing interactive is unnamed', async () => {
    const page = await openCompare([base, twoChanged, hanoi]);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const interactive = new Set(['button', 'checkbox', 'combobox', 'link', 'listbox', 'radio', 'slider', 'switch', 'textbox']);
    const unnamed = nodes
      .filter((n) => !n.ignored && interactive.has(String(n.role?.value)) && !String(n.name?.value ?? '').trim())
      .map((n) => `${String(n.role?.value)} (backend node ${n.backendDOMNodeId})`);
    expect(unnamed).toEqual([]);
  });
});

describe('links that cannot be compared, and failures', () => {
  test.each([
    ['a malformed id', () => `/compare?ids=${base.id},not-a-scenario`, /“not-a-scenario” is not a scenario id/],
    ['a single id', () => `/compare?ids=${base.id}`, /only one scenario/],
    ['no ids', () => '/compare', /names no scenarios/],
    ['five ids', () => `/compare?ids=${[base, twoChanged, hanoi, fourth].map((s) => s.id).join(',')},${randomUUID()}`, /at most 4/],
    ['a scenario that does not exist', () => `/compare?ids=${base.id},${randomUUID()}`, /could not be found/],
  ])('%s shows a message and a way back to the scenarios (and no error status)', async (_, url, message) => {
    const page = await browser.open(url());
    // Inside main: Next's route announcer is an (empty) alert too.
    const alert = page.getByRole('main').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(message);
    expect(await alert.getByRole('link', { name: 'Back to the scenarios', exact: true }).getAttribute('href')).toBe('/scenarios');
    expect(await page.locator('main[data-busy]').count(), 'no comparison is shown').toBe(0);
  });

  test('an unreadable choice in the link falls back to the default, with a notice', async () => {
    const page = await openCompare([base, twoChanged], '&horizon=99&outlook=weather');
    const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
    expect(await notice.innerText()).toContain('“weather” is not an outlook');
    expect(await page.getByRole('combobox', { name: 'Outlook', exact: true }).inputValue()).toBe('icbmLaunch');
  });

  test('a failed forecast shows an alert in place, and Retry recovers', async () => {
    const page = await browser.open(compareUrl(base, twoChanged), undefined, [
      /HTTP 500: GET .*forecast\.run/, /HTTP 500: GET .*forecast\.difference/, /console error .*status of 500/,
    ]);
    await waitForShown(page, 12, [base, twoChanged]);
    // Every forecast call fails (one error per call of a batch), as a failing server would answer.
    await page.route('**/api/trpc/forecast.*', (route) => {
      const calls = new URL(route.request().url()).pathname.split('/').at(-1)!.split(',');
      const error = { error: { message: 'Injected by the test', code: -32603, data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 } } };
      return route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify(calls.length > 1 ? calls.map(() => error) : error) });
    });
    await page.getByRole('combobox', { name: 'Horizon', exact: true }).selectOption('6');
    const bars = frame(page, 'compare-bars-probability').getByRole('alert');
    await bars.waitFor({ timeout: 30_000 });
    expect(await bars.innerText()).toContain('The forecasts could not be computed');
    await page.unroute('**/api/trpc/forecast.*');
    await bars.getByRole('button', { name: 'Retry', exact: true }).click();
    const differenceAlert = frame(page, 'compare-difference').getByRole('alert');
    await differenceAlert.waitFor({ timeout: 30_000 });
    await differenceAlert.getByRole('button', { name: 'Retry', exact: true }).click();
    await waitForShown(page, 6, [base, twoChanged]);
    expect(await page.getByRole('main').getByRole('alert').count()).toBe(0);
    await expectBarTablesMatch(page, [base, twoChanged], 6);
  });
});

describe('layout', () => {
  test('charts keep their height from the first paint to the results (no layout shift)', async () => {
    const page = await browser.open(compareUrl(base, twoChanged, hanoi));
    await waitForShown(page, 12, [base, twoChanged]);
    // Let the lazily loaded chart code finish arriving: reloading mid-download would abort it.
    await page.waitForLoadState('networkidle');
    // Hold the forecasts back, reload, and measure the frames before and after they arrive.
    await page.route('**/api/trpc/forecast.*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.reload();
    const heights = () => page.locator('section[id^="compare-"]').evaluateAll((sections) => sections.map((s) => `${s.id}: ${Math.round(s.getBoundingClientRect().height)}`));
    await page.getByText('Computing the forecasts…').first().waitFor();
    const before = await heights();
    await waitForShown(page, 12, [base, twoChanged]);
    await page.locator('svg.recharts-surface').first().waitFor();
    expect(await heights()).toEqual(before);
  });

  test.each([
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ])('four scenarios at $width×$height, without horizontal scrolling', async (viewport) => {
    const page = await openCompare([base, twoChanged, hanoi, fourth], '&outlook=arsenal', viewport);
    await expect.poll(() => page.locator('svg.recharts-surface').count()).toBe(6);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'pixels of horizontal overflow').toBeLessThanOrEqual(0);
    await saveScreenshot(page, `compare-${viewport.width}x${viewport.height}`);
  });
});
