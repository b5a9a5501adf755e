import { describe, expect, it } from 'vitest';
import { canonicalInput, INITIAL_STATE, sameAssumptions, type DashboardState } from '@/app/_dashboard/scenario';
import { parseDashboardUrl, toSearchParams } from '@/app/_dashboard/url-state';
import { PRESETS, STATUS_QUO } from '@/server/model';

const presetIds = PRESETS.map((p) => p.id);
const parse = (query: string) => parseDashboardUrl(new URLSearchParams(query), presetIds);

describe('the scenario in the URL', () => {
  it.each(PRESETS.map((p) => [p.name, p] as const))('round-trips the "%s" preset exactly', (_name, preset) => {
    const state: DashboardState = { assumptions: preset.assumptions, horizonMonths: 18, outlook: 'interimDeal', presetId: preset.id, saved: null };
    const parsed = parse(toSearchParams(state).toString());
    expect(parsed.problems).toEqual([]);
    expect(sameAssumptions(parsed.state.assumptions, preset.assumptions)).toBe(true);
    expect(parsed.state).toMatchObject({ horizonMonths: 18, outlook: 'interimDeal', presetId: preset.id });
  });

  describe('a saved scenario', () => {
    const id = '3f0c9a52-1d2e-4b7a-9c1d-2a3b4c5d6e7f';

    it('round-trips the scenario id and the version the edits started from, with the edits', () => {
      const state: DashboardState = { ...INITIAL_STATE, assumptions: { ...STATUS_QUO, russiaSupport: 20 }, presetId: null, saved: { id, version: 7 } };
      const query = toSearchParams(state).toString();
      expect(query).toBe(`russiaSupport=20&scenario=${id}&rev=7`);
      expect(parse(query)).toEqual({ state, problems: [], openSaved: null });
    });

    it('reads a scenario id without a version as "open it as saved"', () => {
      expect(parse(`scenario=${id}`)).toMatchObject({ openSaved: id, problems: [], state: { saved: null } });
    });

    it('does not call a saved scenario at the status quo the status-quo preset', () => {
      expect(parse(`scenario=${id}&rev=2`).state).toMatchObject({ presetId: null, saved: { id, version: 2 } });
    });

    it.each([
      ['scenario=not-an-id', /scenario: "not-an-id" is not a scenario id/],
      [`scenario=${id}&rev=0`, /rev: "0" is not a version number/],
      [`scenario=${id}&rev=abc`, /rev: "abc" is not a version number/],
      ['rev=3', /rev: a version needs a scenario/],
    ])('falls back to the status quo on %s', (query, problem) => {
      const parsed = parse(query);
      expect(parsed.problems.join('; ')).toMatch(problem);
      expect(parsed.state).toEqual(INITIAL_STATE);
      expect(parsed.openSaved).toBeNull();
    });
  });

  it('writes only what differs from the status quo', () => {
    const params = toSearchParams({ ...INITIAL_STATE, assumptions: { ...STATUS_QUO, exerciseScale: 40, sanctionsLifted: [2397, 2270] } });
    expect(params.toString()).toBe('exerciseScale=40&sanctionsLifted=2270%2C2397');
    expect(toSearchParams(INITIAL_STATE).toString()).toBe('');
    expect(INITIAL_STATE.presetId).toBe('statusQuo');
  });

  it('reads an empty query as the status-quo preset', () => {
    expect(parse('')).toEqual({ state: INITIAL_STATE, problems: [], openSaved: null });
  });

  it('reads changed assumptions without a preset as a custom scenario', () => {
    expect(parse('exerciseScale=20').state.presetId).toBeNull();
  });

  it('ignores parameters it does not know (a tracking tag does not break a link)', () => {
    expect(parse('utm_source=mail&exerciseScale=20').state.assumptions.exerciseScale).toBe(20);
  });

  it.each([
    ['exerciseScale=banana', 'exerciseScale'],
    ['exerciseScale=101', 'exerciseScale'],
    ['exerciseScale=', 'exerciseScale'],
    ['channel=telepathy', 'channel'],
    ['sanctionsLifted=2270,9999', 'sanctionsLifted'],
    ['yongbyonDismantlement=maybe', 'yongbyonDismantlement'],
    ['horizon=99', 'horizon'],
    ['outlook=weather', 'outlook'],
    ['preset=nope', 'preset'],
  ])('falls back to the status quo on "%s", naming %s', (query, field) => {
    const parsed = parse(`${query}&usEngagement=90`);
    expect(parsed.state).toEqual(INITIAL_STATE);
    expect(parsed.problems.join(' ')).toContain(field);
  });

  it('gives one canonical key per scenario, whatever the order of the sanctions', () => {
    const a = canonicalInput({ ...STATUS_QUO, sanctionsLifted: [2397, 2270] }, 12);
    const b = canonicalInput({ ...STATUS_QUO, sanctionsLifted: [2270, 2397] }, 12);
    expect(a).toBe(b);
    expect(JSON.parse(a)).toEqual({ assumptions: { ...STATUS_QUO, sanctionsLifted: [2270, 2397] }, horizonMonths: 12 });
  });
});
