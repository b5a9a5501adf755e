/**
 * The dashboard in each interface language (`/`, `/he`, `/ar`, `/fa`) against the
 * production build: the document's language and direction, a slider moved with the
 * keyboard, the locale's digits in the scorecards and the data tables, a preset, the
 * control column on the inline-start side (the right in RTL) and charts whose time
 * still runs left to right. A 1280×800 screenshot of each is saved as an artifact.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ModelDescription } from '@/server/model/describe';
import { LOCALES, directionOf, type Locale } from '@/server/i18n/locales';
import ar from '@/server/i18n/messages/ar/dashboard.json';
import en from '@/server/i18n/messages/en/dashboard.json';
import fa from '@/server/i18n/messages/fa/dashboard.json';
import he from '@/server/i18n/messages/he/dashboard.json';
import { saveScreenshot, useBrowser } from './browser';
import { outlookValue, waitForShown, waitUntilSettled } from './dashboard-page';

const browser = useBrowser();
const MESSAGES = { en, he, ar, fa } as const;

/** Digits each locale writes numbers with; the others must not appear in its figures. */
const DIGITS: Record<Locale, RegExp> = { en: /[0-9]/, he: /[0-9]/, ar: /[٠-٩]/, fa: /[۰-۹]/ };
const FOREIGN_DIGITS: Record<Locale, RegExp> = { en: /[٠-٩۰-۹]/, he: /[٠-٩۰-۹]/, ar: /[0-9۰-۹]/, fa: /[0-9٠-٩]/ };

const pathOf = (locale: Locale) => (locale === 'en' ? '/' : `/${locale}`);

async function describeIn(locale: Locale): Promise<ModelDescription> {
  const input = encodeURIComponent(JSON.stringify({ locale }));
  const res = await fetch(`${browser.baseUrl}/api/trpc/model.describe?input=${input}`);
  if (!res.ok) throw new Error(`model.describe answered ${res.status}`);
  return ((await res.json()) as { result: { data: ModelDescription } }).result.data;
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} has no box`);
  return found;
}

describe.each(LOCALES.map((locale) => ({ locale })))('the dashboard in $locale', ({ locale }) => {
  const t = MESSAGES[locale];
  const rtl = directionOf(locale) === 'rtl';

  test('reads in its language and direction, and works with the keyboard, presets and tables', async () => {
    const description = await describeIn(locale);
    const statusQuo = { assumptions: description.statusQuo, horizonMonths: description.defaults.horizonMonths };
    const page = await browser.open(pathOf(locale));
    await waitUntilSettled(page);

    // The document's language and direction.
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.locator('html').getAttribute('dir')).toBe(directionOf(locale));
    const aside = page.getByRole('complementary', { name: t.controls.label, exact: true });
    await aside.waitFor();

    // Scorecards in the locale's digits.
    const icbm = await outlookValue(page, 'icbmLaunch');
    for (const outlook of description.outlooks) {
      const value = await outlookValue(page, outlook.id);
      expect(value, `${outlook.id} in ${locale}`).toMatch(DIGITS[locale]);
      expect(value, `${outlook.id} in ${locale}`).not.toMatch(FOREIGN_DIGITS[locale]);
    }

    // The control column sits at the inline start: on the right in RTL.
    const controls = await box(page, 'aside#assumptions');
    const main = await box(page, 'main');
    if (rtl) expect(controls.x, 'controls right of the panels').toBeGreaterThan(main.x);
    else expect(controls.x, 'controls left of the panels').toBeLessThan(main.x);

    // The exercise slider moves with the keyboard, and the ICBM scorecard follows.
    const exercise = description.assumptions.find((a) => a.id === 'exerciseScale')!;
    const slider = aside.getByRole('slider', { name: exercise.label, exact: true });
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowUp');
    const moved = { ...statusQuo, assumptions: { ...statusQuo.assumptions, exerciseScale: Math.min(100, statusQuo.assumptions.exerciseScale + 10) } };
    await waitForShown(page, moved);
    expect(await outlookValue(page, 'icbmLaunch')).not.toBe(icbm);
    await page.getByRole('button', { name: t.controls.resetAll, exact: true }).click();
    await waitForShown(page, statusQuo);

    // A preset applies.
    const preset = description.presets.find((p) => JSON.stringify(p.assumptions) !== JSON.stringify(description.statusQuo))!;
    await page.getByRole('combobox', { name: t.controls.preset, exact: true }).selectOption({ label: preset.name });
    await waitForShown(page, { assumptions: preset.assumptions, horizonMonths: statusQuo.horizonMonths });
    await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBe(preset.id);
    expect(new URL(page.url()).pathname).toBe(pathOf(locale));

    // A chart's data table opens, titled like its chart, with the locale's digits.
    const tension = page.locator('#chart-tension');
    await tension.scrollIntoViewIfNeeded();
    await tension.getByRole('button', { name: t.charts.showTable, exact: true }).click();
    const table = tension.getByRole('table');
    await table.waitFor();
    expect((await table.locator('caption').innerText()).trim()).toBe(t.charts.tension.title);
    const cells = await table.locator('tbody td').allInnerTexts();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells.slice(0, 8)) expect(cell).toMatch(DIGITS[locale]);

    // Time runs left to right: month 0 is left of the last month, in every language.
    // The month ticks are the axis labels lowest in the chart, in document order from month 0.
    const labels = await tension.locator('svg .recharts-cartesian-axis-tick-value').evaluateAll((nodes) =>
      nodes.map((node) => ({ text: node.textContent ?? '', ...(({ x, y }) => ({ x, y }))(node.getBoundingClientRect()) })));
    const bottom = Math.max(...labels.map((l) => l.y));
    const months = labels.filter((l) => Math.abs(l.y - bottom) < 2);
    expect(months.length).toBeGreaterThan(1);
    expect(months[0]!.x, 'first month tick left of the last').toBeLessThan(months.at(-1)!.x);
    expect(months[0]!.text).toMatch(DIGITS[locale]);
  });

  test('is screenshotted at 1280×800 with no horizontal overflow', async () => {
    const page = await browser.open(pathOf(locale), { width: 1280, height: 800 });
    await waitUntilSettled(page);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'pixels of horizontal overflow').toBeLessThanOrEqual(0);
    await saveScreenshot(page, `dashboard-${locale}-1280x800`);
  });
});
