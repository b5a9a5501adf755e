/**
 * The briefing as a PowerPoint deck (server side, pptxgenjs): the same slides as
 * present mode, built from the slide model, with NATIVE charts (editable in
 * PowerPoint: right-click › Edit Data) and the readings and drivers in each
 * slide's speaker notes. 16:9 (13.33 × 7.5 in), large type, the dashboard's colours.
 *
 * Charts by slide kind:
 *   event       line: cumulative chance by month, each scenario, status quo dashed grey
 *   launches    clustered columns: expected launches per quarter
 *   band        stacked area for the P10–P90 band (a transparent P10 base plus the band
 *               width) under the mean line; status quo dashed grey
 *   states      stacked area of the five diplomatic states (one chart per scenario)
 *   attribution horizontal bars: each assumption's contribution, orange raises, blue lowers
 * Legends are drawn on the slide (the band's helper series have no place in one).
 *
 * Numbers written into the charts are rounded (see `chartValue`): probabilities to
 * 0.01 percentage point, the tension index and warheads to 0.1, launches to 0.01.
 *
 * Languages: the deck is written in the briefing's locale (its slide texts, and the
 * labels here from the `briefing` messages). Hebrew, Arabic and Persian decks are right
 * to left: every text box has `rtlMode` (rtl="1") and its `lang` (he-IL, ar-SA, fa-IR),
 * aligned right, in a face that covers the script (Arial, Tahoma for Persian); the
 * layout is mirrored (accent rule on the right, the figures panel on the left, table
 * columns from the right). Charts keep time running left to right; their category
 * labels use the locale's digits (value-axis numbers are Excel format codes, Latin digits).
 */
import PptxGenJS from 'pptxgenjs';
import { EVENT_DASHES, PALETTE_FALLBACKS } from '@/app/_dashboard/charts/palette';
import type { Locale } from '@/server/i18n/locales';
import type { EventOutlookId, OutlookUnit, StateId } from '@/server/model/outlooks';
import type {
  AssumptionsSlide, AttributionSlide, BandSlide, Briefing, ClosingSlide, ComparisonSlide, EventSlide, LaunchesSlide,
  MonthlySeries, OutlookFigure, Slide, StatesSlide, TitleSlide, Tone,
} from './briefing';
import { STATUS_QUO_COLOR, scenarioStyle } from './series-style';
import { briefingWords, type BriefingWords } from './words';

type Pptx = InstanceType<typeof PptxGenJS>;
type PptxSlide = ReturnType<Pptx['addSlide']>;
type ChartData = { name: string; labels: string[]; values: number[] };
type ChartOptions = NonNullable<Parameters<PptxSlide['addChart']>[2]>;
type TextRun = { text: string; options?: Record<string, unknown> };
type TableCell = { text: string | TextRun[]; options?: Record<string, unknown> };

// ---------------------------------------------------------------------------
// Look
// ---------------------------------------------------------------------------

/** `#b42318`, or a CSS `var(--x, #b42318)` with a hex fallback, as pptxgenjs's `B42318`. */
const hex = (css: string) => (/#([0-9a-f]{6})/i.exec(css)?.[1] ?? '56606B').toUpperCase();
/** `colour` mixed with white: `share` of the colour (a translucent look without transparency). */
function tint(colour: string, share: number): string {
  return [0, 2, 4]
    .map((i) => Math.round(parseInt(colour.slice(i, i + 2), 16) * share + 255 * (1 - share)).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** A face per language that covers its script (Calibri has no Hebrew or Arabic letters). */
const FONTS: Record<Locale, string> = { en: 'Calibri', he: 'Arial', ar: 'Arial', fa: 'Tahoma' };
/** The language tag PowerPoint's proofing and shaping use. */
const LANGS: Record<Locale, string> = { en: 'en-GB', he: 'he-IL', ar: 'ar-SA', fa: 'fa-IR' };
/** The deck's face; set per deck by briefingToPptx (decks are built one at a time, synchronously). */
let FONT = FONTS.en;
let LANG = LANGS.en;
const INK = '1D232B';
const MUTED = '56606B';
const RULE = 'D9DDE1';
const PANEL = 'F4F5F2';
const ACCENT = '1F5F8B';
const WHITE = 'FFFFFF';
const TONE: Record<Tone, string> = { worse: 'B42318', better: '18794E', same: MUTED };
// As in present mode (series-style.ts): the status quo a neutral grey, dashed; its bars lighter.
const STATUS_QUO_LINE = hex(STATUS_QUO_COLOR);
const STATUS_QUO_BAR = tint(STATUS_QUO_LINE, 0.55);
const GRID = hex(PALETTE_FALLBACKS.grid);
const BAND_OPACITY = 18; // percent, as the dashboard's bands

/** One colour per outlook when a single scenario is shown (the dashboard's panels, and present mode). */
const OUTLOOK_COLOR: Record<string, string> = {
  nuclearTest: hex(PALETTE_FALLBACKS['nuclear-test']),
  icbmLaunch: hex(PALETTE_FALLBACKS['icbm-launch']),
  interimDeal: hex(PALETTE_FALLBACKS['interim-deal']),
  denuclearizationStep: hex(PALETTE_FALLBACKS['denuclearization-step']),
  missileLaunches: hex(PALETTE_FALLBACKS.launches),
  tensionIndex: hex(PALETTE_FALLBACKS.tension),
  arsenal: hex(PALETTE_FALLBACKS.arsenal),
};
/** The comparison page's scenario colours and dashes (app/compare/_lib/series.ts, via present mode's series-style.ts). */
const SCENARIO_COLORS = [0, 1, 2, 3].map((i) => hex(scenarioStyle(i).stroke));
type Dash = 'solid' | 'dash' | 'sysDot' | 'lgDashDot' | 'sysDash';
/** SVG dash arrays as PowerPoint's preset dashes: long dashes, dots, dash-dot. */
function presetDash(svg: string | undefined): Dash {
  if (!svg) return 'solid';
  const parts = svg.split(/[\s,]+/).map(Number);
  if (parts.length > 2) return 'lgDashDot';
  return (parts[0] ?? 0) <= 2 ? 'sysDot' : 'dash';
}
const SCENARIO_DASHES = [0, 1, 2, 3].map((i) => presetDash(scenarioStyle(i).dash));
const STATE_COLOR: Record<StateId, string> = {
  crisis: hex(PALETTE_FALLBACKS.crisis),
  standoff: hex(PALETTE_FALLBACKS.standoff),
  talks: hex(PALETTE_FALLBACKS.talks),
  freeze: hex(PALETTE_FALLBACKS.freeze),
  settlement: hex(PALETTE_FALLBACKS.settlement),
};
const RAISES = hex(PALETTE_FALLBACKS.raises);
const LOWERS = hex(PALETTE_FALLBACKS.lowers);

// Slide geometry, inches (LAYOUT_WIDE).
const W = 13.333;
const H = 7.5;
const MARGIN = 0.6;
const CONTENT_W = W - 2 * MARGIN;
const BODY_TOP = 2.0;
const BODY_BOTTOM = 6.75;
const SIDE_W = 3.35;
const SIDE_X = W - MARGIN - SIDE_W;
const CHART_W = SIDE_X - MARGIN - 0.3;

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

const DECIMALS: Record<OutlookUnit, number> = { probability: 4, index: 1, warheads: 1, count: 2 };

/** A value as written into a chart's data: rounded to what a reader could tell apart. */
export function chartValue(value: number, unit: OutlookUnit): number {
  const f = 10 ** DECIMALS[unit];
  const rounded = Math.round(value * f) / f;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A scale with 4–6 round steps covering [min, max]. */
export function niceScale(min: number, max: number, steps = 5): { min: number; max: number; step: number } {
  const span = Math.max(max - min, 1e-9);
  const raw = span / steps;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const lo = Math.floor(min / step + 1e-9) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const fix = (n: number) => Number(n.toFixed(10));
  return { min: fix(lo), max: fix(hi === lo ? lo + step : hi), step: fix(step) };
}

/** Month labels every 1, 3, 6 or 12 months so the axis never crowds. */
function monthSkip(count: number): number {
  if (count <= 13) return 1;
  if (count <= 25) return 3;
  if (count <= 61) return 6;
  return 12;
}

/** Axis format codes: percentages for chances, whole or one-decimal numbers otherwise. */
function axisFormat(unit: OutlookUnit, step: number): string {
  if (unit === 'probability') return step < 0.01 ? '0.0%' : '0%';
  return step < 1 ? '0.0' : '0';
}

/** Headlines are sentences of very different lengths: the longer, the smaller (never below 18 pt). */
export function headlineSize(text: string): number {
  if (text.length <= 70) return 30;
  if (text.length <= 110) return 26;
  if (text.length <= 160) return 22;
  if (text.length <= 220) return 20;
  return 18;
}

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

interface Deck {
  pptx: Pptx;
  briefing: Briefing;
  dateText: string;
  total: number;
  w: BriefingWords;
  rtl: boolean;
  lang: string;
}

type Align = 'left' | 'center' | 'right' | 'justify';
const flipAlign = (align: Align | undefined): Align => (align === 'right' ? 'left' : align === 'center' || align === 'justify' ? align : 'right');

/** Mirror a box across the slide's vertical centre line. */
function flipX<T extends Record<string, unknown>>(options: T): T {
  if (typeof options.x !== 'number') return options;
  const w = typeof options.w === 'number' ? options.w : 0;
  return { ...options, x: W - options.x - w };
}

/** A run's or cell's options, right to left. */
function rtlText(deck: Deck, options: Record<string, unknown> | undefined): Record<string, unknown> {
  return { ...options, rtlMode: true, lang: deck.lang, align: flipAlign(options?.align as Align | undefined) };
}

function rtlRuns(deck: Deck, text: unknown): unknown {
  if (!Array.isArray(text)) return text;
  return (text as TextRun[]).map((run) => ({ ...run, options: { ...run.options, rtlMode: true, lang: deck.lang } }));
}

/**
 * A slide that lays itself out right to left: every box mirrored, every text right to
 * left in the locale's language, tables with their first column on the right. The
 * slide functions below are written once, left to right.
 */
function newSlide(deck: Deck): PptxSlide {
  const s = deck.pptx.addSlide();
  if (!deck.rtl) return s;
  const mirrored = {
    addText: (text: unknown, options: Record<string, unknown>) => s.addText(rtlRuns(deck, text) as never, flipX(rtlText(deck, options)) as never),
    addShape: (shape: unknown, options: Record<string, unknown>) => s.addShape(shape as never, flipX(options) as never),
    addChart: (type: unknown, data: unknown, options?: Record<string, unknown>) => (options === undefined
      // Multi-type charts take their options second.
      ? s.addChart(type as never, flipX(data as Record<string, unknown>) as never)
      : s.addChart(type as never, data as never, flipX(options) as never)),
    addTable: (rows: TableCell[][], options: Record<string, unknown>) => {
      const cells = rows.map((row) => [...row].reverse().map((cell) => ({ ...cell, text: rtlRuns(deck, cell.text), options: rtlText(deck, cell.options) })));
      const colW = Array.isArray(options.colW) ? [...(options.colW as number[])].reverse() : options.colW;
      return s.addTable(cells as never, flipX({ ...options, colW }) as never);
    },
  };
  return new Proxy(s, {
    get(target, prop, receiver) {
      if (prop in mirrored) return mirrored[prop as keyof typeof mirrored];
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value);
    },
  });
}

function frame(deck: Deck, index: number, slide: Slide): PptxSlide {
  const s = newSlide(deck);
  s.background = { color: WHITE };
  // A thin accent rule down the left edge: the deck's one decoration.
  s.addShape('rect', { x: 0, y: 0, w: 0.12, h: H, fill: { color: ACCENT }, line: { color: ACCENT, width: 0 } });
  s.addText(slide.headline, {
    x: MARGIN, y: 0.3, w: CONTENT_W, h: 1.15, fontFace: FONT, fontSize: headlineSize(slide.headline), bold: true, color: INK,
    valign: 'top', margin: 0, fit: 'shrink',
  });
  if (slide.subtitle) {
    s.addText(slide.subtitle, {
      x: MARGIN, y: 1.5, w: CONTENT_W, h: 0.45, fontFace: FONT, fontSize: slide.subtitle.length > 120 ? 13 : 15, color: MUTED, valign: 'top', margin: 0,
    });
  }
  // In Arabic script a middle dot beside digits reads as a zero (٠): a bar there instead.
  const sep = deck.w.locale === 'ar' || deck.w.locale === 'fa' ? ' | ' : ' · ';
  const footer = `Peninsula Outlook · ${deck.briefing.title}${sep}${deck.dateText}${sep}${deck.w.t('pptx.footerModel', { version: deck.briefing.modelVersion })}`;
  s.addShape('line', { x: MARGIN, y: 6.98, w: CONTENT_W, h: 0, line: { color: RULE, width: 0.75 } });
  s.addText(footer.length > 120 ? `${footer.slice(0, 117)}…` : footer, {
    x: MARGIN, y: 7.02, w: CONTENT_W - 1.2, h: 0.3, fontFace: FONT, fontSize: 10, color: MUTED, margin: 0, valign: 'middle',
  });
  s.addText(deck.w.t('present.counter', { current: deck.w.number(index + 1), total: deck.w.number(deck.total) }), {
    x: W - MARGIN - 1.2, y: 7.02, w: 1.2, h: 0.3, fontFace: FONT, fontSize: 10, color: MUTED, align: 'right', margin: 0, valign: 'middle',
  });
  s.addNotes(slide.notes);
  return s;
}

interface LegendEntry {
  label: string;
  color: string;
  /** `none`: a plain note (units) after the marks. */
  mark: 'line' | 'dashed' | 'swatch' | 'band' | 'none';
  dash?: Dash;
}

/** A one-line legend above a chart: marks drawn as shapes, labels as text; wraps onto a second line. */
function legend(s: PptxSlide, entries: LegendEntry[], x: number, y: number, width: number): number {
  let cx = x;
  let cy = y;
  const size = 13;
  // A generous average advance at 13 pt (inches per character): Calibri needs less, its
  // stand-ins (Carlito, DejaVu Sans) more; labels never wrap, so too wide only adds space.
  const charW = 0.1;
  for (const e of entries) {
    const textW = Math.min(width - 0.5, e.label.length * charW + 0.1);
    if (cx > x && cx + 0.45 + textW > x + width) {
      cx = x;
      cy += 0.32;
    }
    const mid = cy + 0.15;
    if (e.mark === 'none') {
      s.addText(e.label, { x: cx, y: cy, w: textW, h: 0.3, fontFace: FONT, fontSize: size, color: MUTED, margin: 0, valign: 'middle', wrap: false });
      cx += textW + 0.25;
      continue;
    }
    if (e.mark === 'line' || e.mark === 'dashed') {
      s.addShape('line', { x: cx, y: mid, w: 0.34, h: 0, line: { color: e.color, width: 2.5, dashType: e.dash ?? (e.mark === 'dashed' ? 'dash' : 'solid') } });
    } else {
      s.addShape('rect', {
        x: cx + 0.05, y: mid - 0.09, w: 0.22, h: 0.18, fill: { color: e.color, transparency: e.mark === 'band' ? 100 - BAND_OPACITY * 1.6 : 0 },
        line: { color: e.color, width: 0, transparency: 100 },
      });
    }
    s.addText(e.label, { x: cx + 0.42, y: cy, w: textW, h: 0.3, fontFace: FONT, fontSize: size, color: INK, margin: 0, valign: 'middle', wrap: false });
    cx += 0.42 + textW + 0.25;
  }
  return cy + 0.32 - y;
}

/** Options every chart shares: fonts, grid, no chart-drawn legend or title. */
function baseChart(extra: ChartOptions): ChartOptions {
  return {
    showLegend: false,
    showTitle: false,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 12,
    catAxisLabelColor: MUTED,
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 12,
    valAxisLabelColor: MUTED,
    catAxisLineShow: true,
    catAxisLineColor: 'A0A7AF',
    valAxisLineShow: false,
    valGridLine: { color: GRID, style: 'solid', size: 0.75 },
    catGridLine: { style: 'none' },
    catAxisMajorTickMark: 'none',
    valAxisMajorTickMark: 'none',
    catAxisTitleFontFace: FONT,
    catAxisTitleFontSize: 12,
    catAxisTitleColor: MUTED,
    valAxisTitleFontFace: FONT,
    valAxisTitleFontSize: 12,
    valAxisTitleColor: MUTED,
    dataLabelFontFace: FONT,
    lineDataSymbol: 'none',
    lang: LANG,
    ...extra,
  };
}

/**
 * pptxgenjs colours markers by the series' index across the whole chart and falls back
 * to a random colour when the list is shorter; a list as long as the series count keeps
 * the file deterministic.
 */
function colours(list: string[], total: number): string[] {
  const out = [...list];
  while (out.length < total) out.push(list[out.length % list.length]!);
  return out;
}

function seriesColor(slideOutlook: string, series: MonthlySeries, compare: boolean): string {
  if (series.role === 'statusQuo') return STATUS_QUO_LINE;
  return compare ? SCENARIO_COLORS[(series.scenarioIndex ?? 0) % SCENARIO_COLORS.length]! : OUTLOOK_COLOR[slideOutlook] ?? ACCENT;
}

function seriesDash(slideOutlook: string, series: MonthlySeries, compare: boolean): Dash {
  if (series.role === 'statusQuo') return 'dash';
  if (compare) return SCENARIO_DASHES[(series.scenarioIndex ?? 0) % SCENARIO_DASHES.length]!;
  // One scenario: the dashboard's event lines (threats solid, diplomatic outcomes dashed).
  return presetDash(EVENT_DASHES[slideOutlook as EventOutlookId]);
}

/** The key numbers beside a chart: each scenario's figure, its 80% range and its change from the status quo. */
function figuresPanel(deck: Deck, s: PptxSlide, figures: OutlookFigure[], unit: OutlookUnit, horizon: number, colorOf: (i: number) => string): void {
  const { w } = deck;
  s.addShape('rect', { x: SIDE_X, y: BODY_TOP, w: SIDE_W, h: BODY_BOTTOM - BODY_TOP, fill: { color: PANEL }, line: { color: PANEL, width: 0 } });
  const inner = SIDE_X + 0.25;
  const innerW = SIDE_W - 0.5;
  s.addText([
    { text: w.t(`pptx.figureCaption.${unit}`, { duration: months(w, horizon) }).toUpperCase(), options: { fontSize: 11, bold: true, color: MUTED, charSpacing: 1, breakLine: true } },
    { text: w.t('pptx.statusQuoValue', { value: figures[0]?.statusQuoText ?? '' }), options: { fontSize: 13, color: MUTED } },
  ], { x: inner, y: BODY_TOP + 0.18, w: innerW, h: 0.62, fontFace: FONT, margin: 0, valign: 'top' });
  const single = figures.length === 1;
  const many = figures.length > 2;
  const top = BODY_TOP + 0.95;
  const block = single ? 3.4 : (BODY_BOTTOM - 0.1 - top) / figures.length;
  figures.forEach((f, i) => {
    const runs: TextRun[] = [];
    if (!single) runs.push({ text: f.scenario, options: { fontSize: many ? 12 : 13, bold: true, color: colorOf(i), breakLine: true } });
    const big = single ? (f.meanText.length <= 6 ? 44 : f.meanText.length <= 9 ? 36 : 28) : many ? 20 : 26;
    runs.push({ text: f.meanText, options: { fontSize: big, bold: true, color: single ? colorOf(i) : INK, breakLine: true } });
    const small = single ? 15 : many ? 11 : 12;
    runs.push({ text: w.t('slide.rangeValue', { range: f.rangeText }), options: { fontSize: small, color: INK, breakLine: true } });
    runs.push({
      text: f.tone === 'same' && f.change === 0 ? w.t('pptx.sameAsStatusQuo') : w.t('pptx.vsStatusQuo', { change: f.changeText }),
      options: { fontSize: small, color: TONE[f.tone], bold: f.tone !== 'same' },
    });
    s.addText(runs, { x: inner, y: top + i * block, w: innerW, h: block - 0.05, fontFace: FONT, valign: 'top', margin: 0, paraSpaceAfter: single ? 6 : 1 });
  });
}

// ---------------------------------------------------------------------------
// Slides
// ---------------------------------------------------------------------------

const months = (w: BriefingWords, count: number) => w.t('months', { count, n: w.number(count) });

function titleSlide(deck: Deck, slide: TitleSlide): void {
  const { w } = deck;
  const s = newSlide(deck);
  s.background = { color: WHITE };
  s.addShape('rect', { x: 0, y: 0, w: 0.45, h: H, fill: { color: ACCENT }, line: { color: ACCENT, width: 0 } });
  s.addText(`PENINSULA OUTLOOK · ${w.t('slide.kickers.title').toUpperCase()}`, {
    x: 1.1, y: 1.25, w: 11, h: 0.4, fontFace: FONT, fontSize: 14, bold: true, color: ACCENT, charSpacing: 2, margin: 0,
  });
  const title = slide.scenarioNames.length > 1 ? slide.scenarioNames.join(`  ${w.t('title.versus').trim()}  `) : slide.headline;
  s.addText(title, {
    x: 1.1, y: 1.75, w: 11.4, h: 1.7, fontFace: FONT, fontSize: title.length > 60 ? 34 : 44, bold: true, color: INK, valign: 'top', margin: 0, fit: 'shrink',
  });
  if (slide.subtitle) s.addText(slide.subtitle, { x: 1.1, y: 3.5, w: 11.4, h: 0.5, fontFace: FONT, fontSize: 22, color: MUTED, margin: 0 });
  if (slide.description) {
    s.addText(slide.description, { x: 1.1, y: 4.1, w: 11, h: 1.3, fontFace: FONT, fontSize: 16, color: INK, valign: 'top', margin: 0, fit: 'shrink' });
  }
  s.addShape('line', { x: 1.1, y: 5.75, w: 11.4, h: 0, line: { color: RULE, width: 1 } });
  const meta = [
    slide.dateText,
    w.t('pptx.horizon', { duration: months(w, slide.horizonMonths) }),
    w.t('pptx.model', { version: slide.modelVersion }),
    ...(slide.savedText ? [slide.savedText] : []),
  ].join('   ·   ');
  s.addText(meta, { x: 1.1, y: 5.9, w: 11.4, h: 0.4, fontFace: FONT, fontSize: 15, color: MUTED, margin: 0 });
  s.addNotes(slide.notes);
}

function assumptionsSlide(deck: Deck, index: number, slide: AssumptionsSlide): void {
  const { w } = deck;
  const s = frame(deck, index, slide);
  if (slide.rows.length === 0) {
    s.addText(slide.emptyText ?? w.t('pptx.noAssumption'), {
      x: MARGIN, y: BODY_TOP + 0.4, w: CONTENT_W, h: 1.2, fontFace: FONT, fontSize: 22, color: INK, margin: 0, valign: 'top',
    });
    return;
  }
  // Up to 14 rows and 4 scenarios on one slide: the type shrinks with the rows, and the
  // group names go when there is no room for a second line per row.
  const n = slide.rows.length;
  const fontSize = n <= 6 ? 16 : n <= 9 ? 14 : n <= 12 ? 13 : 12;
  const withGroups = n <= 9;
  const head = (text: string, align: 'left' | 'center' = 'left'): TableCell => ({
    text, options: { bold: true, color: WHITE, fill: { color: ACCENT }, align, fontSize: fontSize - 1 },
  });
  const header = [head(w.t('slide.assumption')), head(w.t('statusQuo')), ...slide.scenarios.map((name) => head(name))];
  const rows: TableCell[][] = slide.rows.map((r, ri) => {
    const fill = { color: ri % 2 === 0 ? WHITE : 'F7F8F9' };
    return [
      withGroups
        ? { text: [{ text: r.label, options: { bold: true, breakLine: true } }, { text: r.group, options: { fontSize: fontSize - 3, color: MUTED } }], options: { fill } }
        : { text: r.label, options: { bold: true, fill } },
      { text: r.statusQuo, options: { fill, color: MUTED } },
      ...r.values.map((v, i): TableCell => (r.differs[i]
        ? { text: v, options: { bold: true, fill: { color: 'E3EEF6' }, color: INK } }
        : { text: v, options: { fill, color: MUTED } })),
    ];
  });
  const scenarioCols = slide.scenarios.length;
  const labelW = scenarioCols > 2 ? 2.6 : 3.4;
  const rest = CONTENT_W - labelW;
  const colW = [labelW, ...Array.from({ length: scenarioCols + 1 }, () => rest / (scenarioCols + 1))];
  s.addTable([header, ...rows], {
    x: MARGIN, y: BODY_TOP, w: CONTENT_W, colW, fontFace: FONT, fontSize, color: INK, valign: 'middle',
    border: { type: 'solid', pt: 0.75, color: RULE }, margin: n > 12 ? [2, 5, 2, 5] : [3, 6, 3, 6], autoPage: false,
  });
}

function eventSlide(deck: Deck, index: number, slide: EventSlide): void {
  const { w } = deck;
  const s = frame(deck, index, slide);
  const compare = deck.briefing.scenarios.length > 1;
  const labels = slide.months.map((m) => w.number(m));
  const top = Math.max(0.1, ...slide.series.flatMap((x) => x.values));
  const scale = niceScale(0, Math.min(1, top), 5);
  const entries: LegendEntry[] = slide.series.map((x) => ({
    label: x.name, color: seriesColor(slide.outlook, x, compare), mark: x.role === 'statusQuo' ? 'dashed' : 'line', dash: seriesDash(slide.outlook, x, compare),
  }));
  const legendH = legend(s, entries, MARGIN, BODY_TOP, CHART_W);
  lineChart(s, slide.series.map((x) => ({
    data: { name: x.name, labels, values: x.values.map((v) => chartValue(v, 'probability')) },
    color: seriesColor(slide.outlook, x, compare),
    dash: seriesDash(slide.outlook, x, compare),
    width: x.role === 'statusQuo' ? 1.75 : 2.75,
  })), {
    x: MARGIN, y: BODY_TOP + legendH, w: CHART_W, h: BODY_BOTTOM - BODY_TOP - legendH,
    valAxisMinVal: 0, valAxisMaxVal: Math.min(1, scale.max), valAxisMajorUnit: scale.step, valAxisLabelFormatCode: axisFormat('probability', scale.step),
    catAxisLabelFrequency: String(monthSkip(labels.length)), showCatAxisTitle: true, catAxisTitle: w.t('slide.axisMonths'),
    altText: `${slide.subtitle ?? slide.label}. ${slide.headline}`,
  });
  figuresPanel(deck, s, slide.figures, 'probability', deck.briefing.horizonMonths, (i) => (compare ? SCENARIO_COLORS[i % 4]! : OUTLOOK_COLOR[slide.outlook] ?? ACCENT));
}

interface LineSpec {
  data: ChartData;
  color: string;
  dash: Dash;
  width: number;
}

/** Lines as one chart: each its own line group, so each keeps its own colour, width and dash. */
function lineChart(s: PptxSlide, lines: LineSpec[], options: ChartOptions, before: { type: 'area'; data: ChartData[]; colors: string[] }[] = []): void {
  const total = before.reduce((n, b) => n + b.data.length, 0) + lines.length;
  const groups = [
    ...before.map((b) => ({
      type: 'area' as const,
      data: b.data,
      options: { barGrouping: 'stacked', chartColors: colours(b.colors, total), chartColorsOpacity: BAND_OPACITY },
    })),
    ...lines.map((l) => ({
      type: 'line' as const,
      data: [l.data],
      options: { chartColors: colours([l.color], total), lineSize: l.width, lineDash: l.dash, lineDataSymbol: 'none' as const },
    })),
  ];
  // Multi-type charts take their options as the second argument (pptxgenjs: `data || options`).
  s.addChart(groups as never, baseChart({ barDir: 'col', ...options }) as never);
}

function launchesSlide(deck: Deck, index: number, slide: LaunchesSlide): void {
  const { w } = deck;
  const s = frame(deck, index, slide);
  const compare = deck.briefing.scenarios.length > 1;
  const barColor = (x: MonthlySeries) => (x.role === 'statusQuo' ? STATUS_QUO_BAR : compare ? SCENARIO_COLORS[(x.scenarioIndex ?? 0) % 4]! : OUTLOOK_COLOR.missileLaunches!);
  const entries: LegendEntry[] = slide.series.map((x) => ({ label: x.name, color: barColor(x), mark: 'swatch' }));
  const legendH = legend(s, entries, MARGIN, BODY_TOP, CHART_W);
  const top = Math.max(0.5, ...slide.series.flatMap((x) => x.values));
  const scale = niceScale(0, top, 5);
  const showValues = slide.quarters.length * slide.series.length <= 16;
  s.addChart('bar', slide.series.map((x) => ({ name: x.name, labels: slide.quarters, values: x.values.map((v) => chartValue(v, 'count')) })), baseChart({
    x: MARGIN, y: BODY_TOP + legendH, w: CHART_W, h: BODY_BOTTOM - BODY_TOP - legendH,
    barDir: 'col', barGrouping: 'clustered', barGapWidthPct: 60, barOverlapPct: -5,
    chartColors: colours(slide.series.map(barColor), slide.series.length),
    valAxisMinVal: 0, valAxisMaxVal: scale.max, valAxisMajorUnit: scale.step, valAxisLabelFormatCode: axisFormat('count', scale.step),
    showValue: showValues, dataLabelFormatCode: '0.0', dataLabelPosition: 'outEnd', dataLabelFontSize: 11, dataLabelColor: INK,
    showCatAxisTitle: true, catAxisTitle: w.t('slide.axisQuarter'),
    altText: `${slide.subtitle ?? slide.label}. ${slide.headline}`,
  }));
  figuresPanel(deck, s, slide.figures, 'count', deck.briefing.horizonMonths, (i) => (compare ? SCENARIO_COLORS[i % 4]! : OUTLOOK_COLOR.missileLaunches!));
}

function bandSlide(deck: Deck, index: number, slide: BandSlide): void {
  const { w } = deck;
  const s = frame(deck, index, slide);
  const compare = deck.briefing.scenarios.length > 1;
  const unit = slide.unit;
  const labels = slide.months.map((m) => w.number(m));
  const scenarios = slide.series.filter((x) => x.role === 'scenario');
  // One scenario: its band as a stacked area, a transparent P10 base with P90 − P10 on top (from
  // the rounded values, so the band's top is P90 as written); the status quo is its mean line.
  // PowerPoint stacks all the area series on an axis together, so a
  // comparison cannot have a band per scenario: there each scenario's P10 and P90 are thin dotted
  // lines, for up to two scenarios (as the compare page shows bands).
  const bands = compare ? [] : scenarios.map((x) => ({
    type: 'area' as const,
    data: [
      { name: `${x.name}: P10`, labels, values: x.p10.map((v) => chartValue(v, unit)) },
      { name: w.t('pptx.bandWidth', { name: x.name }), labels, values: x.p90.map((v, i) => chartValue(chartValue(v, unit) - chartValue(x.p10[i]!, unit), unit)) },
    ],
    colors: ['transparent', seriesColor(slide.outlook, x, compare)],
  }));
  const rangeLines = compare && scenarios.length <= 2
    ? scenarios.flatMap((x) => (['p10', 'p90'] as const).map((q): LineSpec => ({
      data: { name: `${x.name}: ${q.toUpperCase()}`, labels, values: x[q].map((v) => chartValue(v, unit)) },
      color: seriesColor(slide.outlook, x, compare),
      dash: 'sysDot',
      width: 1,
    })))
    : [];
  const means = slide.series.map((x): LineSpec => ({
    data: { name: x.role === 'statusQuo' ? w.t('pptx.statusQuoMean', { name: x.name }) : w.t('pptx.seriesMean', { name: x.name }), labels, values: x.values.map((v) => chartValue(v, unit)) },
    color: seriesColor(slide.outlook, x, compare),
    dash: seriesDash(slide.outlook, x, compare),
    width: x.role === 'statusQuo' ? 1.75 : 2.75,
  }));
  const lines = [...rangeLines, ...means];
  const rangeEntry: LegendEntry[] = compare
    ? rangeLines.length > 0 ? [{ label: w.t('pptx.dottedRange'), color: MUTED, mark: 'dashed', dash: 'sysDot' }] : []
    : [{ label: w.t('pptx.range'), color: seriesColor(slide.outlook, scenarios[0]!, false), mark: 'band' }];
  const entries: LegendEntry[] = [
    ...scenarios.map((x): LegendEntry => ({ label: compare ? x.name : w.t('pptx.mean'), color: seriesColor(slide.outlook, x, compare), mark: 'line', dash: seriesDash(slide.outlook, x, compare) })),
    ...rangeEntry,
    ...slide.series.filter((x) => x.role === 'statusQuo').map((x): LegendEntry => ({ label: w.t('pptx.statusQuoMean', { name: x.name }), color: STATUS_QUO_LINE, mark: 'dashed' })),
  ];
  const legendH = legend(s, entries, MARGIN, BODY_TOP, CHART_W);
  const scale = unit === 'index'
    ? { min: 0, max: 100, step: 25 }
    : niceScale(Math.min(...slide.series.flatMap((x) => x.p10)), Math.max(...slide.series.flatMap((x) => x.p90)), 5);
  lineChart(s, lines, {
    x: MARGIN, y: BODY_TOP + legendH, w: CHART_W, h: BODY_BOTTOM - BODY_TOP - legendH,
    valAxisMinVal: scale.min, valAxisMaxVal: scale.max, valAxisMajorUnit: scale.step, valAxisLabelFormatCode: axisFormat(unit, scale.step),
    catAxisLabelFrequency: String(monthSkip(labels.length)), showCatAxisTitle: true, catAxisTitle: w.t('slide.axisMonths'),
    altText: `${slide.subtitle ?? slide.label}. ${slide.headline}`,
  }, bands);
  figuresPanel(deck, s, slide.figures, unit, deck.briefing.horizonMonths, (i) => (compare ? SCENARIO_COLORS[i % 4]! : OUTLOOK_COLOR[slide.outlook] ?? ACCENT));
}

function statesSlide(deck: Deck, index: number, slide: StatesSlide): void {
  const { w } = deck;
  const s = frame(deck, index, slide);
  const first = slide.panels[0];
  if (!first) return;
  const entries: LegendEntry[] = first.states.map((st) => ({ label: st.label, color: STATE_COLOR[st.id], mark: 'swatch' }));
  const compare = slide.panels.length > 1;
  const legendH = legend(s, entries, MARGIN, BODY_TOP, compare ? CONTENT_W : CHART_W);
  const top = BODY_TOP + legendH;
  const chartFor = (panel: StatesSlide['panels'][number], x: number, y: number, width: number, h: number) => {
    // Bottom-up: settlement at the bottom, crisis on top (as on the dashboard).
    const bottomUp = [...panel.states].reverse();
    const labels = panel.months.map((m) => w.number(m));
    s.addChart('area', bottomUp.map((st) => ({ name: st.label, labels, values: st.values.map((v) => chartValue(v, 'probability')) })), baseChart({
      x, y, w: width, h, barGrouping: 'stacked', barDir: 'col',
      chartColors: bottomUp.map((st) => STATE_COLOR[st.id]),
      valAxisMinVal: 0, valAxisMaxVal: 1, valAxisMajorUnit: 0.25, valAxisLabelFormatCode: '0%',
      catAxisLabelFrequency: String(monthSkip(labels.length)), showCatAxisTitle: !compare || slide.panels.length <= 2, catAxisTitle: w.t('slide.axisMonths'),
      catAxisLabelFontSize: compare ? 11 : 12, valAxisLabelFontSize: compare ? 11 : 12,
      altText: compare ? `${panel.scenario}: ${slide.subtitle ?? ''}` : slide.subtitle ?? '',
    }));
  };
  if (!compare) {
    chartFor(first, MARGIN, top, CHART_W, BODY_BOTTOM - top);
    // Beside it: the shares at the horizon, largest first.
    s.addShape('rect', { x: SIDE_X, y: BODY_TOP, w: SIDE_W, h: BODY_BOTTOM - BODY_TOP, fill: { color: PANEL }, line: { color: PANEL, width: 0 } });
    s.addText(w.t('pptx.atMonth', { month: w.number(deck.briefing.horizonMonths) }).toUpperCase(), {
      x: SIDE_X + 0.25, y: BODY_TOP + 0.2, w: SIDE_W - 0.5, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: MUTED, charSpacing: 1, margin: 0,
    });
    const ranked = [...first.states].sort((a, b) => b.values.at(-1)! - a.values.at(-1)!);
    ranked.forEach((st, i) => {
      const y = BODY_TOP + 0.65 + i * 0.72;
      s.addShape('rect', { x: SIDE_X + 0.25, y: y + 0.12, w: 0.24, h: 0.24, fill: { color: STATE_COLOR[st.id] }, line: { color: STATE_COLOR[st.id], width: 0 } });
      s.addText([
        { text: w.percent(st.values.at(-1)!), options: { bold: true, fontSize: i === 0 ? 26 : 20, color: INK } },
        { text: `  ${st.label}`, options: { fontSize: 15, color: INK } },
      ], { x: SIDE_X + 0.62, y, w: SIDE_W - 0.8, h: 0.5, fontFace: FONT, margin: 0, valign: 'middle' });
    });
    return;
  }
  const n = slide.panels.length;
  const cols = n <= 2 ? n : 2;
  const rows = Math.ceil(n / cols);
  const gap = 0.35;
  const cellW = (CONTENT_W - gap * (cols - 1)) / cols;
  const cellH = (BODY_BOTTOM - top - gap * (rows - 1)) / rows;
  slide.panels.forEach((panel, i) => {
    const x = MARGIN + (i % cols) * (cellW + gap);
    const y = top + Math.floor(i / cols) * (cellH + gap);
    s.addText([
      { text: panel.scenario, options: { bold: true, color: SCENARIO_COLORS[panel.scenarioIndex % 4] } },
      { text: `  ·  ${w.t('pptx.panelLead', { state: panel.leading.label, share: w.percent(panel.leading.share), month: w.number(deck.briefing.horizonMonths) })}`, options: { color: MUTED } },
    ], { x, y, w: cellW, h: 0.32, fontFace: FONT, fontSize: n > 2 ? 12 : 13, margin: 0, valign: 'middle', fit: 'shrink' });
    chartFor(panel, x, y + 0.34, cellW, cellH - 0.34);
  });
}

/** Contributions in the unit a reader reads them in: percentage points for chances. */
function contributionScale(unit: OutlookUnit): { factor: number; decimals: number; format: string } {
  switch (unit) {
    case 'probability': return { factor: 100, decimals: 1, format: '"+"0.0" pts";"−"0.0" pts";0" pts"' };
    case 'count': return { factor: 1, decimals: 2, format: '"+"0.0;"−"0.0;0' };
    case 'warheads': return { factor: 1, decimals: 1, format: '"+"0.0;"−"0.0;0' };
    default: return { factor: 1, decimals: 1, format: '"+"0.0;"−"0.0;0' };
  }
}

function attributionSlide(deck: Deck, index: number, slide: AttributionSlide): void {
  const { w } = deck;
  const s = frame(deck, index, slide);
  if (slide.bars.length === 0) {
    s.addText(slide.subtitle ?? w.t('pptx.noAssumption'), {
      x: MARGIN, y: BODY_TOP + 0.4, w: CONTENT_W, h: 1, fontFace: FONT, fontSize: 22, color: INK, margin: 0, valign: 'top',
    });
    return;
  }
  const scale = contributionScale(slide.unit);
  const round = (v: number) => Number((v * scale.factor).toFixed(scale.decimals));
  // PowerPoint draws the first category at the bottom: reversed, the largest bar is on top.
  const bars = [...slide.bars].reverse();
  const labels = bars.map((b) => b.label);
  const values = bars.map((b) => round(b.contribution));
  const entries: LegendEntry[] = [
    { label: w.t('slide.raisesIt'), color: RAISES, mark: 'swatch' },
    { label: w.t('slide.lowersIt'), color: LOWERS, mark: 'swatch' },
    { label: w.t(`pptx.contributionUnits.${slide.unit}`), color: MUTED, mark: 'none' },
  ];
  const legendH = legend(s, entries, MARGIN, BODY_TOP, CHART_W);
  // Room at the open ends for the value labels; an axis never crosses zero without a bar there.
  const extent = Math.max(...values.map(Math.abs), 1e-6);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const range = niceScale(low < 0 ? low - extent * 0.15 : 0, high > 0 ? high + extent * 0.15 : 0, 5);
  s.addChart('bar', [{ name: slide.kind === 'difference' ? w.t('pptx.contributionDifference', { a: slide.from.label, b: slide.to.label }) : w.t('pptx.contributionChange'), labels, values }], baseChart({
    x: MARGIN, y: BODY_TOP + legendH, w: CHART_W, h: BODY_BOTTOM - BODY_TOP - legendH,
    barDir: 'bar', barGrouping: 'clustered', barGapWidthPct: 45,
    chartColors: [RAISES], invertedColors: [LOWERS],
    valAxisMinVal: range.min, valAxisMaxVal: range.max, valAxisMajorUnit: range.step, valAxisLabelFormatCode: scale.format,
    catAxisLabelFontSize: bars.length > 10 ? 11 : 13, catAxisLabelColor: INK, catAxisLabelPos: 'low',
    showValue: true, dataLabelFormatCode: scale.format, dataLabelPosition: 'outEnd', dataLabelFontSize: 12, dataLabelColor: INK,
    valGridLine: { color: GRID, style: 'solid', size: 0.75 },
    altText: `${slide.subtitle ?? slide.label}. ${slide.headline}`,
  }));
  // Beside it: where the bars start and end.
  s.addShape('rect', { x: SIDE_X, y: BODY_TOP, w: SIDE_W, h: BODY_BOTTOM - BODY_TOP, fill: { color: PANEL }, line: { color: PANEL, width: 0 } });
  const inner = SIDE_X + 0.25;
  const innerW = SIDE_W - 0.5;
  s.addText(slide.label.toUpperCase(), { x: inner, y: BODY_TOP + 0.2, w: innerW, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: MUTED, charSpacing: 1, margin: 0 });
  const stop = (caption: string, value: string, y: number, color: string) => s.addText([
    { text: caption, options: { fontSize: 13, color: MUTED, breakLine: true } },
    { text: value, options: { fontSize: value.length <= 7 ? 30 : value.length <= 11 ? 24 : 20, bold: true, color } },
  ], { x: inner, y, w: innerW, h: 1.0, fontFace: FONT, margin: 0, valign: 'top' });
  stop(slide.from.label, slide.from.text, BODY_TOP + 0.6, MUTED);
  stop(slide.to.label, slide.to.text, BODY_TOP + 1.7, INK);
  stop(w.t('slide.change'), slide.totalText, BODY_TOP + 2.8, slide.total > 0 ? RAISES : slide.total < 0 ? LOWERS : MUTED);
  s.addText(w.t('pptx.shapleyNote'), {
    x: inner, y: BODY_TOP + 3.85, w: innerW, h: 0.8, fontFace: FONT, fontSize: 12, color: MUTED, margin: 0, valign: 'top',
  });
}

function comparisonSlide(deck: Deck, index: number, slide: ComparisonSlide): void {
  const { w } = deck;
  const s = frame(deck, index, slide);
  const many = slide.scenarios.length > 2;
  const head = (text: string): TableCell => ({ text, options: { bold: true, color: WHITE, fill: { color: ACCENT }, fontSize: many ? 12 : 14 } });
  const header = [head(w.t('slide.outlook')), head(w.t('statusQuo')), ...slide.scenarios.map((name) => head(name))];
  const rows: TableCell[][] = slide.rows.map((r, ri) => {
    const fill = { color: ri % 2 === 0 ? WHITE : 'F7F8F9' };
    return [
      { text: r.label, options: { bold: true, fill } },
      { text: r.statusQuoText, options: { fill, color: MUTED } },
      ...r.cells.map((c): TableCell => ({
        text: [
          { text: c.meanText, options: { bold: true, fontSize: many ? 14 : 16, breakLine: true } },
          { text: `${c.rangeText} · `, options: { fontSize: many ? 10 : 11, color: MUTED } },
          { text: c.changeText, options: { fontSize: many ? 10 : 11, color: TONE[c.tone], bold: c.tone !== 'same' } },
        ],
        options: { fill },
      })),
    ];
  });
  const labelW = many ? 2.3 : 2.9;
  const sqW = many ? 1.45 : 1.7;
  const rest = (CONTENT_W - labelW - sqW) / slide.scenarios.length;
  s.addTable([header, ...rows], {
    x: MARGIN, y: BODY_TOP, w: CONTENT_W, colW: [labelW, sqW, ...slide.scenarios.map(() => rest)], fontFace: FONT, fontSize: many ? 12 : 14, color: INK,
    valign: 'middle', border: { type: 'solid', pt: 0.75, color: RULE }, margin: many ? [2, 6, 2, 6] : [4, 8, 4, 8], autoPage: false,
  });
  s.addText(w.t('pptx.cellKey'), {
    x: MARGIN, y: BODY_BOTTOM + 0.02, w: CONTENT_W, h: 0.22, fontFace: FONT, fontSize: 11, color: MUTED, margin: 0,
  });
}

function closingSlide(deck: Deck, index: number, slide: ClosingSlide): void {
  const { w } = deck;
  const s = frame(deck, index, slide);
  const half = Math.ceil(slide.sources.length / 2);
  const columns = slide.sources.length > 7 ? [slide.sources.slice(0, half), slide.sources.slice(half)] : [slide.sources];
  const colW = columns.length === 1 ? CONTENT_W : (CONTENT_W - 0.4) / 2;
  const size = slide.sources.length > 12 ? 12 : 14;
  s.addText(w.t('pptx.sources').toUpperCase(), { x: MARGIN, y: BODY_TOP, w: 4, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: MUTED, charSpacing: 1, margin: 0 });
  columns.forEach((items, c) => {
    if (items.length === 0) return;
    s.addText(items.map((src) => ({
      text: src.title,
      options: { bullet: { indent: 14 }, breakLine: true, paraSpaceAfter: 4 },
    })), { x: MARGIN + c * (colW + 0.4), y: BODY_TOP + 0.35, w: colW, h: 3.0, fontFace: FONT, fontSize: size, color: INK, valign: 'top', margin: 0, fit: 'shrink' });
  });
  s.addText(w.t('slide.method').toUpperCase(), { x: MARGIN, y: 5.5, w: 4, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: MUTED, charSpacing: 1, margin: 0 });
  s.addText(`${slide.method} ${w.t('pptx.modelCard', { version: slide.modelVersion })}`, {
    x: MARGIN, y: 5.82, w: CONTENT_W, h: 0.9, fontFace: FONT, fontSize: 13, color: INK, valign: 'top', margin: 0,
  });
}

// ---------------------------------------------------------------------------

/** The deck for a briefing: one PowerPoint slide per briefing slide, in order, in the briefing's language. */
export async function briefingToPptx(briefing: Briefing, { latinDigits = false }: { latinDigits?: boolean } = {}): Promise<Buffer> {
  const locale = briefing.locale ?? 'en';
  const w = briefingWords(locale, { latinDigits });
  FONT = FONTS[locale];
  LANG = LANGS[locale];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = briefing.title;
  pptx.subject = w.t('pptx.subject', { duration: months(w, briefing.horizonMonths) });
  pptx.author = 'Peninsula Outlook';
  pptx.company = 'Peninsula Outlook';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  if (locale !== 'en') pptx.rtlMode = true;
  const title = briefing.slides.find((x): x is TitleSlide => x.kind === 'title');
  const deck: Deck = {
    pptx, briefing, dateText: title?.dateText ?? briefing.date, total: briefing.slides.length,
    w, rtl: locale !== 'en', lang: LANGS[locale],
  };

  briefing.slides.forEach((slide, i) => {
    switch (slide.kind) {
      case 'title': return titleSlide(deck, slide);
      case 'assumptions': return assumptionsSlide(deck, i, slide);
      case 'event': return eventSlide(deck, i, slide);
      case 'launches': return launchesSlide(deck, i, slide);
      case 'band': return bandSlide(deck, i, slide);
      case 'states': return statesSlide(deck, i, slide);
      case 'attribution':
      case 'difference': return attributionSlide(deck, i, slide);
      case 'comparison': return comparisonSlide(deck, i, slide);
      case 'closing': return closingSlide(deck, i, slide);
      default: {
        const unknown: never = slide;
        throw new Error(`no PowerPoint layout for slide ${JSON.stringify((unknown as Slide).kind)}`);
      }
    }
  });

  const out = await pptx.write({ outputType: 'nodebuffer', compression: true });
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}
