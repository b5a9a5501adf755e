/**
 * The Persian reader's option: the checkbox beside the language menu switches the whole
 * dashboard (cards, readings, chart ticks, the model's texts, the messages' own figures) from
 * Persian digits to Latin ones, and back.
 */
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { waitUntilSettled } from './dashboard-page';

const browser = useBrowser();
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/;

test('Latin digits in Persian, everywhere on the dashboard, and back', async () => {
  const page = await browser.open('/fa');
  await waitUntilSettled(page);
  const card = page.getByTestId('outlook-reading-icbmLaunch');
  expect(await card.innerText()).toMatch(PERSIAN_DIGIT);

  const option = page.getByRole('checkbox', { name: 'ارقام لاتین و تاریخ میلادی' });
  await Promise.all([page.waitForEvent('load'), option.check()]);
  await waitUntilSettled(page);
  await page.waitForLoadState('networkidle');
  expect(await card.innerText()).toMatch(/\d/);
  const persian = (await page.locator('main').innerText()).match(/.{0,30}[\u06F0-\u06F9].{0,30}/g);
  expect(persian, 'text still in Persian digits').toBeNull();
  expect(await page.locator('aside').innerText()).not.toMatch(PERSIAN_DIGIT);

  await Promise.all([page.waitForEvent('load'), page.getByRole('checkbox', { name: 'ارقام لاتین و تاریخ میلادی' }).uncheck()]);
  await waitUntilSettled(page);
  expect(await page.getByTestId('outlook-reading-icbmLaunch').innerText()).toMatch(PERSIAN_DIGIT);
});
