import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, PRESETS, RESOLUTIONS, SOURCES, STATUS_QUO, assumptionsSchema, describeModel, modelDescriptionSchema } from '@/server/model';
import { COEFFICIENTS } from '@/server/model/coefficients';

const drawModelSource = readFileSync(new URL('../../server/model/draw-model.ts', import.meta.url), 'utf8');

describe('the model definition', () => {
  it('uses every coefficient it defines, each with a rationale and a known source', () => {
    for (const c of COEFFICIENTS) {
      expect(drawModelSource, `${c.id} is not used`).toMatch(new RegExp(`\\b${c.id}\\b`));
      expect(c.rationale.length).toBeGreaterThan(10);
      expect(c.sources.length).toBeGreaterThan(0);
      for (const s of c.sources) expect(SOURCES).toHaveProperty(s);
      expect(c.spread).toBeGreaterThan(0);
    }
  });

  it('has unique coefficient ids', () => {
    expect(new Set(COEFFICIENTS.map((c) => c.id)).size).toBe(COEFFICIENTS.length);
  });

  it('sets every assumption default to the status quo, and the status quo validates', () => {
    for (const meta of ASSUMPTIONS) expect(meta.statusQuo).toEqual(STATUS_QUO[meta.id]);
    expect(assumptionsSchema.parse(STATUS_QUO)).toEqual(STATUS_QUO);
    expect(ASSUMPTIONS.map((a) => a.id).sort()).toEqual(Object.keys(STATUS_QUO).sort());
  });

  it('cites only known sources for assumptions, outlooks and presets', () => {
    const cited = [...ASSUMPTIONS, ...describeModel().outlooks, ...PRESETS].flatMap((x) => x.sources);
    for (const s of cited) expect(SOURCES).toHaveProperty(s);
  });

  it('weighs the eleven resolutions by bite, summing to 1, the Hanoi five most', () => {
    expect(RESOLUTIONS).toHaveLength(11);
    expect(RESOLUTIONS.reduce((s, r) => s + r.bite, 0)).toBeCloseTo(1, 10);
    const designationsOnly = RESOLUTIONS.find((r) => r.number === 2356)!;
    expect(designationsOnly.bite).toBeLessThan(0.05);
  });

  it('has at least six valid presets, the first being the status quo', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(6);
    expect(PRESETS[0]!.assumptions).toEqual(STATUS_QUO);
    for (const p of PRESETS) {
      expect(assumptionsSchema.safeParse(p.assumptions).success).toBe(true);
      expect(p.rationale.length).toBeGreaterThan(100);
    }
  });

  it('describes itself in the declared shape', () => {
    expect(modelDescriptionSchema.safeParse(describeModel()).success).toBe(true);
  });
});
