/**
 * User text is text: a scenario whose name, description and tags are markup and script
 * is shown as those characters in every page that displays it (list, details, dashboard,
 * comparison, present mode, shared link), never run or rendered as elements.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { Assumptions } from '@/server/model/assumptions';
import { postProcedure } from '@/scripts/lib/trpc-post';
import { useBrowser } from './browser';
import { fetchDescription } from './dashboard-page';

const browser = useBrowser();
const run = Math.random().toString(36).slice(2, 8);
const NAME = `<img src=x onerror="window.__pwned=1"> & "q" ${run}`;
const DESCRIPTION = '<script>window.__pwned=2</script><b>bold</b>';
const TAG = '<i>tag</i>';
let statusQuo: Assumptions;

const call = <T>(procedure: string, input: unknown) => postProcedure<T>(browser.baseUrl, procedure, input);

beforeAll(async () => {
  statusQuo = (await fetchDescription(browser.baseUrl)).statusQuo;
});

/** No element or script came from the text, and the text itself is on the page. */
async function expectInert(page: Page, where: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), `${where}: script ran`).toBeUndefined();
  expect(await page.locator('img[src="x"]').count(), `${where}: an <img> from the name`).toBe(0);
  expect(await page.locator('b:text-is("bold"), i:text-is("tag")').count(), `${where}: elements from the description or tag`).toBe(0);
  expect(await page.locator('body').innerText(), `${where}: the name as text`).toContain(`<img src=x onerror="window.__pwned=1"> & "q" ${run}`);
}

test('a name, description and tags of markup are shown as text everywhere', async () => {
  const assumptions = { ...statusQuo, exerciseScale: 25 };
  const a = await call<{ id: string }>('scenarios.create', { name: NAME, description: DESCRIPTION, tags: [TAG], assumptions, horizonMonths: 12 });
  const b = await call<{ id: string }>('scenarios.create', { name: `Plain ${run}`, assumptions: statusQuo, horizonMonths: 12 });
  const share = await call<{ token: string }>('shares.create', { scenarioId: a.id });

  const list = await browser.open(`/scenarios?q=${encodeURIComponent(run)}`);
  await list.getByText(`"q" ${run}`, { exact: false }).first().waitFor();
  await expectInert(list, '/scenarios');

  const details = await browser.open(`/scenarios/${a.id}`);
  await details.waitForSelector('[data-ready="true"]');
  await expectInert(details, '/scenarios/<id>');
  expect(await details.locator('body').innerText()).toContain(DESCRIPTION);

  await expectInert(await browser.open(`/?scenario=${a.id}`), 'dashboard');
  await expectInert(await browser.open(`/compare?ids=${a.id},${b.id}`), '/compare');
  await expectInert(await browser.open(`/present/${a.id}`), 'present mode');
  await expectInert(await browser.open(`/he/shared/${share.token}`), 'shared link (Hebrew)');
});
