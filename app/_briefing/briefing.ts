/**
 * The briefing: a forecast (or a comparison of 2–4) as a deck of slides, each
 * with a headline in plain words, speaker notes and the numbers its chart
 * needs, already shaped. Pure and deterministic (no React, no server imports,
 * no clock: the date is passed in), so present mode, the PDF route and the
 * PowerPoint export all build the same deck from the same input.
 *
 * Slides, for one scenario: title, assumptions, the four event outlooks,
 * missile launches, tension, arsenal, diplomatic states, attribution (of the
 * outlook that moved most), closing. For a comparison: title, assumptions,
 * comparison table, the seven outlooks with every scenario, diplomatic
 * states, difference (B − A), closing.
 */
import { formatChange, formatMean, formatRange, changeTone } from '@/app/_dashboard/format';
import { valueInWords } from '@/app/[locale]/methodology/_lib/describe-assumption';
import type { AssumptionDomain, AssumptionId, Assumptions } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';
import type { DifferenceResult } from '@/server/model/difference';
import type { EventOutlookId, OutlookId, OutlookUnit, StateId } from '@/server/model/outlooks';
import type { Contribution, ForecastResult, OutlookResult } from '@/server/model/schema';

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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-21T08:00:00Z" → "2026-11-21"; throws on anything that is not a date. */
export function isoDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  if (!match) throw new Error(`briefing date must be an ISO date, got "${date}"`);
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) throw new Error(`briefing date must be an ISO date, got "${date}"`);
  return `${y}-${m}-${d}`;
}

/** "2026-11-21" → "21 November 2026" */
export function dateInWords(date: string): string {
  const iso = isoDate(date);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

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

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
/** "Crisis" → "crisis", but "ICBM launch" stays as it is. */
const lowerFirst = (text: string) => (/^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1));
const percent = (share: number) => `${Math.round(share * 100)}%`;
const quoted = (name: string) => `“${name}”`;

/** The model's outlook metadata, tolerant of a description that lacks one (labels fall back to ids). */
function outlookMeta(description: ModelDescription, id: OutlookId) {
  const meta = description.outlooks.find((o) => o.id === id);
  return { label: meta?.label ?? id, phrase: meta?.phrase ?? id, unit: (meta?.unit ?? 'index') as OutlookUnit, sources: meta?.sources ?? [] };
}

const UNIT_WORDS: Record<OutlookUnit, string> = { probability: '', count: 'launches', index: '/ 100', warheads: 'warheads' };

/** "56 / 100" → ["56", "/ 100"]: the number and its unit, as formatMean wrote them. */
export function splitMean(meanText: string, unit: OutlookUnit): { valueText: string; unitText: string } {
  const words = UNIT_WORDS[unit];
  return words && meanText.endsWith(` ${words}`)
    ? { valueText: meanText.slice(0, -words.length - 1), unitText: words }
    : { valueText: meanText, unitText: '' };
}

function figureFor(scenario: string, id: OutlookId, outlook: OutlookResult, unit: OutlookUnit): OutlookFigure {
  const meanText = formatMean(outlook, unit);
  return {
    scenario,
    mean: outlook.mean,
    p10: outlook.p10,
    p90: outlook.p90,
    statusQuoMean: outlook.statusQuo.mean,
    change: outlook.change,
    meanText,
    ...splitMean(meanText, unit),
    rangeText: formatRange(outlook, unit),
    changeText: formatChange(outlook.change, unit),
    statusQuoText: formatMean(outlook.statusQuo, unit),
    tone: changeTone(id, outlook.change, unit),
  };
}

/** "the codified test moratorium (−34 pts)" for each contribution, largest first. */
function driverLines(contributions: Contribution[], unit: OutlookUnit): { raising: string[]; lowering: string[] } {
  const sorted = [...contributions].filter((c) => c.contribution !== 0).sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const line = (c: Contribution) => `${c.phrase} (${formatChange(c.contribution, unit)})`;
  return {
    raising: sorted.filter((c) => c.contribution > 0).map(line),
    lowering: sorted.filter((c) => c.contribution < 0).map(line),
  };
}

/** Notes for one scenario's outlook: the reading, the range, then every driver with its share. */
function outlookNotes(name: string, outlook: OutlookResult, unit: OutlookUnit, withName: boolean): string {
  const lead = withName ? `${name}: ${outlook.reading}` : outlook.reading;
  const range = `80% range ${formatRange(outlook, unit)}; status quo ${formatMean(outlook.statusQuo, unit)}; change ${formatChange(outlook.change, unit)}.`;
  const { raising, lowering } = driverLines(outlook.attribution.contributions, unit);
  const parts = [lead, range];
  if (raising.length) parts.push(`Raised by ${list(raising)}.`);
  if (lowering.length) parts.push(`Lowered by ${list(lowering)}.`);
  if (!raising.length && !lowering.length) parts.push('No assumption differs from the status quo, so nothing moves it.');
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
const STATUS_QUO_NAME = 'Status quo';

interface Context {
  input: BriefingInput;
  names: string[];
  horizon: number;
  compare: boolean;
}

function assumptionMetas(description: ModelDescription) {
  return description.assumptions.map((a) => ({ id: a.id as AssumptionId, label: a.label, group: a.group, domain: a.domain as AssumptionDomain, sources: a.sources }));
}

/** A value in words for a table whose row already says what it is: resolutions by number ("2375, 2397"), not "Lifted: 2375 (2017-09), …". */
function inWords(domain: AssumptionDomain, value: Assumptions[AssumptionId]): string {
  if (domain.kind === 'resolutions') {
    const lifted = Array.isArray(value) ? [...value].sort((a, b) => a - b) : [];
    return lifted.length === 0 ? 'None' : lifted.join(', ');
  }
  return valueInWords(domain, value);
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
  const { input, names, horizon } = ctx;
  const first = input.scenarios[0]!;
  const description = ctx.compare ? '' : first.description.trim();
  const savedAt = !ctx.compare && first.savedAt ? dateInWords(first.savedAt) : null;
  const headline = ctx.compare ? names.join(' vs ') : names[0]!;
  const subtitle = ctx.compare
    ? `Comparing ${names.length} scenarios over ${horizon} months`
    : `Scenario outlook over ${horizon} months`;
  const notes = ctx.compare
    ? [
        `This briefing compares ${names.length} scenarios, ${list(names.map(quoted))}, over the same ${horizon}-month horizon.`,
        ...input.scenarios.map((s) => (s.description.trim() ? `${s.name}: ${s.description.trim()}` : '')).filter(Boolean),
        `Model version ${input.description.modelVersion}; briefing date ${dateInWords(input.date)}.`,
      ].join('\n\n')
    : [
        `Scenario ${quoted(first.name)}, forecast over ${horizon} months.`,
        description,
        `Model version ${input.description.modelVersion}; briefing date ${dateInWords(input.date)}.`,
      ].filter(Boolean).join('\n\n');
  return {
    id: 'title', kind: 'title', headline, subtitle, notes,
    scenarioNames: names, description, dateText: dateInWords(input.date), date: isoDate(input.date),
    modelVersion: input.description.modelVersion, horizonMonths: horizon, savedText: savedAt ? `Saved ${savedAt}` : null,
  };
}

function assumptionsSlide(ctx: Context): AssumptionsSlide {
  const { input, names } = ctx;
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
      statusQuo: inWords(meta.domain, sq[meta.id]),
      values: input.scenarios.map((s) => inWords(meta.domain, s.assumptions[meta.id])),
      differs: flags,
    });
  }
  const n = rows.length;
  const emptyText = n === 0
    ? ctx.compare
      ? 'None of these scenarios departs from the status quo: every assumption is at its November 2026 value.'
      : 'This scenario is the status quo: every assumption is at its November 2026 value.'
    : null;
  const headline = n === 0
    ? 'The status quo: no assumption is changed'
    : ctx.compare
      ? `${n} assumption${n === 1 ? ' differs' : 's differ'} from the status quo across the scenarios`
      : `${n} assumption${n === 1 ? ' differs' : 's differ'} from the status quo`;
  const notes = n === 0
    ? emptyText!
    : rows.map((r) => (ctx.compare
      ? `${r.label} (status quo: ${r.statusQuo}): ${r.values.map((v, i) => `${names[i]} ${v}`).join('; ')}.`
      : `${r.label}: ${r.values[0]} (status quo: ${r.statusQuo}).`)).join('\n');
  return {
    id: 'assumptions', kind: 'assumptions', headline,
    subtitle: ctx.compare ? 'Values that differ from the status quo are highlighted' : 'What this scenario changes, against conditions as of November 2026',
    notes, scenarios: names, rows, emptyText,
  };
}

/** A comparison's headline for one outlook: each scenario's figure, then the status quo. */
function compareHeadline(ctx: Context, id: OutlookId): string {
  const { input, names, horizon } = ctx;
  const meta = outlookMeta(input.description, id);
  const subject = meta.unit === 'probability'
    ? `${meta.phrase} within ${horizon} months`
    : meta.unit === 'count'
      ? `Missile launches within ${horizon} months`
      : meta.unit === 'index'
        ? `Average tension over ${horizon} months`
        : `The arsenal in ${horizon} months`;
  const figures = input.forecasts.map((f, i) => `${formatMean(f.outlooks[id], meta.unit)} under ${names[i]}`);
  return `${subject}: ${list(figures)} (status quo ${formatMean(input.forecasts[0]!.outlooks[id].statusQuo, meta.unit)})`;
}

function outlookSlideText(ctx: Context, id: OutlookId) {
  const { input, names } = ctx;
  const unit = outlookMeta(input.description, id).unit;
  const headline = ctx.compare ? compareHeadline(ctx, id) : input.forecasts[0]!.outlooks[id].reading;
  const notes = input.forecasts.map((f, i) => outlookNotes(names[i]!, f.outlooks[id], unit, ctx.compare)).join('\n\n');
  const figures = input.forecasts.map((f, i) => figureFor(names[i]!, id, f.outlooks[id], unit));
  return { headline, notes, figures, unit };
}

function eventSlide(ctx: Context, id: EventOutlookId): EventSlide {
  const { input, names, horizon } = ctx;
  const meta = outlookMeta(input.description, id);
  const text = outlookSlideText(ctx, id);
  const months = Array.from({ length: horizon + 1 }, (_, m) => m);
  const path = (f: ForecastResult) => [0, ...f.outlooks[id].trajectory.map((p) => p.mean)];
  const series: MonthlySeries[] = input.forecasts.map((f, i) => ({ name: names[i]!, role: 'scenario', scenarioIndex: i, values: path(f) }));
  if (input.statusQuo) series.push({ name: STATUS_QUO_NAME, role: 'statusQuo', scenarioIndex: null, values: path(input.statusQuo) });
  return {
    id: `outlook-${id}`, kind: 'event', outlook: id, label: meta.label, unit: 'probability',
    headline: text.headline, subtitle: `${meta.label}: chance of at least one by each month`,
    notes: text.notes, months, series, figures: text.figures,
  };
}

function launchesSlide(ctx: Context): LaunchesSlide {
  const { input, names, horizon } = ctx;
  const id = 'missileLaunches';
  const meta = outlookMeta(input.description, id);
  const text = outlookSlideText(ctx, id);
  const quarters = input.forecasts[0]!.launchesByQuarter;
  const series: MonthlySeries[] = input.forecasts.map((f, i) => ({
    name: names[i]!, role: 'scenario', scenarioIndex: i, values: f.launchesByQuarter.map((q) => q.mean),
  }));
  if (input.statusQuo) {
    series.push({ name: STATUS_QUO_NAME, role: 'statusQuo', scenarioIndex: null, values: input.statusQuo.launchesByQuarter.map((q) => q.mean) });
  }
  return {
    id: `outlook-${id}`, kind: 'launches', outlook: id, label: meta.label, unit: 'count',
    headline: text.headline, subtitle: `Expected ballistic missile launches in each quarter of the ${horizon}-month horizon`,
    notes: text.notes,
    quarters: quarters.map((q) => (q.months < 3 ? `Q${q.quarter} (${q.months} mo)` : `Q${q.quarter}`)),
    quarterMonths: quarters.map((q) => q.months),
    series, figures: text.figures,
  };
}

function bandSlide(ctx: Context, id: 'tensionIndex' | 'arsenal'): BandSlide {
  const { input, names } = ctx;
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
  if (input.statusQuo) series.push(band(input.statusQuo, STATUS_QUO_NAME, 'statusQuo', null));
  const subtitle = id === 'tensionIndex'
    ? 'Tension index (0–100) by month: mean with the 80% range shaded'
    : 'Estimated nuclear warheads by month: mean with the 80% range shaded';
  return {
    id: `outlook-${id}`, kind: 'band', outlook: id, label: meta.label, unit: meta.unit as 'index' | 'warheads',
    headline: text.headline, subtitle, notes: text.notes,
    months: input.forecasts[0]!.outlooks[id].trajectory.map((p) => p.month),
    series, figures: text.figures,
  };
}

function statesSlide(ctx: Context): StatesSlide {
  const { input, names, horizon } = ctx;
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
  let headline: string;
  if (!ctx.compare) {
    const [top, next] = ranked(input.forecasts[0]!);
    const start = input.forecasts[0]!.states[0]!;
    const startTop = [...STATE_ORDER].sort((a, b) => start[b] - start[a])[0]!;
    const from = startTop === top!.id ? '' : `, up from ${percent(start[top!.id])} at the start`;
    headline = `By month ${horizon}, ${top!.label} is the most likely diplomatic state (${percent(top!.share)}${from})`
      + (next && next.share >= 0.05 ? `, followed by ${next.label} (${percent(next.share)})` : '');
  } else {
    const leads = panels.map((p) => ({ label: lowerFirst(p.leading.label), share: p.leading.share, scenario: p.scenario }));
    const same = leads.every((l) => l.label === leads[0]!.label);
    headline = same
      ? `By month ${horizon}, ${leads[0]!.label} is the most likely state in every scenario (${list(leads.map((l) => `${percent(l.share)} under ${l.scenario}`))})`
      : `By month ${horizon}, the most likely state is ${list(leads.map((l) => `${l.label} under ${l.scenario} (${percent(l.share)})`))}`;
  }
  const notes = input.forecasts.map((f, i) => {
    const shares = ranked(f).filter((s) => s.share >= 0.005).map((s) => `${s.label} ${percent(s.share)}`).join(', ');
    const start = STATE_ORDER.filter((id) => f.states[0]![id] >= 0.005).map((id) => `${lowerFirst(labels.get(id) ?? id)} ${percent(f.states[0]![id])}`).join(', ');
    return `${ctx.compare ? `${names[i]}: ` : ''}at month ${horizon}: ${shares}. At the start: ${start}.`;
  });
  notes.push('States: crisis (open confrontation), standoff (no talks, deterrence), talks (negotiations without an arrangement), freeze (an interim arrangement in force), settlement (a roadmap with verified steps).');
  return {
    id: 'states', kind: 'states', headline,
    subtitle: `Share of simulated futures in each diplomatic state, by month`,
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
      contributionText: formatChange(c.contribution, unit),
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
  const { input, names } = ctx;
  const forecast = input.forecasts[0]!;
  const id = mostMovedOutlook(forecast, input.description);
  if (id === null) return null;
  const o = forecast.outlooks[id];
  const meta = outlookMeta(input.description, id);
  const bars = waterfallBars(ctx, o.attribution.contributions, meta.unit);
  if (bars.length === 0) return null;
  const { raising, lowering } = driverLines(o.attribution.contributions, meta.unit);
  const notes = [
    o.reading,
    `${meta.label} is the outlook this scenario moves most from the status quo in relative terms: from ${formatMean(o.statusQuo, meta.unit)} to ${formatMean(o, meta.unit)}, ${formatChange(o.change, meta.unit)}.`,
    raising.length ? `Raised by ${list(raising)}.` : '',
    lowering.length ? `Lowered by ${list(lowering)}.` : '',
    `The contributions are Shapley values (${o.attribution.method === 'exact' ? 'computed exactly' : 'estimated by sampling'}): each assumption's average effect over every order of changing them, summing exactly to the change.`,
  ].filter(Boolean).join('\n\n');
  return {
    id: 'attribution', kind: 'attribution', outlook: id, label: meta.label, unit: meta.unit,
    headline: `${meta.label}: from ${formatMean(o.statusQuo, meta.unit)} under the status quo to ${formatMean(o, meta.unit)}, ${o.change > 0 ? 'raised' : 'lowered'} mostly by ${list(mainDrivers(bars, o.change).map((b) => b.phrase))}`,
    subtitle: `${meta.label} moves most from the status quo in relative terms; bars show each assumption's share`,
    notes,
    from: { label: STATUS_QUO_NAME, value: o.statusQuo.mean, text: formatMean(o.statusQuo, meta.unit) },
    to: { label: names[0]!, value: o.mean, text: formatMean(o, meta.unit) },
    bars, total: o.change, totalText: formatChange(o.change, meta.unit),
  };
}

function comparisonSlide(ctx: Context): ComparisonSlide {
  const { input, names, horizon } = ctx;
  const rows: ComparisonRow[] = ALL_OUTLOOKS.map((id) => {
    const meta = outlookMeta(input.description, id);
    return {
      outlook: id, label: meta.label, unit: meta.unit,
      statusQuoText: formatMean(input.forecasts[0]!.outlooks[id].statusQuo, meta.unit),
      cells: input.forecasts.map((f, i) => figureFor(names[i]!, id, f.outlooks[id], meta.unit)),
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
    ? `The scenarios' outlooks over ${horizon} months are the same`
    : `The scenarios differ most on ${lowerFirst(widest.label)}: ${hi.meanText} under ${hi.scenario}, ${lo.meanText} under ${lo.scenario}`;
  const notes = rows.map((r) => `${r.label} (status quo ${r.statusQuoText}): ${r.cells.map((c) => `${c.scenario} ${c.meanText} (80% range ${c.rangeText}, ${c.changeText} vs status quo)`).join('; ')}.`).join('\n');
  return {
    id: 'comparison', kind: 'comparison', headline,
    subtitle: `Every outlook over ${horizon} months: mean, 80% range and change from the status quo`,
    notes, scenarios: names, rows,
  };
}

function differenceSlide(ctx: Context): AttributionSlide | null {
  const { input, names } = ctx;
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
      headline: `${nameB} and ${nameA} have the same outlooks`,
      subtitle: 'No assumption differs between them in a way that moves an outlook',
      notes: `${nameB} and ${nameA} forecast the same figures for every outlook over ${diff.horizonMonths} months.`,
      from: { label: nameA, value: 0, text: '' }, to: { label: nameB, value: 0, text: '' }, bars: [], total: 0, totalText: '',
    };
  }
  const meta = outlookMeta(input.description, best.id);
  const bars = waterfallBars(ctx, best.attribution.contributions, meta.unit);
  const { raising, lowering } = driverLines(best.attribution.contributions, meta.unit);
  const total = best.target - best.base;
  const fmt = (v: number) => formatMean({ mean: v, p10: v, p90: v }, meta.unit);
  const lead = mainDrivers(bars, total).map((b) => b.phrase);
  const headline = `${meta.label}: ${fmt(best.target)} under ${nameB} against ${fmt(best.base)} under ${nameA}, ${total > 0 ? 'raised' : 'lowered'} mostly by ${list(lead)}`;
  const otherLines = diff.outlooks
    .filter((o) => o.id !== best!.id)
    .map((o) => {
      const m = outlookMeta(input.description, o.id);
      const f = (v: number) => formatMean({ mean: v, p10: v, p90: v }, m.unit);
      return `${m.label}: ${f(o.base)} → ${f(o.target)} (${formatChange(o.target - o.base, m.unit)}).`;
    });
  const notes = [
    `${nameB} compared with ${nameA}. ${meta.label} differs most in relative terms: ${fmt(best.base)} → ${fmt(best.target)}, ${formatChange(total, meta.unit)}.`,
    raising.length ? `Raised by ${list(raising)}.` : '',
    lowering.length ? `Lowered by ${list(lowering)}.` : '',
    `Other outlooks, ${nameA} → ${nameB}: ${otherLines.join(' ')}`,
    'Contributions are Shapley values with the first scenario as the baseline; they sum exactly to the difference.',
  ].filter(Boolean).join('\n\n');
  return {
    id: 'difference', kind: 'difference', outlook: best.id, label: meta.label, unit: meta.unit,
    headline,
    subtitle: `${meta.label} differs most between the two in relative terms; bars show each assumption's share`,
    notes,
    from: { label: nameA, value: best.base, text: fmt(best.base) },
    to: { label: nameB, value: best.target, text: fmt(best.target) },
    bars, total, totalText: formatChange(total, meta.unit),
  };
}

function closingSlide(ctx: Context): ClosingSlide {
  const { input } = ctx;
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
  const method = `Monte Carlo simulation of ${draws.toLocaleString('en-US')} draws of the model's parameters, month by month through five diplomatic states; ranges are the 10th to 90th percentiles; drivers are Shapley attributions that sum to each change.`;
  const notes = [
    `Sources cited by the assumptions${ctx.compare ? ' and scenarios' : ''} in this briefing: ${sources.map((s) => s.title).join('; ')}.`,
    method,
    `Model version ${d.modelVersion}, conditions as of ${monthYear(d.asOf)}. The full model card is on the Methodology page.`,
  ].join('\n\n');
  return {
    id: 'closing', kind: 'closing',
    headline: 'Sources and method',
    subtitle: `Model version ${d.modelVersion} · conditions as of ${monthYear(d.asOf)}`,
    notes, sources, modelVersion: d.modelVersion, method,
  };
}

/** "2026-11" → "November 2026" (anything else as given). */
function monthYear(text: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  return match ? `${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}` : text;
}

// ---------------------------------------------------------------------------

/** The names a deck uses for its scenarios (and its file name): trimmed, never empty. */
export function briefingNames(scenarios: Pick<BriefingScenario, 'name'>[]): string[] {
  return scenarios.map((s, i) => s.name.trim() || `Scenario ${i + 1}`);
}

export function buildBriefing(input: BriefingInput): Briefing {
  const count = input.scenarios.length;
  if (count < 1 || count > 4) throw new Error(`a briefing has 1 to 4 scenarios, got ${count}`);
  if (input.forecasts.length !== count) throw new Error(`expected ${count} forecasts, got ${input.forecasts.length}`);
  const horizon = input.forecasts[0]!.horizonMonths;
  if (input.forecasts.some((f) => f.horizonMonths !== horizon)) throw new Error('every forecast must have the same horizon');
  if (input.statusQuo && input.statusQuo.horizonMonths !== horizon) throw new Error('the status-quo forecast must have the same horizon');
  isoDate(input.date);

  const names = briefingNames(input.scenarios);
  const ctx: Context = { input, names, horizon, compare: count > 1 };

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

  return {
    title: ctx.compare ? names.join(' vs ') : names[0]!,
    fileStem: fileStemFor(names, input.date),
    date: isoDate(input.date),
    modelVersion: input.description.modelVersion,
    horizonMonths: horizon,
    scenarios: names,
    slides: slides.filter((s): s is Slide => s !== null),
  };
}
