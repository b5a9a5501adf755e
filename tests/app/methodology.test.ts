/**
 * The methodology page: its pure helpers, and the prerendered HTML (every assumption,
 * outlook and source anchored, every table-of-contents link resolving, the card's tables
 * rendered as tables).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// next-intl's navigation imports `next/navigation`, which Node's ESM resolver cannot load
// outside Next; the page only needs getPathname, whose rule (English unprefixed) is this.
vi.mock('@/server/i18n/navigation', () => ({
  getPathname: ({ href, locale }: { href: string; locale: string }) =>
    locale === 'en' ? href : `/${locale}${href === '/' ? '' : href}`,
}));
import MethodologyPage, { generateMetadata } from '@/app/[locale]/methodology/page';
import { cardHeadings } from '@/app/[locale]/methodology/_lib/card-headings';
import { domainInWords, sourcePath, valueInWords } from '@/app/[locale]/methodology/_lib/describe-assumption';
import { readModelCard } from '@/app/[locale]/methodology/_lib/read-model-card';
import { assumptionSections, outlookEntries, sourceEntries } from '@/app/[locale]/methodology/_lib/sections';
import { markNumericColumns, type HtmlNode } from '@/app/[locale]/methodology/_lib/numeric-columns';
import { nodeText, slugify } from '@/app/[locale]/methodology/_lib/slug';
import type { Locale } from '@/server/i18n/locales';
import { ASSUMPTIONS, type AssumptionDomain } from '@/server/model/assumptions';
import { describeModel } from '@/server/model/describe';
import { OUTLOOKS } from '@/server/model/outlooks';
import { SOURCES } from '@/server/model/sources';

describe('slugify', () => {
  it.each([
    ['Exact probabilities, Monte Carlo over parameters', 'exact-probabilities-monte-carlo-over-parameters'],
    ['Model card: Peninsula Outlook forecast engine', 'model-card-peninsula-outlook-forecast-engine'],
    ['Directions (tested in tests/model/directions.test.ts)', 'directions-tested-in-tests-model-directions-test-ts'],
    ['  Kim–Putin Pyŏngyang  ', 'kim-putin-pyongyang'],
  ])('%s → %s', (text, slug) => expect(slugify(text)).toBe(slug));
});

describe('nodeText', () => {
  it('joins text and inline code of nested nodes', () => {
    const node = { type: 'heading', children: [{ type: 'text', value: 'Run ' }, { type: 'inlineCode', value: 'npm test' }] };
    expect(nodeText(node)).toBe('Run npm test');
  });
});

describe('cardHeadings', () => {
  it('strips inline markup and skips fenced code', () => {
    const md = '# Title\n\n## Uses `code` and **bold**\n\n```\n## not a heading\n```\n### Deeper *one*\n';
    expect(cardHeadings(md)).toEqual([
      { depth: 1, text: 'Title', id: 'title' },
      { depth: 2, text: 'Uses code and bold', id: 'uses-code-and-bold' },
      { depth: 3, text: 'Deeper one', id: 'deeper-one' },
    ]);
  });

  it('gives every heading of docs/model.md a distinct id', () => {
    const ids = cardHeadings(readModelCard()).map((h) => h.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('markNumericColumns', () => {
  const cell = (tagName: string, value: string): HtmlNode => ({ type: 'element', tagName, children: [{ type: 'text', value }] });
  const row = (tag: string, ...values: string[]): HtmlNode => ({ type: 'element', tagName: 'tr', children: values.map((v) => cell(tag, v)) });
  const section = (tagName: string, ...rows: HtmlNode[]): HtmlNode => ({ type: 'element', tagName, children: rows });

  it('marks a column, header included, only when every body cell is a number', () => {
    const table: HtmlNode = {
      type: 'element',
      tagName: 'table',
      children: [
        section('thead', row('th', 'outlook', 'n', 'skill')),
        section('tbody', row('td', 'Nuclear test', '18', '+0.159'), row('td', 'ICBM', '8', 'n/a')),
      ],
    };
    markNumericColumns(table);
    const numeric = (table.children ?? []).flatMap((s) =>
      (s.children ?? []).map((r) => (r.children ?? []).map((c) => c.properties?.dataNumeric === true)),
    );
    expect(numeric).toEqual([
      [false, true, false],
      [false, true, false],
      [false, true, false],
    ]);
  });
});

describe('assumption values in words', () => {
  const percent: AssumptionDomain = { kind: 'percent', min: 0, max: 100, step: 1, anchors: [{ value: 0, label: 'Off' }] };
  const options: AssumptionDomain = { kind: 'enum', options: [{ value: 'none', label: 'None' }, { value: 'codified', label: 'Codified' }] };
  const flag: AssumptionDomain = { kind: 'boolean', trueLabel: 'Under way', falseLabel: 'No' };
  const resolutions: AssumptionDomain = { kind: 'resolutions', options: [2270, 2321] };

  it.each([
    ['percent', percent, 60, '60 of 100'],
    ['enum', options, 'codified', 'Codified'],
    ['boolean true', flag, true, 'Under way'],
    ['boolean false', flag, false, 'No'],
    ['no resolutions', resolutions, [], 'None lifted'],
    ['resolutions', resolutions, [2270, 2321], 'Lifted: 2270 (2016-03), 2321 (2016-11)'],
  ] as const)('%s', (_, domain, value, words) => expect(valueInWords(domain, value)).toBe(words));

  it('describes domains with their anchors and options', () => {
    expect(domainInWords(percent)).toEqual({ summary: 'Whole numbers from 0 to 100.', points: ['0: Off'] });
    expect(domainInWords(options).points).toEqual(['None', 'Codified']);
    expect(domainInWords(flag)).toEqual({ summary: 'Under way or No.', points: [] });
    expect(domainInWords(resolutions).points).toEqual(['2270 (2016-03): 14%', '2321 (2016-11): 12%']);
  });

  it('places seeds and history sections in the shared folder', () => {
    expect(sourcePath('seeds/000_bed21ab42695047d.txt')).toBe('shared/seeds/000_bed21ab42695047d.txt');
    expect(sourcePath('history.md')).toBe('shared/domain/history.md');
  });
});

describe('generated sections', () => {
  it('put every assumption in exactly one group, in the model order within groups', () => {
    const ids = assumptionSections().flatMap((g) => g.entries.map((e) => e.id));
    expect([...ids].sort()).toEqual(ASSUMPTIONS.map((a) => a.id).sort());
  });

  it('list every outlook and every source', () => {
    expect(outlookEntries().map((o) => o.id)).toEqual(OUTLOOKS.map((o) => o.id));
    expect(sourceEntries().map((s) => s.id)).toEqual(Object.keys(SOURCES));
  });
});

const params = (locale: Locale) => ({ params: Promise.resolve({ locale }) });
const render = async (locale: Locale) => renderToStaticMarkup(await MethodologyPage(params(locale)));

describe('the rendered page', () => {
  let html = '';
  let ids: (string | undefined)[] = [];
  beforeAll(async () => {
    html = await render('en');
    ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  });

  it('has its title, heading and a link back to the dashboard', async () => {
    expect((await generateMetadata(params('en'))).title).toBe('Methodology · Peninsula Outlook');
    expect(html).toMatch(/<h1[^>]*>Methodology<\/h1>/);
    expect(html).toMatch(/<a[^>]*href="\/"[^>]*>← Dashboard<\/a>/);
  });

  it('anchors every assumption, outlook and source, with no id used twice', () => {
    for (const a of ASSUMPTIONS) expect(ids, a.id).toContain(a.id);
    for (const o of OUTLOOKS) expect(ids, o.id).toContain(o.id);
    for (const s of Object.keys(SOURCES)) expect(ids, s).toContain(`source-${s}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows each assumption with its label, status quo and source titles', () => {
    for (const a of ASSUMPTIONS) {
      const block = html.slice(html.indexOf(`id="${a.id}"`), html.indexOf('</article>', html.indexOf(`id="${a.id}"`)));
      expect(block).toContain(a.label.replace(/&/g, '&amp;'));
      expect(block).toContain('Status quo');
      for (const s of a.sources) expect(block).toContain(`#source-${s}`);
    }
  });

  it('resolves every in-page link', () => {
    const targets = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(30);
    for (const target of targets) expect(ids, target).toContain(target);
  });

  it('renders the card, its tables and none of its marker comments', () => {
    expect(html).toContain('Model card: Peninsula Outlook forecast engine');
    expect(html).toMatch(/<th>coefficient<\/th>/);
    expect(html).not.toContain('coefficients:start');
    expect((html.match(/<table/g) ?? []).length).toBe(3);
    expect(html).toMatch(/<th data-numeric="true">model Brier<\/th>/);
  });
});

describe('the page in Hebrew, Arabic and Persian', () => {
  const pages = new Map<Locale, string>();
  beforeAll(async () => {
    for (const locale of ['he', 'ar', 'fa'] as const) pages.set(locale, await render(locale));
  });

  it.each(['he', 'ar', 'fa'] as const)('%s: translated chrome, the same anchors as English, links kept in the locale', async (locale) => {
    const html = pages.get(locale)!;
    const english = await render('en');
    const idsOf = (page: string) => [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(idsOf(html)).toEqual(idsOf(english));
    expect(html).not.toMatch(/<h1[^>]*>Methodology<\/h1>/);
    expect(html).toMatch(new RegExp(`<a[^>]*href="/${locale}"[^>]*>→ `));
    for (const word of ['>Status quo<', '>Contents<', '>Assumptions<', '>Seed articles<', 'Whole numbers from']) expect(html).not.toContain(word);
    // The card's text stays English, under translated headings, with a note saying so.
    expect(html).toContain('lang="en" dir="ltr"');
    expect(html).toContain('id="what-it-forecasts"');
    expect(html).not.toMatch(/<h3 id="what-it-forecasts">What it forecasts<\/h3>/);
    // Every assumption's label and status quo in the locale's words.
    const description = describeModel(locale);
    for (const a of description.assumptions) expect(html).toContain(a.label.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    expect((await generateMetadata(params(locale))).title).not.toMatch(/^Methodology/);
  });

  it('writes values in the locale\'s digits', () => {
    const percent: AssumptionDomain = { kind: 'percent', min: 0, max: 100, step: 1, anchors: [{ value: 40, label: 'x' }] };
    expect(valueInWords(percent, 60, 'ar')).toBe('٦٠ من ١٠٠');
    expect(valueInWords(percent, 60, 'fa')).toBe('۶۰ از ۱۰۰');
    expect(valueInWords({ kind: 'resolutions', options: [2270] }, [2270], 'fa')).toBe('لغوشده: ۲۲۷۰ (۲۰۱۶-۰۳)');
    expect(domainInWords(percent, 'ar').points).toEqual(['٤٠: x']);
  });
});
