/**
 * The briefing: a forecast (or a comparison of 2–4) as a deck of slides, each
 * with a headline in plain words, speaker notes and the numbers its chart
 * needs, already shaped. Deterministic (no React, no clock: the date is passed
 * in), so present mode, the PDF route and the PowerPoint export all build the
 * same deck from the same input. Every word comes from the `briefing` messages
 * in the input's locale (or from the model's texts, already in that locale), and
 * every number from its formatter (./words.ts), so it runs on the server only.
 *
 * Slides, for one scenario: title, assumptions, the four event outlooks,
 * missile launches, tension, arsenal, diplomatic states, attribution (of the
 * outlook that moved most), closing. For a comparison: title, assumptions,
 * comparison table, the seven outlooks with every scenario, diplomatic
 * states, difference (B − A), closing.
 */
import { changeTone } from '@/app/_dashboard/format';
import type { FormatOptions } from '@/server/i18n/format';
import type { Locale } from '@/server/i18n/locales';
import type { AssumptionDomain, AssumptionId, Assumptions } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';
import type { DifferenceResult } from '@/server/model/difference';
import type { EventOutlookId, OutlookId, OutlookUnit, StateId } from '@/server/model/outlooks';
import type { Contribution, ForecastResult, OutlookResult } from '@/server/model/schema';
import { briefingWords, isoDate, latinDigits, type BriefingWords } from './words';

// ---------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------

export interface BriefingScenario {
  name: string;
  description: string;
  /** When the scenario was saved (ISO); null or absent for an unsaved dashboard state. */
  savedAt?: string | null;
  assumptions: Assumptions;
  horizonMonths: number;
  /** The preset it was started from, when known (its sources are cited on the closing slide). */
  presetId?: string | null;
}

export interface BriefingInput {
  /** One scenario, or 2–4 for a comparison. */
  scenarios: BriefingScenario[];
  /** forecast.run for each scenario, in the same order and over the same horizon. */
  forecasts: ForecastResult[];
  /**
   * forecast.run for the status quo over the same horizon: the status-quo lines
   * on the outlook charts. Without it the charts show the scenarios only (the
   * status-quo figures at the horizon still come from each forecast).
   */
  statusQuo?: ForecastResult | null;
  /** forecast.difference for a comparison: base = scenarios[pair[0]], target = scenarios[pair[1]]. */
  difference?: DifferenceResult | null;
  /** Which two scenarios `difference` explains (indexes into scenarios); default [0, 1]. */
  differencePair?: [number, number];
  /** model.describe. */
  description: ModelDescription;
  /** The briefing date, ISO ("2026-11-21" or a full timestamp; only the date is used). */
  date: string;
  /** The language of every text on the slides (default English); `description` and the forecasts should be in it too. */
  locale?: Locale;
  /** The reader's formatting choice (Persian: Latin digits). */
  formatOptions?: FormatOptions;
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

export type Tone = 'worse' | 'better' | 'same';

/** An outlook's figure at the horizon for one scenario, in numbers and in words. */
export interface OutlookFigure {
  scenario: string;
  mean: number;
  p10: number;
  p90: number;
  statusQuoMean: number;
  /** mean − status-quo mean */
  change: number;
  /** "34%", "23.4 launches", "56 / 100", "58 warheads" */
  meanText: string;
  /** meanText split for display: the number ("34%", "23.4", "56", "58") … */
  valueText: string;
  /** … and its unit ("", "launches", "/ 100", "warheads"). */
  unitText: string;
  /** "20%–48%": the 80% range, without unit suffix. */
  rangeText: string;
  /** "+12 pts", "−3.0 launches" */
  changeText: string;
  /** The status-quo mean formatted like meanText. */
  statusQuoText: string;
  /** Whether the change is good or bad news (a rise in tests is worse, in deals better). */
  tone: Tone;
}

/** A line over months; `role` tells the chart how to draw it. */
export interface MonthlySeries {
  name: string;
  role: 'scenario' | 'statusQuo';
  /** Index into Briefing scenarios (null for the status quo): picks the series colour. */
  scenarioIndex: number | null;
  values: number[];
}

/** A line with its P10–P90 band over months. */
export interface BandSeries extends MonthlySeries {
  p10: number[];
  p90: number[];
}

interface SlideBase {
  /** Stable within a deck, e.g. "outlook-icbmLaunch": anchors, file names, test ids. */
  id: string;
  headline: string;
  subtitle?: string;
  /** Speaker notes: plain text, paragraphs separated by blank lines. */
  notes: string;
}

export interface TitleSlide extends SlideBase {
  kind: 'title';
  scenarioNames: string[];
  description: string;
  /** "21 November 2026" */
  dateText: string;
  /** "2026-11-21" */
  date: string;
  modelVersion: string;
  horizonMonths: number;
  /** "Saved 3 November 2026" / null */
  savedText: string | null;
}

export interface AssumptionRow {
  assumption: AssumptionId;
  label: string;
  group: string;
  /** The status-quo value in words. */
  statusQuo: string;
  /** Each scenario's value in words, in scenario order. */
  values: string[];
  /** Whether each scenario's value differs from the status quo. */
  differs: boolean[];
}

export interface AssumptionsSlide extends SlideBase {
  kind: 'assumptions';
  /** Column heads: the scenario names. */
  scenarios: string[];
  /** Exactly the assumptions that differ from the status quo in at least one scenario, in model order. */
  rows: AssumptionRow[];
  /** When no assumption differs: a sentence saying so; otherwise null. */
  emptyText: string | null;
}

export interface EventSlide extends SlideBase {
  kind: 'event';
  outlook: EventOutlookId;
  label: string;
  unit: 'probability';
  /** 0…horizon; month 0 is 0 by definition. */
  months: number[];
  /** Cumulative probability (0–1) by month: each scenario, then the status quo when known. */
  series: MonthlySeries[];
  figures: OutlookFigure[];
}

export interface LaunchesSlide extends SlideBase {
  kind: 'launches';
  outlook: 'missileLaunches';
  label: string;
  unit: 'count';
  /** "Q1", "Q2", … ; a partial last quarter says so ("Q5 (2 mo)"). */
  quarters: string[];
  /** Months in each quarter (3 but the last may be fewer). */
  quarterMonths: number[];
  /** Expected launches per quarter: each scenario, then the status quo when known. */
  series: MonthlySeries[];
  figures: OutlookFigure[];
}

export interface BandSlide extends SlideBase {
  kind: 'band';
  outlook: 'tensionIndex' | 'arsenal';
  label: string;
  unit: 'index' | 'warheads';
  /** 1…horizon */
  months: number[];
  /** Monthly mean with its P10–P90 band: each scenario, then the status quo when known. */
  series: BandSeries[];
  figures: OutlookFigure[];
}

export interface StatesPanel {
  scenario: string;
  scenarioIndex: number;
  /** 0…horizon */
  months: number[];
  /** Mean share (0–1) of each state by month; stacked, they sum to 1. Crisis first. */
  states: { id: StateId; label: string; values: number[] }[];
  /** The most likely state at the horizon. */
  leading: { id: StateId; label: string; share: number };
}

export interface StatesSlide extends SlideBase {
  kind: 'states';
  /** One panel per scenario. */
  panels: StatesPanel[];
}

export interface WaterfallBar {
  assumption: AssumptionId;
  /** The assumption's label, e.g. "Test moratorium". */
  label: string;
  /** The scenario's value in words, e.g. "the codified test moratorium". */
  phrase: string;
  contribution: number;
  /** "−12 pts" */
  contributionText: string;
}

export interface AttributionSlide extends SlideBase {
  kind: 'attribution' | 'difference';
  outlook: OutlookId;
  label: string;
  unit: OutlookUnit;
  /** Where the bars start: the status quo, or scenario A for a difference. */
  from: { label: string; value: number; text: string };
  /** Where they end: the scenario, or scenario B. */
  to: { label: string; value: number; text: string };
  /** Largest first; they sum to `total`. */
  bars: WaterfallBar[];
  /** to.value − from.value */
  total: number;
  totalText: string;
}

export interface ComparisonRow {
  outlook: OutlookId;
  label: string;
  unit: OutlookUnit;
  statusQuoText: string;
  cells: OutlookFigure[];
}

export interface ComparisonSlide extends SlideBase {
  kind: 'comparison';
  scenarios: string[];
  rows: ComparisonRow[];
}

export interface SourceItem {
  id: string;
  file: string;
  title: string;
}

export interface ClosingSlide extends SlideBase {
  kind: 'closing';
  sources: SourceItem[];
  modelVersion: string;
  method: string;
}

export type Slide =
  | TitleSlide
  | AssumptionsSlide
  | EventSlide
  | LaunchesSlide
  | BandSlide
  | StatesSlide
  | AttributionSlide
  | ComparisonSlide
  | ClosingSlide;

export type SlideKind = Slide['kind'];

export interface Briefing {
  /** The language the slides are written in. */
  locale: Locale;
  title: string;
  /** For download names: "freeze-for-relief-2026-11-21", "comparison-a-vs-b-2026-11-21". */
  fileStem: string;
  date: string;
  modelVersion: string;
  horizonMonths: number;
  scenarios: string[];
  slides: Slide[];
}

// ---------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------

export { dateInWords, isoDate } from './words';

/** "Freeze for relief" → "freeze-for-relief"; accents dropped, never empty. */
export function slugify(text: string, maxLength = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug || 'scenario';
}

export function fileStemFor(names: string[], date: string): string {
  const day = isoDate(date);
  if (names.length === 1) return `${slugify(names[0]!)}-${day}`;
  const each = Math.max(12, Math.floor(60 / names.length));
  return `comparison-${names.map((n) => slugify(n, each)).join('-vs-')}-${day}`;
}

/** "Crisis" → "crisis", but "ICBM launch" stays as it is (a no-op for scripts without case). */
const lowerFirst = (text: string) => (/^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1));

/** The model's outlook metadata, tolerant of a description that lacks one (labels fall back to ids). */
function outlookMeta(description: ModelDescription, id: OutlookId) {
  const meta = description.outlooks.find((o) => o.id === id);
  return { label: meta?.label ?? id, phrase: meta?.phrase ?? id, unit: (meta?.unit ?? 'index') as OutlookUnit, sources: meta?.sources ?? [] };
}

/** "56 / 100" → ["56", "/ 100"]: the number and its unit words. */
export function splitMean(w: BriefingWords, band: { mean: number; p10: number; p90: number }, unit: OutlookUnit): { valueText: string; unitText: string } {
  return { valueText: w.value(band.mean, unit), unitText: w.unitWords(unit) };
}

function figureFor(w: BriefingWords, scenario: string, id: OutlookId, outlook: OutlookResult, unit: OutlookUnit): OutlookFigure {
  return {
    scenario,
    mean: outlook.mean,
    p10: outlook.p10,
    p90: outlook.p90,
    statusQuoMean: outlook.statusQuo.mean,
    change: outlook.change,
    meanText: w.mean(outlook, unit),
    ...splitMean(w, outlook, unit),
    rangeText: w.range(outlook, unit),
    changeText: w.change(outlook.change, unit),
    statusQuoText: w.mean(outlook.statusQuo, unit),
    tone: changeTone(id, outlook.change, unit),
  };
}

/** "the codified test moratorium (−34 pts)" for each contribution, largest first. */
function driverLines(w: BriefingWords, contributions: Contribution[], unit: OutlookUnit): { raising: string[]; lowering: string[] } {
  const sorted = [...contributions].filter((c) => c.contribution !== 0).sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const line = (c: Contribution) => `${c.phrase} (${w.change(c.contribution, unit)})`;
  return {
    raising: sorted.filter((c) => c.contribution > 0).map(line),
    lowering: sorted.filter((c) => c.contribution < 0).map(line),
  };
}

/** "Raised by …." / "Lowered by …." sentences, or none. */
function driverSentences(w: BriefingWords, raising: string[], lowering: string[]): string[] {
  const out: string[] = [];
  if (raising.length) out.push(w.t('drivers.raised', { drivers: w.list(raising) }));
  if (lowering.length) out.push(w.t('drivers.lowered', { drivers: w.list(lowering) }));
  return out;
}

/** Notes for one scenario's outlook: the reading, the range, then every driver with its share. */
function outlookNotes(w: BriefingWords, name: string, outlook: OutlookResult, unit: OutlookUnit, withName: boolean): string {
  const lead = withName ? `${name}: ${outlook.reading}` : outlook.reading;
  const range = w.t('notes.range', { range: w.range(outlook, unit), statusQuo: w.mean(outlook.statusQuo, unit), change: w.change(outlook.change, unit) });
  const { raising, lowering } = driverLines(w, outlook.attribution.contributions, unit);
  const parts = [lead, range, ...driverSentences(w, raising, lowering)];
  if (!raising.length && !lowering.length) parts.push(w.t('drivers.none'));
  return parts.join(' ');
}

/**
 * How far an outlook moved from its baseline, in relative terms. Floors keep a
 * rise from 0.1% to 0.4% (or from 0.2 to 0.8 launches) from outranking a
 * 20-point swing in a likely event.
 */
const RELATIVE_FLOOR: Record<OutlookUnit, number> = { probability: 0.05, count: 1, index: 1, warheads: 1 };
export function relativeChange(from: number, to: number, unit: OutlookUnit): number {
  return Math.abs(to - from) / Math.max(Math.abs(from), RELATIVE_FLOOR[unit]);
}

// ---------------------------------------------------------------------------
// Slides
// ---------------------------------------------------------------------------

const EVENT_IDS: readonly EventOutlookId[] = ['nuclearTest', 'icbmLaunch', 'interimDeal', 'denuclearizationStep'];
const STATE_ORDER: readonly StateId[] = ['crisis', 'standoff', 'talks', 'freeze', 'settlement'];

interface Context {
  input: BriefingInput;
  names: string[];
  horizon: number;
  compare: boolean;
  w: BriefingWords;
  /** "12 months", in the locale. */
  months: string;
  statusQuoName: string;
}

function assumptionMetas(description: ModelDescription) {
  return description.assumptions.map((a) => ({ id: a.id as AssumptionId, label: a.label, group: a.group, domain: a.domain as AssumptionDomain, sources: a.sources }));
}

/** A value in words for a table whose row already says what it is: resolutions by number ("2375, 2397"), not "Lifted: 2375 (2017-09), …". */
function inWords(w: BriefingWords, domain: AssumptionDomain, value: Assumptions[AssumptionId]): string {
  switch (domain.kind) {
    case 'resolutions': {
      const lifted = Array.isArray(value) ? [...value].sort((a, b) => a - b) : [];
      return lifted.length === 0 ? w.t('values.noneLifted') : lifted.map((n) => (w.locale === 'en' ? String(n) : w.format.number(n).replace(/[٬,]/g, ''))).join(w.comma);
    }
    case 'percent':
      return w.t('values.percent', { value: w.number(Number(value)), max: w.number(100) });
    case 'enum':
      return domain.options.find((o) => o.value === value)?.label ?? String(value);
    case 'boolean':
      return value === true ? domain.trueLabel : domain.falseLabel;
  }
}

function differs(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return true;
    const sb = [...b].sort();
    return ![...a].sort().every((v, i) => v === sb[i]);
  }
  return a !== b;
}

function titleSlide(ctx: Context): TitleSlide {
  const { input, names, w } = ctx;
  const first = input.scenarios[0]!;
  const description = ctx.compare ? '' : first.description.trim();
  const savedAt = !ctx.compare && first.savedAt ? w.date(first.savedAt) : null;
  const headline = ctx.compare ? names.join(w.t('title.versus')) : names[0]!;
  const subtitle = ctx.compare
    ? w.t('title.subtitleCompare', { count: names.length, n: w.number(names.length), duration: ctx.months })
    : w.t('title.subtitle', { duration: ctx.months });
  const version = w.t('title.notesVersion', { version: input.description.modelVersion, date: w.date(input.date) });
  const notes = ctx.compare
    ? [
        w.t('title.notesCompare', { count: names.length, n: w.number(names.length), names: w.list(names.map(w.quoted)), duration: ctx.months }),
        ...input.scenarios.map((s) => (s.description.trim() ? `${s.name}: ${s.description.trim()}` : '')).filter(Boolean),
        version,
      ].join('\n\n')
    : [
        w.t('title.notesSingle', { name: w.quoted(first.name), duration: ctx.months }),
        description,
        version,
      ].filter(Boolean).join('\n\n');
  return {
    id: 'title', kind: 'title', headline, subtitle, notes,
    scenarioNames: names, description, dateText: w.date(input.date), date: isoDate(input.date),
    modelVersion: input.description.modelVersion, horizonMonths: ctx.horizon, savedText: savedAt ? w.t('title.saved', { date: savedAt }) : null,
  };
}


function assumptionsSlide(ctx: Context): AssumptionsSlide {
  const { input, names, w } = ctx;
  const sq = input.description.statusQuo;
  const groups = new Map(input.description.groups.map((g) => [g.id, g.label]));
  const rows: AssumptionRow[] = [];
  for (const meta of assumptionMetas(input.description)) {
    const flags = input.scenarios.map((s) => differs(s.assumptions[meta.id], sq[meta.id]));
    if (!flags.some(Boolean)) continue;
    rows.push({
      assumption: meta.id,
      label: meta.label,
      group: groups.get(meta.group) ?? meta.group,
      statusQuo: inWords(w, meta.domain, sq[meta.id]),
      values: input.scenarios.map((s) => inWords(w, meta.domain, s.assumptions[meta.id])),
      differs: flags,
    });
  }
  const n = rows.length;
  const asOf = w.monthYear(input.description.asOf);
  const emptyText = n === 0
    ? ctx.compare ? w.t('assumptions.emptyCompare', { asOf }) : w.t('assumptions.empty', { asOf })
    : null;
  const headline = n === 0
    ? w.t('assumptions.headlineNone')
    : ctx.compare
      ? w.t('assumptions.headlineCompare', { count: n, n: w.number(n) })
      : w.t('assumptions.headline', { count: n, n: w.number(n) });
  const notes = n === 0
    ? emptyText!
    : rows.map((r) => (ctx.compare
      ? w.t('assumptions.noteCompare', { label: r.label, statusQuo: r.statusQuo, values: r.values.map((v, i) => `${names[i]} ${v}`).join(w.semicolon) })
      : w.t('assumptions.note', { label: r.label, value: r.values[0]!, statusQuo: r.statusQuo }))).join('\n');
  return {
    id: 'assumptions', kind: 'assumptions', headline,
    subtitle: ctx.compare ? w.t('assumptions.subtitleCompare') : w.t('assumptions.subtitle', { asOf }),
    notes, scenarios: names, rows, emptyText,
  };
}

/** A comparison's headline for one outlook: each scenario's figure, then the status quo. */
function compareHeadline(ctx: Context, id: OutlookId): string {
  const { input, names, w } = ctx;
  const meta = outlookMeta(input.description, id);
  const figures = input.forecasts.map((f, i) => w.t('compare.under', { value: w.mean(f.outlooks[id], meta.unit), name: names[i]! }));
  return w.t(`compare.headline.${meta.unit}`, {
    phrase: meta.phrase, duration: ctx.months, figures: w.list(figures), statusQuo: w.mean(input.forecasts[0]!.outlooks[id].statusQuo, meta.unit),
  });
}

function outlookSlideText(ctx: Context, id: OutlookId) {
  const { input, names, w } = ctx;
  const unit = outlookMeta(input.description, id).unit;
  const headline = ctx.compare ? compareHeadline(ctx, id) : input.forecasts[0]!.outlooks[id].reading;
  const notes = input.forecasts.map((f, i) => outlookNotes(w, names[i]!, f.outlooks[id], unit, ctx.compare)).join('\n\n');
  const figures = input.forecasts.map((f, i) => figureFor(w, names[i]!, id, f.outlooks[id], unit));
  return { headline, notes, figures, unit };
}

function eventSlide(ctx: Context, id: EventOutlookId): EventSlide {
  const { input, names, horizon, w } = ctx;
  const meta = outlookMeta(input.description, id);
  const text = outlookSlideText(ctx, id);
  const months = Array.from({ length: horizon + 1 }, (_, m) => m);
  const path = (f: ForecastResult) => [0, ...f.outlooks[id].trajectory.map((p) => p.mean)];
  const series: MonthlySeries[] = input.forecasts.map((f, i) => ({ name: names[i]!, role: 'scenario', scenarioIndex: i, values: path(f) }));
  if (input.statusQuo) series.push({ name: ctx.statusQuoName, role: 'statusQuo', scenarioIndex: null, values: path(input.statusQuo) });
  return {
    id: `outlook-${id}`, kind: 'event', outlook: id, label: meta.label, unit: 'probability',
    headline: text.headline, subtitle: w.t('outlook.subtitleEvent', { label: meta.label }),
    notes: text.notes, months, series, figures: text.figures,
  };
}

function launchesSlide(ctx: Context): LaunchesSlide {
  const { input, names, w } = ctx;
  const id = 'missileLaunches';
  const meta = outlookMeta(input.description, id);
  const text = outlookSlideText(ctx, id);
  const quarters = input.forecasts[0]!.launchesByQuarter;
  const series: MonthlySeries[] = input.forecasts.map((f, i) => ({
    name: names[i]!, role: 'scenario', scenarioIndex: i, values: f.launchesByQuarter.map((q) => q.mean),
  }));
  if (input.statusQuo) {
    series.push({ name: ctx.statusQuoName, role: 'statusQuo', scenarioIndex: null, values: input.statusQuo.launchesByQuarter.map((q) => q.mean) });
  }
  return {
    id: `outlook-${id}`, kind: 'launches', outlook: id, label: meta.label, unit: 'count',
    headline: text.headline, subtitle: w.t('outlook.subtitleLaunches', { duration: ctx.months }),
    notes: text.notes,
    quarters: quarters.map((q) => (q.months < 3
      ? w.t('outlook.quarterPartial', { quarter: w.number(q.quarter), months: w.number(q.months) })
      : w.t('outlook.quarter', { quarter: w.number(q.quarter) }))),
    quarterMonths: quarters.map((q) => q.months),
    series, figures: text.figures,
  };
}

function bandSlide(ctx: Context, id: 'tensionIndex' | 'arsenal'): BandSlide {
  const { input, names, w } = ctx;
  const meta = outlookMeta(input.description, id);
  const text = outlookSlideText(ctx, id);
  const band = (f: ForecastResult, name: string, role: MonthlySeries['role'], scenarioIndex: number | null): BandSeries => {
    const t = f.outlooks[id].trajectory;
    return {
      name, role, scenarioIndex,
      values: t.map((p) => p.mean),
      p10: t.map((p) => p.p10 ?? p.mean),
      p90: t.map((p) => p.p90 ?? p.mean),
    };
  };
  const series = input.forecasts.map((f, i) => band(f, names[i]!, 'scenario', i));
  if (input.statusQuo) series.push(band(input.statusQuo, ctx.statusQuoName, 'statusQuo', null));
  const subtitle = id === 'tensionIndex'
    ? w.t('outlook.subtitleTension', { min: w.number(0), max: w.number(100) })
    : w.t('outlook.subtitleArsenal');
  return {
    id: `outlook-${id}`, kind: 'band', outlook: id, label: meta.label, unit: meta.unit as 'index' | 'warheads',
    headline: text.headline, subtitle, notes: text.notes,
    months: input.forecasts[0]!.outlooks[id].trajectory.map((p) => p.month),
    series, figures: text.figures,
  };
}

function statesSlide(ctx: Context): StatesSlide {
  const { input, names, horizon, w } = ctx;
  const labels = new Map(input.description.states.map((s) => [s.id, s.label]));
  const panels: StatesPanel[] = input.forecasts.map((f, i) => {
    const states = STATE_ORDER.map((id) => ({ id, label: labels.get(id) ?? id, values: f.states.map((m) => m[id]) }));
    const last = f.states.at(-1)!;
    const leadingId = [...STATE_ORDER].sort((a, b) => last[b] - last[a])[0]!;
    return {
      scenario: names[i]!, scenarioIndex: i, months: f.states.map((m) => m.month), states,
      leading: { id: leadingId, label: labels.get(leadingId) ?? leadingId, share: last[leadingId] },
    };
  });

  const ranked = (f: ForecastResult) => {
    const last = f.states.at(-1)!;
    return [...STATE_ORDER].sort((a, b) => last[b] - last[a]).map((id) => ({ id, label: lowerFirst(labels.get(id) ?? id), share: last[id] }));
  };
  const month = w.number(horizon);
  let headline: string;
  if (!ctx.compare) {
    const [top, next] = ranked(input.forecasts[0]!);
    const start = input.forecasts[0]!.states[0]!;
    const startTop = [...STATE_ORDER].sort((a, b) => start[b] - start[a])[0]!;
    const args = { month, state: top!.label, share: w.percent(top!.share), start: w.percent(start[top!.id]) };
    const lead = startTop === top!.id ? w.t('states.headline', args) : w.t('states.headlineUp', args);
    headline = next && next.share >= 0.05
      ? w.t('states.headlineNext', { lead, state: next.label, share: w.percent(next.share) })
      : lead;
  } else {
    const leads = panels.map((p) => ({ label: lowerFirst(p.leading.label), share: p.leading.share, scenario: p.scenario }));
    const same = leads.every((l) => l.label === leads[0]!.label);
    headline = same
      ? w.t('states.headlineSame', { month, state: leads[0]!.label, shares: w.list(leads.map((l) => w.t('compare.under', { value: w.percent(l.share), name: l.scenario }))) })
      : w.t('states.headlineDiffer', { month, states: w.list(leads.map((l) => w.t('states.stateUnder', { state: l.label, name: l.scenario, share: w.percent(l.share) }))) });
  }
  const shareList = (items: { label: string; share: number }[]) =>
    items.map((s) => `${s.label} ${w.percent(s.share)}`).join(w.comma);
  const notes = input.forecasts.map((f, i) => {
    const shares = shareList(ranked(f).filter((s) => s.share >= 0.005));
    const start = shareList(STATE_ORDER.filter((id) => f.states[0]![id] >= 0.005).map((id) => ({ label: lowerFirst(labels.get(id) ?? id), share: f.states[0]![id] })));
    const text = w.t('states.note', { month, shares, start });
    return ctx.compare ? `${names[i]!}: ${text}` : text;
  });
  notes.push(w.t('states.definitions'));
  return {
    id: 'states', kind: 'states', headline,
    subtitle: w.t('states.subtitle'),
    notes: notes.join('\n\n'), panels,
  };
}

function waterfallBars(ctx: Context, contributions: Contribution[], unit: OutlookUnit): WaterfallBar[] {
  const labels = new Map(ctx.input.description.assumptions.map((a) => [a.id, a.label]));
  return contributions
    .filter((c) => c.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .map((c) => ({
      assumption: c.assumption as AssumptionId,
      label: labels.get(c.assumption as AssumptionId) ?? c.assumption,
      phrase: c.phrase,
      contribution: c.contribution,
      contributionText: ctx.w.change(c.contribution, unit),
    }));
}

/** The bars worth naming in a headline: same sign as the change, at least a fifth of the largest, at most two. */
function mainDrivers(bars: WaterfallBar[], change: number): WaterfallBar[] {
  const same = bars.filter((b) => Math.sign(b.contribution) === Math.sign(change));
  const largest = Math.max(0, ...same.map((b) => Math.abs(b.contribution)));
  const named = same.filter((b) => Math.abs(b.contribution) >= largest / 5).slice(0, 2);
  return named.length ? named : bars.slice(0, 1);
}

const ALL_OUTLOOKS: readonly OutlookId[] = [...EVENT_IDS, 'missileLaunches', 'tensionIndex', 'arsenal'];

/** The outlook that moved most from the status quo, in relative terms; null when nothing moved. */
export function mostMovedOutlook(forecast: ForecastResult, description: ModelDescription): OutlookId | null {
  let best: OutlookId | null = null;
  let bestScore = 0;
  for (const id of ALL_OUTLOOKS) {
    const o = forecast.outlooks[id];
    const score = relativeChange(o.statusQuo.mean, o.mean, outlookMeta(description, id).unit);
    if (score > bestScore + 1e-12) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

function attributionSlide(ctx: Context): AttributionSlide | null {
  const { input, names, w } = ctx;
  const forecast = input.forecasts[0]!;
  const id = mostMovedOutlook(forecast, input.description);
  if (id === null) return null;
  const o = forecast.outlooks[id];
  const meta = outlookMeta(input.description, id);
  const bars = waterfallBars(ctx, o.attribution.contributions, meta.unit);
  if (bars.length === 0) return null;
  const { raising, lowering } = driverLines(w, o.attribution.contributions, meta.unit);
  const from = w.mean(o.statusQuo, meta.unit);
  const to = w.mean(o, meta.unit);
  const change = w.change(o.change, meta.unit);
  const notes = [
    o.reading,
    w.t('attribution.noteMoved', { label: meta.label, from, to, change }),
    ...driverSentences(w, raising, lowering),
    o.attribution.method === 'exact' ? w.t('attribution.noteShapleyExact') : w.t('attribution.noteShapleySampled'),
  ].filter(Boolean).join('\n\n');
  const drivers = w.list(mainDrivers(bars, o.change).map((b) => b.phrase));
  return {
    id: 'attribution', kind: 'attribution', outlook: id, label: meta.label, unit: meta.unit,
    headline: o.change > 0
      ? w.t('attribution.headlineRaised', { label: meta.label, from, to, drivers })
      : w.t('attribution.headlineLowered', { label: meta.label, from, to, drivers }),
    subtitle: w.t('attribution.subtitle', { label: meta.label }),
    notes,
    from: { label: ctx.statusQuoName, value: o.statusQuo.mean, text: from },
    to: { label: names[0]!, value: o.mean, text: to },
    bars, total: o.change, totalText: change,
  };
}

function comparisonSlide(ctx: Context): ComparisonSlide {
  const { input, names, w } = ctx;
  const rows: ComparisonRow[] = ALL_OUTLOOKS.map((id) => {
    const meta = outlookMeta(input.description, id);
    return {
      outlook: id, label: meta.label, unit: meta.unit,
      statusQuoText: w.mean(input.forecasts[0]!.outlooks[id].statusQuo, meta.unit),
      cells: input.forecasts.map((f, i) => figureFor(w, names[i]!, id, f.outlooks[id], meta.unit)),
    };
  });
  // The headline names the outlook on which the scenarios are furthest apart.
  let widest = rows[0]!;
  let widestScore = -1;
  for (const row of rows) {
    const means = row.cells.map((c) => c.mean);
    const score = relativeChange(Math.min(...means), Math.max(...means), row.unit);
    if (score > widestScore) {
      widest = row;
      widestScore = score;
    }
  }
  const hi = widest.cells.reduce((a, b) => (b.mean > a.mean ? b : a));
  const lo = widest.cells.reduce((a, b) => (b.mean < a.mean ? b : a));
  const headline = widestScore < 1e-9
    ? w.t('comparison.headlineSame', { duration: ctx.months })
    : w.t('comparison.headline', { label: lowerFirst(widest.label), high: hi.meanText, highName: hi.scenario, low: lo.meanText, lowName: lo.scenario });
  const notes = rows.map((r) => w.t('comparison.note', {
    label: r.label,
    statusQuo: r.statusQuoText,
    cells: r.cells.map((c) => w.t('comparison.noteCell', { name: c.scenario, value: c.meanText, range: c.rangeText, change: c.changeText })).join(w.semicolon),
  })).join('\n');
  return {
    id: 'comparison', kind: 'comparison', headline,
    subtitle: w.t('comparison.subtitle', { duration: ctx.months }),
    notes, scenarios: names, rows,
  };
}

function differenceSlide(ctx: Context): AttributionSlide | null {
  const { input, names, w } = ctx;
  const diff = input.difference;
  if (!diff) return null;
  const [ia, ib] = input.differencePair ?? [0, 1];
  const nameA = names[ia];
  const nameB = names[ib];
  if (nameA === undefined || nameB === undefined || ia === ib) throw new Error('differencePair must name two different scenarios');
  let best: DifferenceResult['outlooks'][number] | null = null;
  let bestScore = 0;
  for (const o of diff.outlooks) {
    const score = relativeChange(o.base, o.target, outlookMeta(input.description, o.id).unit);
    if (score > bestScore + 1e-12) {
      best = o;
      bestScore = score;
    }
  }
  if (!best) {
    return {
      id: 'difference', kind: 'difference', outlook: 'icbmLaunch', label: outlookMeta(input.description, 'icbmLaunch').label, unit: 'probability',
      headline: w.t('difference.headlineSame', { a: nameA, b: nameB }),
      subtitle: w.t('difference.subtitleSame'),
      notes: w.t('difference.notesSame', { a: nameA, b: nameB, duration: ctx.months }),
      from: { label: nameA, value: 0, text: '' }, to: { label: nameB, value: 0, text: '' }, bars: [], total: 0, totalText: '',
    };
  }
  const meta = outlookMeta(input.description, best.id);
  const bars = waterfallBars(ctx, best.attribution.contributions, meta.unit);
  const { raising, lowering } = driverLines(w, best.attribution.contributions, meta.unit);
  const total = best.target - best.base;
  const fmt = (v: number) => w.mean({ mean: v, p10: v, p90: v }, meta.unit);
  const drivers = w.list(mainDrivers(bars, total).map((b) => b.phrase));
  const args = { label: meta.label, a: nameA, b: nameB, valueA: fmt(best.base), valueB: fmt(best.target), drivers };
  const headline = total > 0 ? w.t('difference.headlineRaised', args) : w.t('difference.headlineLowered', args);
  const otherLines = diff.outlooks
    .filter((o) => o.id !== best!.id)
    .map((o) => {
      const m = outlookMeta(input.description, o.id);
      const f = (v: number) => w.mean({ mean: v, p10: v, p90: v }, m.unit);
      return `${m.label}: ${f(o.base)} ${w.locale === 'en' ? '→' : '←'} ${f(o.target)} (${w.change(o.target - o.base, m.unit)}).`;
    });
  const notes = [
    w.t('difference.noteLead', { a: nameA, b: nameB, label: meta.label, from: fmt(best.base), to: fmt(best.target), change: w.change(total, meta.unit) }),
    ...driverSentences(w, raising, lowering),
    w.t('difference.noteOthers', { a: nameA, b: nameB, lines: otherLines.join(' ') }),
    w.t('difference.noteShapley'),
  ].filter(Boolean).join('\n\n');
  return {
    id: 'difference', kind: 'difference', outlook: best.id, label: meta.label, unit: meta.unit,
    headline,
    subtitle: w.t('difference.subtitle', { label: meta.label }),
    notes,
    from: { label: nameA, value: best.base, text: fmt(best.base) },
    to: { label: nameB, value: best.target, text: fmt(best.target) },
    bars, total, totalText: w.change(total, meta.unit),
  };
}

function closingSlide(ctx: Context): ClosingSlide {
  const { input, w } = ctx;
  const d = input.description;
  const sq = d.statusQuo;
  const cited: string[] = [];
  const cite = (ids: readonly string[]) => { for (const id of ids) if (!cited.includes(id)) cited.push(id); };
  // The assumptions that differ from the status quo in any scenario.
  for (const meta of assumptionMetas(d)) {
    if (input.scenarios.some((s) => differs(s.assumptions[meta.id], sq[meta.id]))) cite(meta.sources);
  }
  // The presets involved: named by the scenario, or whose assumptions it matches exactly.
  for (const preset of d.presets) {
    const involved = input.scenarios.some((s) => s.presetId === preset.id
      || Object.keys(sq).every((k) => !differs(s.assumptions[k as AssumptionId], preset.assumptions[k as AssumptionId])));
    if (involved) cite(preset.sources);
  }
  if (cited.length === 0) cite(d.presets.find((p) => p.id === 'statusQuo')?.sources ?? []);
  const order = Object.keys(d.sources);
  cited.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const sources = cited.filter((id) => d.sources[id]).map((id) => ({ id, file: d.sources[id]!.file, title: d.sources[id]!.title }));
  const draws = input.forecasts[0]!.draws;
  const method = w.t('closing.method', { draws: w.locale === 'en' ? draws.toLocaleString('en-US') : w.format.number(draws) });
  const asOf = w.monthYear(d.asOf);
  const notes = [
    ctx.compare
      ? w.t('closing.notesSourcesCompare', { titles: sources.map((s) => s.title).join(w.semicolon) })
      : w.t('closing.notesSources', { titles: sources.map((s) => s.title).join(w.semicolon) }),
    method,
    w.t('closing.notesModel', { version: d.modelVersion, asOf }),
  ].join('\n\n');
  return {
    id: 'closing', kind: 'closing',
    headline: w.t('closing.headline'),
    subtitle: w.t('closing.subtitle', { version: d.modelVersion, asOf }),
    notes, sources, modelVersion: d.modelVersion, method,
  };
}

// ---------------------------------------------------------------------------

/** The names a deck uses for its scenarios (and its file name): trimmed, never empty. */
export function briefingNames(scenarios: Pick<BriefingScenario, 'name'>[], locale: Locale = 'en'): string[] {
  const w = locale === 'en' ? null : briefingWords(locale);
  return scenarios.map((s, i) => s.name.trim() || (w ? w.t('title.unnamed', { n: w.number(i + 1) }) : `Scenario ${i + 1}`));
}

export function buildBriefing(input: BriefingInput): Briefing {
  const count = input.scenarios.length;
  if (count < 1 || count > 4) throw new Error(`a briefing has 1 to 4 scenarios, got ${count}`);
  if (input.forecasts.length !== count) throw new Error(`expected ${count} forecasts, got ${input.forecasts.length}`);
  const horizon = input.forecasts[0]!.horizonMonths;
  if (input.forecasts.some((f) => f.horizonMonths !== horizon)) throw new Error('every forecast must have the same horizon');
  if (input.statusQuo && input.statusQuo.horizonMonths !== horizon) throw new Error('the status-quo forecast must have the same horizon');
  isoDate(input.date);

  const locale = input.locale ?? 'en';
  const w = briefingWords(locale, input.formatOptions);
  const names = briefingNames(input.scenarios, locale);
  const ctx: Context = {
    input, names, horizon, compare: count > 1, w,
    months: w.t('months', { count: horizon, n: w.number(horizon) }),
    statusQuoName: w.t('statusQuo'),
  };

  const outlookSlides: Slide[] = [
    ...EVENT_IDS.map((id) => eventSlide(ctx, id)),
    launchesSlide(ctx),
    bandSlide(ctx, 'tensionIndex'),
    bandSlide(ctx, 'arsenal'),
    statesSlide(ctx),
  ];
  const slides: (Slide | null)[] = ctx.compare
    ? [titleSlide(ctx), assumptionsSlide(ctx), comparisonSlide(ctx), ...outlookSlides, differenceSlide(ctx), closingSlide(ctx)]
    : [titleSlide(ctx), assumptionsSlide(ctx), ...outlookSlides, attributionSlide(ctx), closingSlide(ctx)];

  const briefing: Briefing = {
    locale,
    title: ctx.compare ? names.join(w.t('title.versus')) : names[0]!,
    fileStem: fileStemFor(names, input.date),
    date: isoDate(input.date),
    modelVersion: input.description.modelVersion,
    horizonMonths: horizon,
    scenarios: names,
    slides: slides.filter((s): s is Slide => s !== null),
  };
  // The model's own texts (readings, preset names) carry Persian digits; the reader asked for Latin ones.
  return locale === 'fa' && input.formatOptions?.latinDigits ? mapStrings(briefing, latinDigits) : briefing;
}

/** Every string in a plain JSON-like value, through `f`. */
function mapStrings<T>(value: T, f: (text: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  return value;
}
