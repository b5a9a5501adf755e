/**
 * The briefing's slide model, built from real forecasts (the model is pure, so
 * these run in process): which slides a deck has, that every headline and
 * number comes from the forecast it was given, and that notes carry the drivers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildBriefing,
  dateInWords,
  fileStemFor,
  mostMovedOutlook,
  slugify,
  type AttributionSlide,
  type Briefing,
  type BriefingInput,
  type Slide,
} from '@/app/_briefing/briefing';
import { formatChange, formatMean } from '@/app/_dashboard/format';
import {
  EVENT_OUTLOOKS,
  OUTLOOK_IDS,
  PRESETS,
  STATE_IDS,
  STATUS_QUO,
  describeModel,
  runDifference,
  runForecast,
  type Assumptions,
  type DifferenceResult,
  type ForecastResult,
} from '@/server/model';

const description = describeModel();
const preset = (id: string) => PRESETS.find((p) => p.id === id)!;
const freeze = preset('freezeForRelief');
const pressure = preset('maximumPressure2');
const DATE = '2026-11-21';
const DRAWS = 1000; // smaller than the default, for speed: the slide model does not care

const scenario = (name: string, assumptions: Assumptions, horizonMonths = 12, extra: Partial<BriefingInput['scenarios'][number]> = {}) => ({
  name, description: `About ${name}.`, assumptions, horizonMonths, ...extra,
});
const forecast = (assumptions: Assumptions, horizonMonths = 12) => runForecast({ assumptions, horizonMonths, draws: DRAWS });
const kinds = (b: Briefing) => b.slides.map((s) => s.kind);
const slide = <K extends Slide['kind']>(b: Briefing, id: string) => b.slides.find((s) => s.id === id) as Extract<Slide, { kind: K }>;

let freezeResult: ForecastResult;
let pressureResult: ForecastResult;
let statusQuoResult: ForecastResult;
let single: Briefing;
let comparison: Briefing;
let difference: DifferenceResult;

beforeAll(() => {
  freezeResult = forecast(freeze.assumptions);
  pressureResult = forecast(pressure.assumptions);
  statusQuoResult = forecast({ ...STATUS_QUO });
  difference = runDifference({ base: freeze.assumptions, target: pressure.assumptions, horizonMonths: 12 });
  single = buildBriefing({
    scenarios: [scenario(freeze.name, freeze.assumptions, 12, { savedAt: '2026-11-03T09:30:00.000Z' })],
    forecasts: [freezeResult],
    statusQuo: statusQuoResult,
    description,
    date: DATE,
  });
  comparison = buildBriefing({
    scenarios: [scenario(freeze.name, freeze.assumptions), scenario(pressure.name, pressure.assumptions)],
    forecasts: [freezeResult, pressureResult],
    statusQuo: statusQuoResult,
    difference,
    description,
    date: DATE,
  });
}, 60_000);

describe('a one-scenario briefing', () => {
  it('has title, assumptions, the eight outlook panels, attribution and closing: 12 slides', () => {
    expect(kinds(single)).toEqual([
      'title', 'assumptions', 'event', 'event', 'event', 'event', 'launches', 'band', 'band', 'states', 'attribution', 'closing',
    ]);
    expect(single.slides.map((s) => s.id)).toEqual([
      'title', 'assumptions', 'outlook-nuclearTest', 'outlook-icbmLaunch', 'outlook-interimDeal', 'outlook-denuclearizationStep',
      'outlook-missileLaunches', 'outlook-tensionIndex', 'outlook-arsenal', 'states', 'attribution', 'closing',
    ]);
    expect(new Set(single.slides.map((s) => s.id)).size).toBe(single.slides.length);
  });

  it('is titled and named after the scenario and the date', () => {
    expect(single.title).toBe('Freeze for relief');
    expect(single.fileStem).toBe('freeze-for-relief-2026-11-21');
    const title = slide<'title'>(single, 'title');
    expect(title.headline).toBe('Freeze for relief');
    expect(title.dateText).toBe('21 November 2026');
    expect(title.description).toBe('About Freeze for relief.');
    expect(title.modelVersion).toBe(description.modelVersion);
    expect(title.horizonMonths).toBe(12);
    expect(title.savedText).toBe('Saved 3 November 2026');
  });

  it('heads every outlook slide with that outlook’s reading', () => {
    for (const id of OUTLOOK_IDS) {
      const s = single.slides.find((x) => x.id === `outlook-${id}`)!;
      expect(s.headline).toBe(freezeResult.outlooks[id].reading);
    }
  });

  it('puts every driver’s phrase, with its share, in the notes of its outlook', () => {
    for (const id of OUTLOOK_IDS) {
      const s = single.slides.find((x) => x.id === `outlook-${id}`)!;
      const outlook = freezeResult.outlooks[id];
      const unit = description.outlooks.find((o) => o.id === id)!.unit;
      expect(s.notes).toContain(outlook.reading);
      const drivers = outlook.attribution.contributions.filter((c) => c.contribution !== 0);
      expect(drivers.length).toBeGreaterThan(0);
      for (const c of drivers) expect(s.notes).toContain(`${c.phrase} (${formatChange(c.contribution, unit)})`);
    }
  });

  it('shapes the event charts from the forecast: month 0 at 0, then the monthly path, with the status quo', () => {
    for (const id of EVENT_OUTLOOKS) {
      const s = slide<'event'>(single, `outlook-${id}`);
      expect(s.months).toEqual(Array.from({ length: 13 }, (_, m) => m));
      expect(s.series.map((x) => [x.name, x.role])).toEqual([['Freeze for relief', 'scenario'], ['Status quo', 'statusQuo']]);
      expect(s.series[0]!.values).toEqual([0, ...freezeResult.outlooks[id].trajectory.map((p) => p.mean)]);
      expect(s.series[1]!.values).toEqual([0, ...statusQuoResult.outlooks[id].trajectory.map((p) => p.mean)]);
      // The path ends at the horizon figure the headline states.
      expect(s.series[0]!.values.at(-1)).toBeCloseTo(freezeResult.outlooks[id].mean, 9);
      const figure = s.figures[0]!;
      expect(figure.meanText).toBe(formatMean(freezeResult.outlooks[id], 'probability'));
      expect(figure.change).toBe(freezeResult.outlooks[id].change);
    }
  });

  it('shapes launches by quarter, and tension and the arsenal with their bands', () => {
    const launches = slide<'launches'>(single, 'outlook-missileLaunches');
    expect(launches.quarters).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(launches.series[0]!.values).toEqual(freezeResult.launchesByQuarter.map((q) => q.mean));
    expect(launches.series[1]!.values).toEqual(statusQuoResult.launchesByQuarter.map((q) => q.mean));
    for (const id of ['tensionIndex', 'arsenal'] as const) {
      const s = slide<'band'>(single, `outlook-${id}`);
      const t = freezeResult.outlooks[id].trajectory;
      expect(s.months).toEqual(t.map((p) => p.month));
      expect(s.series[0]!.values).toEqual(t.map((p) => p.mean));
      expect(s.series[0]!.p10).toEqual(t.map((p) => p.p10));
      expect(s.series[0]!.p90).toEqual(t.map((p) => p.p90));
      for (let i = 0; i < t.length; i++) {
        expect(s.series[0]!.p10[i]!).toBeLessThanOrEqual(s.series[0]!.values[i]! + 1e-9);
        expect(s.series[0]!.p90[i]!).toBeGreaterThanOrEqual(s.series[0]!.values[i]! - 1e-9);
      }
    }
  });

  it('stacks the diplomatic states to 1 each month and heads the slide with the leading state at the horizon', () => {
    const s = slide<'states'>(single, 'states');
    expect(s.panels).toHaveLength(1);
    const panel = s.panels[0]!;
    expect(panel.states.map((x) => x.id)).toEqual([...STATE_IDS]);
    expect(panel.months).toEqual(freezeResult.states.map((m) => m.month));
    for (let i = 0; i < panel.months.length; i++) {
      expect(panel.states.reduce((sum, x) => sum + x.values[i]!, 0)).toBeCloseTo(1, 6);
    }
    const last = freezeResult.states.at(-1)!;
    const leader = [...STATE_IDS].sort((a, b) => last[b] - last[a])[0]!;
    expect(panel.leading.id).toBe(leader);
    const label = description.states.find((x) => x.id === leader)!.label.toLowerCase();
    expect(s.headline).toContain(`By month 12, ${label} is the most likely diplomatic state (${Math.round(last[leader] * 100)}%`);
  });

  it('lists exactly the assumptions that differ from the status quo, in words', () => {
    const s = slide<'assumptions'>(single, 'assumptions');
    const differing = (Object.keys(STATUS_QUO) as (keyof Assumptions)[])
      .filter((k) => JSON.stringify(freeze.assumptions[k]) !== JSON.stringify(STATUS_QUO[k]));
    expect(s.rows.map((r) => r.assumption).sort()).toEqual(differing.sort());
    expect(s.headline).toBe(`${differing.length} assumptions differ from the status quo`);
    expect(s.emptyText).toBeNull();
    const byId = Object.fromEntries(s.rows.map((r) => [r.assumption, r]));
    expect(byId.testMoratorium).toMatchObject({ label: 'Test moratorium', values: ['Codified'], statusQuo: 'None', differs: [true] });
    expect(byId.exerciseScale).toMatchObject({ values: ['40 of 100'], statusQuo: '60 of 100' });
    expect(byId.sanctionsLifted!.values[0]).toBe('2375, 2397');
    expect(byId.sanctionsLifted!.statusQuo).toBe('None');
    for (const row of s.rows) expect(s.notes).toContain(`${row.label}: ${row.values[0]} (status quo: ${row.statusQuo})`);
  });

  it('attributes the outlook that moved most, relative to the status quo, and its bars sum to the change', () => {
    const s = slide<'attribution'>(single, 'attribution') as AttributionSlide;
    const id = mostMovedOutlook(freezeResult, description)!;
    expect(s.outlook).toBe(id);
    // By hand: the largest |change| / max(|status quo|, floor) among the outlooks.
    const floors = { probability: 0.05, count: 1, index: 1, warheads: 1 } as const;
    const score = (k: (typeof OUTLOOK_IDS)[number]) => {
      const o = freezeResult.outlooks[k];
      const unit = description.outlooks.find((x) => x.id === k)!.unit;
      return Math.abs(o.change) / Math.max(Math.abs(o.statusQuo.mean), floors[unit]);
    };
    expect(Math.max(...OUTLOOK_IDS.map(score))).toBe(score(id));
    expect(s.subtitle).toContain('moves most from the status quo in relative terms');
    const outlook = freezeResult.outlooks[id];
    expect(s.total).toBe(outlook.change);
    expect(s.bars.reduce((sum, b) => sum + b.contribution, 0)).toBeCloseTo(outlook.change, 9);
    expect(s.from.value).toBe(outlook.statusQuo.mean);
    expect(s.to.value).toBe(outlook.mean);
    // Largest first, each with its phrase and the assumption's label.
    const sizes = s.bars.map((b) => Math.abs(b.contribution));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    for (const b of s.bars) {
      expect(outlook.attribution.contributions.find((c) => c.assumption === b.assumption)!.phrase).toBe(b.phrase);
      expect(s.notes).toContain(b.phrase);
    }
    expect(s.headline).toContain(s.bars[0]!.phrase);
  });

  it('closes with the sources its assumptions and preset cite, the model version and the method', () => {
    const s = slide<'closing'>(single, 'closing');
    expect(s.modelVersion).toBe(description.modelVersion);
    const expected = new Set<string>(freeze.sources);
    for (const a of description.assumptions) {
      if (JSON.stringify(freeze.assumptions[a.id]) !== JSON.stringify(STATUS_QUO[a.id])) a.sources.forEach((id) => expected.add(id));
    }
    expect(new Set(s.sources.map((x) => x.id))).toEqual(expected);
    for (const source of s.sources) expect(source).toEqual({ id: source.id, ...description.sources[source.id] });
    expect(s.method).toMatch(/Monte Carlo.*10th to 90th percentiles.*Shapley/);
  });
});

describe('the status quo as a briefing', () => {
  it('says nothing differs and leaves out the attribution slide', () => {
    const b = buildBriefing({
      scenarios: [scenario('Status quo', { ...STATUS_QUO })], forecasts: [statusQuoResult], statusQuo: statusQuoResult, description, date: DATE,
    });
    expect(kinds(b)).not.toContain('attribution');
    expect(b.slides).toHaveLength(11);
    const s = slide<'assumptions'>(b, 'assumptions');
    expect(s.rows).toEqual([]);
    expect(s.emptyText).toMatch(/is the status quo/);
    // The status-quo preset's own sources are cited.
    expect(slide<'closing'>(b, 'closing').sources.map((x) => x.id).sort()).toEqual([...preset('statusQuo').sources].sort());
    for (const id of OUTLOOK_IDS) expect(b.slides.find((x) => x.id === `outlook-${id}`)!.headline).toMatch(/under the status quo/);
  });

  it('draws the scenarios only when no status-quo forecast is given', () => {
    const b = buildBriefing({ scenarios: [scenario(freeze.name, freeze.assumptions)], forecasts: [freezeResult], description, date: DATE });
    expect(slide<'event'>(b, 'outlook-icbmLaunch').series.map((x) => x.role)).toEqual(['scenario']);
  });
});

describe('a comparison briefing', () => {
  it('has title, assumptions, comparison, the outlook panels, difference and closing: 13 slides', () => {
    expect(kinds(comparison)).toEqual([
      'title', 'assumptions', 'comparison', 'event', 'event', 'event', 'event', 'launches', 'band', 'band', 'states', 'difference', 'closing',
    ]);
    expect(comparison.fileStem).toBe('comparison-freeze-for-relief-vs-maximum-pressure-2-0-2026-11-21');
    expect(comparison.title).toBe('Freeze for relief vs Maximum pressure 2.0');
  });

  it('tables every outlook for every scenario', () => {
    const s = slide<'comparison'>(comparison, 'comparison');
    expect(s.scenarios).toEqual([freeze.name, pressure.name]);
    expect(s.rows.map((r) => r.outlook)).toEqual([...OUTLOOK_IDS]);
    for (const row of s.rows) {
      expect(row.cells.map((c) => c.mean)).toEqual([freezeResult.outlooks[row.outlook].mean, pressureResult.outlooks[row.outlook].mean]);
      expect(row.cells.map((c) => c.p10)).toEqual([freezeResult.outlooks[row.outlook].p10, pressureResult.outlooks[row.outlook].p10]);
      expect(row.cells.map((c) => c.p90)).toEqual([freezeResult.outlooks[row.outlook].p90, pressureResult.outlooks[row.outlook].p90]);
    }
  });

  it('draws every scenario on the outlook slides and names each one’s figure in the headline', () => {
    const s = slide<'event'>(comparison, 'outlook-icbmLaunch');
    expect(s.series.map((x) => x.name)).toEqual([freeze.name, pressure.name, 'Status quo']);
    expect(s.headline).toContain(`${formatMean(freezeResult.outlooks.icbmLaunch, 'probability')} under ${freeze.name}`);
    expect(s.headline).toContain(`${formatMean(pressureResult.outlooks.icbmLaunch, 'probability')} under ${pressure.name}`);
    // Both readings are in the notes.
    expect(s.notes).toContain(freezeResult.outlooks.icbmLaunch.reading);
    expect(s.notes).toContain(pressureResult.outlooks.icbmLaunch.reading);
    expect(slide<'states'>(comparison, 'states').panels.map((p) => p.scenario)).toEqual([freeze.name, pressure.name]);
  });

  it('lists the assumptions that differ from the status quo in either scenario, flagging which', () => {
    const s = slide<'assumptions'>(comparison, 'assumptions');
    const differing = (Object.keys(STATUS_QUO) as (keyof Assumptions)[]).filter((k) =>
      [freeze, pressure].some((p) => JSON.stringify(p.assumptions[k]) !== JSON.stringify(STATUS_QUO[k])));
    expect(s.rows.map((r) => r.assumption).sort()).toEqual(differing.sort());
    const moratorium = s.rows.find((r) => r.assumption === 'testMoratorium')!;
    expect(moratorium.values).toEqual(['Codified', 'None']);
    expect(moratorium.differs).toEqual([true, false]);
  });

  it('explains B − A with contributions that sum to the difference', () => {
    const s = slide<'difference'>(comparison, 'difference') as AttributionSlide;
    expect(s.from.label).toBe(freeze.name);
    expect(s.to.label).toBe(pressure.name);
    const outlook = difference.outlooks.find((o) => o.id === s.outlook)!;
    expect([s.from.value, s.to.value]).toEqual([outlook.base, outlook.target]);
    expect(s.total).toBeCloseTo(outlook.target - outlook.base, 12);
    // The outlook that differs most, relative to A.
    const floors = { probability: 0.05, count: 1, index: 1, warheads: 1 } as const;
    const score = (o: DifferenceResult['outlooks'][number]) =>
      Math.abs(o.target - o.base) / Math.max(Math.abs(o.base), floors[description.outlooks.find((x) => x.id === o.id)!.unit]);
    expect(Math.max(...difference.outlooks.map(score))).toBe(score(outlook));
    expect(s.bars.reduce((sum, b) => sum + b.contribution, 0)).toBeCloseTo(s.total, 9);
    for (const b of s.bars) expect(s.notes).toContain(b.phrase);
  });

  it('leaves the difference slide out when no difference is given', () => {
    const b = buildBriefing({
      scenarios: [scenario('A', freeze.assumptions), scenario('B', pressure.assumptions)],
      forecasts: [freezeResult, pressureResult], description, date: DATE,
    });
    expect(kinds(b)).not.toContain('difference');
  });
});

describe('input checks', () => {
  it('refuses no scenario, five scenarios, missing forecasts, mixed horizons and a bad date', () => {
    const one = { scenarios: [scenario('A', freeze.assumptions)], forecasts: [freezeResult], description, date: DATE };
    expect(() => buildBriefing({ ...one, scenarios: [], forecasts: [] })).toThrow(/1 to 4/);
    expect(() => buildBriefing({ ...one, scenarios: Array(5).fill(one.scenarios[0]), forecasts: Array(5).fill(freezeResult) })).toThrow(/1 to 4/);
    expect(() => buildBriefing({ ...one, forecasts: [] })).toThrow(/forecasts/);
    expect(() => buildBriefing({ ...one, date: 'yesterday' })).toThrow(/ISO date/);
    const six = forecast(freeze.assumptions, 6);
    expect(() => buildBriefing({ ...one, scenarios: [one.scenarios[0]!, one.scenarios[0]!], forecasts: [freezeResult, six] })).toThrow(/same horizon/);
  }, 30_000);
});

describe('names and dates', () => {
  it('slugifies names for files', () => {
    expect(slugify('Freeze for relief')).toBe('freeze-for-relief');
    expect(slugify('Maximum pressure 2.0')).toBe('maximum-pressure-2-0');
    expect(slugify('  Séoul – Pyongyang: “talks”!  ')).toBe('seoul-pyongyang-talks');
    expect(slugify('한반도')).toBe('scenario');
    expect(slugify('a'.repeat(100))).toHaveLength(48);
    expect(fileStemFor(['Freeze for relief'], '2026-11-21T10:00:00Z')).toBe('freeze-for-relief-2026-11-21');
    expect(fileStemFor(['A', 'B', 'C'], DATE)).toBe('comparison-a-vs-b-vs-c-2026-11-21');
  });

  it('writes dates in words', () => {
    expect(dateInWords('2026-11-21')).toBe('21 November 2026');
    expect(dateInWords('2027-01-05T23:59:59Z')).toBe('5 January 2027');
    expect(() => dateInWords('2026-13-01')).toThrow();
  });
});
