/**
 * The PowerPoint deck, opened as the ZIP it is: one slide per briefing slide, native
 * charts whose data are the forecast's own numbers (as rounded into the chart), the
 * readings and drivers in the speaker notes, the comparison's table and difference.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBriefing, type Briefing, type Slide } from '@/app/_briefing/briefing';
import { briefingToPptx, chartValue, headlineSize, niceScale } from '@/app/_briefing/pptx';
import { PRESETS, STATUS_QUO, describeModel, runDifference, runForecast, type ForecastResult } from '@/server/model';

const H = 24;
const description = describeModel();
const hanoi = PRESETS.find((p) => p.id === 'hanoiAccepted')!;
const singapore = PRESETS.find((p) => p.id === 'singaporeSpirit')!;

// ---------------------------------------------------------------------------
// Reading the deck
// ---------------------------------------------------------------------------

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (xml: string) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

/** The text of every `<a:t>` run, runs of a paragraph joined, paragraphs by newlines. */
function textOf(xml: string): string {
  return xml
    .split(/<\/a:p>/)
    .map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)).join(''))
    .join('\n')
    .replace(/\r\n/g, '\n');
}

interface ChartSeries {
  name: string;
  values: number[];
}

function seriesOf(chartXml: string): ChartSeries[] {
  return [...chartXml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const ser = m[1]!;
    const name = decode(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)![1]!);
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser)![1]!;
    return { name, values: [...val.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])) };
  });
}

interface DeckSlide {
  xml: string;
  notes: string;
  charts: string[];
}

async function openDeck(buffer: Buffer): Promise<{ zip: JSZip; slides: DeckSlide[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`the deck has no ${path}`);
    return file.async('string');
  };
  const presentation = await read('ppt/presentation.xml');
  const presentationRels = await read('ppt/_rels/presentation.xml.rels');
  // Slides in presentation order: sldId r:id → relationship target.
  const order = [...presentation.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map((m) => {
    const target = new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(presentationRels) ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(presentationRels);
    return `ppt/${target![1]!}`;
  });
  const slides: DeckSlide[] = [];
  for (const path of order) {
    const rels = await read(path.replace('slides/', 'slides/_rels/') + '.rels');
    // Targets are relative to ppt/slides/ ("../notesSlides/…") or absolute ("/ppt/charts/…").
    const targets = [...rels.matchAll(/Target="([^"]+)"/g)].map((m) => (m[1]!.startsWith('/') ? m[1]!.slice(1) : m[1]!.replace(/^\.\.\//, 'ppt/')));
    const notesPath = targets.find((t) => t.includes('notesSlides/'));
    slides.push({
      xml: await read(path),
      notes: notesPath ? textOf(await read(notesPath)) : '',
      charts: await Promise.all(targets.filter((t) => /charts\/chart\d+\.xml$/.test(t)).map(read)),
    });
  }
  return { zip, slides };
}

const chartsExpected = (slide: Slide): number => {
  switch (slide.kind) {
    case 'event': case 'launches': case 'band': return 1;
    case 'attribution': case 'difference': return slide.bars.length > 0 ? 1 : 0;
    case 'states': return slide.panels.length;
    default: return 0;
  }
};

/** The slide type whose `kind` may be K (the attribution type covers 'attribution' and 'difference'). */
type SlideOf<K extends Slide['kind']> = Slide extends infer S ? (S extends { kind: infer SK } ? (K extends SK ? S : never) : never) : never;

function slideOf<K extends Slide['kind']>(briefing: Briefing, kind: K, id?: string): SlideOf<K> & { index: number } {
  const index = briefing.slides.findIndex((s) => s.kind === kind && (id === undefined || s.id === id));
  if (index === -1) throw new Error(`no ${kind} slide ${id ?? ''}`);
  return { ...(briefing.slides[index] as SlideOf<K>), index };
}

// ---------------------------------------------------------------------------

describe('briefingToPptx, one scenario', () => {
  let forecast: ForecastResult;
  let briefing: Briefing;
  let deck: Awaited<ReturnType<typeof openDeck>>;
  let bytes: Buffer;

  beforeAll(async () => {
    forecast = runForecast({ assumptions: hanoi.assumptions, horizonMonths: H });
    const statusQuo = runForecast({ assumptions: STATUS_QUO, horizonMonths: H });
    briefing = buildBriefing({
      scenarios: [{ name: 'Hanoi & the “five” <accepted>', description: 'Yongbyon for the five resolutions.', assumptions: hanoi.assumptions, horizonMonths: H, presetId: hanoi.id }],
      forecasts: [forecast], statusQuo, description, date: '2026-11-21',
    });
    bytes = await briefingToPptx(briefing);
    deck = await openDeck(bytes);
  });

  it('is a PowerPoint package with one slide per briefing slide, in 16:9', async () => {
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const types = await deck.zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml');
    expect(deck.slides).toHaveLength(briefing.slides.length);
    expect(Object.keys(deck.zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(briefing.slides.length);
    const presentation = await deck.zip.file('ppt/presentation.xml')!.async('string');
    const [, cx, cy] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
    expect(Number(cx) / Number(cy)).toBeCloseTo(16 / 9, 2);
  });

  it('puts each slide’s headline on it and its notes in the speaker notes', () => {
    briefing.slides.forEach((slide, i) => {
      const text = textOf(deck.slides[i]!.xml);
      if (slide.kind !== 'title') expect(text, `headline of ${slide.id}`).toContain(slide.headline);
      expect(deck.slides[i]!.notes, `notes of ${slide.id}`).toContain(slide.notes);
    });
    // The readings of the model are what the notes say.
    const tension = slideOf(briefing, 'band', 'outlook-tensionIndex');
    expect(deck.slides[tension.index]!.notes).toContain(forecast.outlooks.tensionIndex.reading);
    const nuclear = slideOf(briefing, 'event', 'outlook-nuclearTest');
    expect(deck.slides[nuclear.index]!.notes).toContain(forecast.outlooks.nuclearTest.reading);
    // Names with XML specials survive (escaped in the file, exact in the text).
    expect(textOf(deck.slides[0]!.xml)).toContain('Hanoi & the “five” <accepted>');
  });

  it('has native chart parts, one per chart, and nowhere else', () => {
    const chartParts = Object.keys(deck.zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    const expected = briefing.slides.reduce((n, s) => n + chartsExpected(s), 0);
    expect(expected).toBeGreaterThanOrEqual(9);
    expect(chartParts).toHaveLength(expected);
    briefing.slides.forEach((slide, i) => expect(deck.slides[i]!.charts, `charts on ${slide.id}`).toHaveLength(chartsExpected(slide)));
    // Each chart carries its data as an embedded workbook (Edit Data in PowerPoint).
    expect(Object.keys(deck.zip.files).filter((f) => /^ppt\/embeddings\/.+\.xlsx$/.test(f))).toHaveLength(expected);
  });

  it('charts the tension index: the monthly means as written, and the 80% band as a stacked area', () => {
    const slide = slideOf(briefing, 'band', 'outlook-tensionIndex');
    const [chart] = deck.slides[slide.index]!.charts;
    expect(chart).toMatch(/<c:areaChart><c:grouping val="stacked"\/>/);
    expect(chart).toContain('<c:lineChart>');
    const series = seriesOf(chart!);
    const trajectory = forecast.outlooks.tensionIndex.trajectory;
    const mean = series.find((x) => x.name.endsWith(': mean'))!;
    expect(mean.values).toEqual(trajectory.map((p) => Math.round(p.mean * 10) / 10));
    expect(mean.values).toHaveLength(H);
    const p10 = series.find((x) => x.name.endsWith(': P10'))!;
    const width = series.find((x) => x.name.includes('P90 − P10'))!;
    trajectory.forEach((p, i) => {
      expect(p10.values[i]).toBe(Math.round(p.p10! * 10) / 10);
      expect(p10.values[i]! + width.values[i]!).toBeCloseTo(Math.round(p.p90! * 10) / 10, 6);
    });
    // The status quo is its own (dashed) line.
    expect(series.find((x) => x.name === 'Status quo (mean)')).toBeDefined();
    expect(chart).toContain('<a:prstDash val="dash"/>');
  });

  it('charts each event as cumulative chances by month, and launches as bars by quarter', () => {
    const event = slideOf(briefing, 'event', 'outlook-icbmLaunch');
    const chart = deck.slides[event.index]!.charts[0]!;
    expect(chart).toContain('<c:lineChart>');
    const values = seriesOf(chart)[0]!.values;
    expect(values).toEqual([0, ...forecast.outlooks.icbmLaunch.trajectory.map((p) => Math.round(p.mean * 1e4) / 1e4)]);
    expect(values.at(-1)).toBeCloseTo(forecast.outlooks.icbmLaunch.mean, 4);

    const launches = slideOf(briefing, 'launches');
    const bars = deck.slides[launches.index]!.charts[0]!;
    expect(bars).toContain('<c:barDir val="col"/>');
    expect(seriesOf(bars)[0]!.values).toEqual(forecast.launchesByQuarter.map((q) => Math.round(q.mean * 100) / 100));
  });

  it('charts the diplomatic states as a stacked area that sums to 100% every month', () => {
    const states = slideOf(briefing, 'states');
    const chart = deck.slides[states.index]!.charts[0]!;
    expect(chart).toMatch(/<c:areaChart><c:grouping val="stacked"\/>/);
    const series = seriesOf(chart);
    expect(series.map((x) => x.name)).toEqual(description.states.map((s) => s.label).reverse());
    for (let m = 0; m <= H; m++) expect(series.reduce((sum, x) => sum + x.values[m]!, 0)).toBeCloseTo(1, 3);
  });

  it('charts the attribution as horizontal bars of the contributions, largest on top', () => {
    const slide = slideOf(briefing, 'attribution');
    const chart = deck.slides[slide.index]!.charts[0]!;
    expect(chart).toContain('<c:barDir val="bar"/>');
    const factor = slide.unit === 'probability' ? 100 : 1;
    const values = seriesOf(chart)[0]!.values;
    expect(values).toEqual([...slide.bars].reverse().map((b) => Number((b.contribution * factor).toFixed(slide.unit === 'count' ? 2 : 1))));
    expect(Math.abs(values.at(-1)!)).toBe(Math.max(...values.map(Math.abs)));
  });

  it('has the assumptions as a table and the sources on the closing slide', () => {
    const assumptions = slideOf(briefing, 'assumptions');
    const xml = deck.slides[assumptions.index]!.xml;
    expect(xml).toContain('<a:tbl>');
    for (const row of assumptions.rows) expect(textOf(xml)).toContain(row.label);
    const closing = slideOf(briefing, 'closing');
    const text = textOf(deck.slides[closing.index]!.xml);
    expect(closing.sources.length).toBeGreaterThan(0);
    for (const source of closing.sources) expect(text).toContain(source.title);
  });
});

describe('briefingToPptx, a comparison', () => {
  let briefing: Briefing;
  let deck: Awaited<ReturnType<typeof openDeck>>;

  beforeAll(async () => {
    const a = runForecast({ assumptions: hanoi.assumptions, horizonMonths: H });
    const b = runForecast({ assumptions: singapore.assumptions, horizonMonths: H });
    briefing = buildBriefing({
      scenarios: [
        { name: hanoi.name, description: '', assumptions: hanoi.assumptions, horizonMonths: H },
        { name: singapore.name, description: '', assumptions: singapore.assumptions, horizonMonths: H },
      ],
      forecasts: [a, b],
      statusQuo: runForecast({ assumptions: STATUS_QUO, horizonMonths: H }),
      difference: runDifference({ base: hanoi.assumptions, target: singapore.assumptions, horizonMonths: H }),
      description,
      date: '2026-11-21',
    });
    deck = await openDeck(await briefingToPptx(briefing));
  });

  it('has every slide, the comparison table with each scenario’s figures, and a states chart per scenario', () => {
    expect(deck.slides).toHaveLength(briefing.slides.length);
    const comparison = slideOf(briefing, 'comparison');
    const text = textOf(deck.slides[comparison.index]!.xml);
    for (const name of comparison.scenarios) expect(text).toContain(name);
    for (const row of comparison.rows) for (const cell of row.cells) expect(text).toContain(cell.meanText);
    const states = slideOf(briefing, 'states');
    expect(deck.slides[states.index]!.charts).toHaveLength(2);
  });

  it('draws each scenario in its own line on the outlook charts', () => {
    const tension = slideOf(briefing, 'band', 'outlook-tensionIndex');
    const names = seriesOf(deck.slides[tension.index]!.charts[0]!).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([`${hanoi.name}: mean`, `${singapore.name}: mean`, 'Status quo (mean)']));
  });

  it('charts the difference’s contributions, and says in the notes what drives it', () => {
    const slide = slideOf(briefing, 'difference');
    expect(slide.bars.length).toBeGreaterThan(0);
    const chart = deck.slides[slide.index]!.charts[0]!;
    const factor = slide.unit === 'probability' ? 100 : 1;
    const decimals = slide.unit === 'count' ? 2 : 1;
    expect(seriesOf(chart)[0]!.values).toEqual([...slide.bars].reverse().map((b) => Number((b.contribution * factor).toFixed(decimals))));
    for (const bar of slide.bars) expect(deck.slides[slide.index]!.notes).toContain(bar.phrase);
  });
});

describe('pptx helpers', () => {
  it('rounds chart values per unit', () => {
    expect(chartValue(0.123456, 'probability')).toBe(0.1235);
    expect(chartValue(56.349, 'index')).toBe(56.3);
    expect(chartValue(2.345, 'count')).toBe(2.35);
    expect(chartValue(-0.00001, 'warheads')).toBe(0);
  });

  it('finds round axis scales', () => {
    expect(niceScale(0, 0.153, 5)).toEqual({ min: 0, max: 0.2, step: 0.05 });
    expect(niceScale(50.2, 68.4, 5)).toEqual({ min: 50, max: 70, step: 5 });
    expect(niceScale(-2.8, 4.6, 5)).toEqual({ min: -4, max: 6, step: 2 });
  });

  it('sizes headlines down as they grow', () => {
    expect(headlineSize('Short')).toBe(30);
    expect(headlineSize('x'.repeat(150))).toBe(22);
    expect(headlineSize('x'.repeat(400))).toBe(18);
  });
});
