/**
 * The saved scenarios and the comparison in Hebrew, Arabic and Persian, against the
 * production build: the document's language and direction, the seeded example
 * scenarios with dates in the locale's calendar and digits, search, a scenario's page,
 * a comparison of two, the locale kept in every link, and no console error. Screenshots
 * of `/xx/scenarios` and `/xx/compare?ids=…` at 1280×800 are saved as artifacts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { directionOf, type Locale } from '@/server/i18n/locales';
import arCompare from '@/server/i18n/messages/ar/compare.json';
import arScenarios from '@/server/i18n/messages/ar/scenarios.json';
import faCompare from '@/server/i18n/messages/fa/compare.json';
import faScenarios from '@/server/i18n/messages/fa/scenarios.json';
import heCompare from '@/server/i18n/messages/he/compare.json';
import heScenarios from '@/server/i18n/messages/he/scenarios.json';
import { saveScreenshot, useBrowser } from './browser';

const browser = useBrowser();

const LOCALES = [
  { locale: 'he' as const, s: heScenarios, c: heCompare, script: /[\u0590-\u05FF]/, digits: /[0-9]/, foreign: /[٠-٩۰-۹]/ },
  { locale: 'ar' as const, s: arScenarios, c: arCompare, script: /[\u0600-\u06FF]/, digits: /[٠-٩]/, foreign: /[0-9۰-۹]/ },
  { locale: 'fa' as const, s: faScenarios, c: faCompare, script: /[\u0600-\u06FF]/, digits: /[۰-۹]/, foreign: /[0-9٠-٩]/ },
];

/** The seeded example scenarios carry the tag "example". */
async function exampleRows(page: Page) {
  return page.locator('tbody tr').filter({ hasText: 'example' });
}

async function openList(locale: Locale, query = ''): Promise<Page> {
  const page = await browser.open(`/${locale}/scenarios${query}`);
  await page.locator('[data-ready="true"]').waitFor();
  return page;
}

describe.each(LOCALES)('saved scenarios and the comparison in $locale', ({ locale, s, c, script, digits, foreign }) => {
  test('the list: language, direction, the examples with localized dates, search and a scenario’s page', async () => {
    const page = await openList(locale);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.locator('html').getAttribute('dir')).toBe(directionOf(locale));
    await page.getByRole('heading', { level: 1, name: s.list.title, exact: true }).waitFor();

    // The seeded examples, each with its date in the locale's digits (and, in Persian, the Solar Hijri year).
    const rows = await exampleRows(page);
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    const date = (await rows.first().locator('time').innerText()).trim();
    expect(date).toMatch(digits);
    expect(date).not.toMatch(foreign);
    if (locale === 'fa') expect(date).toMatch(/۱۴۰[0-9۰-۹]/);
    if (locale === 'he') expect(date).toMatch(script);
    // The results line counts in the locale's words and digits.
    expect(await page.getByRole('status').filter({ hasText: script }).first().innerText()).toMatch(script);

    // Links keep the locale: the header, a row's name and its history.
    const nav = page.getByRole('navigation', { name: s.header.nav });
    expect(await nav.getByRole('link', { name: s.header.dashboard, exact: true }).getAttribute('href')).toBe(`/${locale}`);
    const name = (await rows.first().getByRole('rowheader').getByRole('link').innerText()).trim();
    expect(await rows.first().getByRole('rowheader').getByRole('link').getAttribute('href')).toMatch(new RegExp(`^/${locale}\\?scenario=`));

    // Search: the list narrows to the one scenario, the URL keeps the search.
    await page.getByRole('searchbox', { name: s.filters.search, exact: true }).fill(name);
    await page.waitForURL((url) => url.pathname === `/${locale}/scenarios` && url.searchParams.get('q') === name);
    await page.waitForFunction((n) => [...document.querySelectorAll('tbody tr th[scope="row"] a')].every((a) => a.textContent === n), name);

    // The scenario's page: its version history, in the locale.
    // Followed by address: clicking would race the link's own prefetch, which the navigation aborts.
    const history = await page.locator(`tbody tr a[href^="/${locale}/scenarios/"]`).first().getAttribute('href');
    await page.goto(history!);
    await page.waitForURL(new RegExp(`/${locale}/scenarios/[0-9a-f-]{36}$`));
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: s.history.title, exact: true }).waitFor();
    const saved = await page.locator('dl time').first().innerText();
    expect(saved).toMatch(digits);
    expect(saved).not.toMatch(foreign);
    expect(await page.getByRole('link', { name: s.history.open, exact: true }).getAttribute('href')).toMatch(new RegExp(`^/${locale}\\?scenario=`));
  });

  test('compare two: the selection, the comparison in the locale, its charts left to right; screenshots', async () => {
    const page = await openList(locale, '?tag=example');
    const rows = await exampleRows(page);
    await rows.first().waitFor();
    await saveScreenshot(page, `scenarios-${locale}`);
    // No horizontal overflow at 1280 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: s.selection.compare, exact: true }).click();
    await page.waitForURL(new RegExp(`/${locale}/compare\\?ids=`));
    const main = page.locator('main[data-busy="false"][data-shown-difference]:not([data-shown-difference=""])');
    await main.waitFor({ timeout: 30_000 });
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { level: 2, name: c.assumptions.title, exact: true }).waitFor();
    const sentence = await page.getByTestId('difference-sentence').innerText();
    expect(sentence).toMatch(script);
    expect(sentence).not.toMatch(/Working out|because of|Under “/);
    // The plots keep time left to right inside the right-to-left page.
    expect(await page.locator('[data-chart-figure] [dir="ltr"]').count()).toBeGreaterThan(0);
    // The header's links keep the locale.
    expect(await page.getByRole('navigation', { name: c.nav.label }).getByRole('link', { name: c.nav.scenarios, exact: true }).getAttribute('href')).toBe(`/${locale}/scenarios`);
    expect(await page.getByRole('link', { name: c.header.present, exact: true }).getAttribute('href')).toMatch(new RegExp(`^/${locale}/present/compare\\?ids=`));
    await saveScreenshot(page, `compare-${locale}`);
  });

  test('a link that cannot be compared says so in the locale', async () => {
    const page = await browser.open(`/${locale}/compare?ids=nonsense`);
    const alert = page.getByRole('alert').filter({ hasText: script });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(script);
    expect(await alert.getByRole('link').getAttribute('href')).toBe(`/${locale}/scenarios`);
  });
});
