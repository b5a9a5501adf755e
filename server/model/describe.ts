/** model.describe: everything a client needs to build its controls and label its panels. */
import { z } from 'zod';
import { ASSUMPTION_GROUPS, ASSUMPTION_IDS, ASSUMPTIONS, DEFAULT_HORIZON_MONTHS, STATUS_QUO, assumptionsSchema } from './assumptions';
import { CURRENT_CONTEXT } from './context';
import { OUTLOOK_IDS, OUTLOOKS, STATE_IDS, STATES } from './outlooks';
import { PRESETS } from './presets';
import { RESOLUTIONS } from './resolutions';
import { DEFAULT_DRAWS, DEFAULT_SEED, DEFAULT_SENSITIVITY_DRAWS, MAX_DRAWS, MIN_DRAWS } from './schema';
import { SOURCES } from './sources';
import { MODEL_VERSION } from './version';

const sourced = { sources: z.array(z.string()) };
const labelled = z.object({ value: z.number(), label: z.string() });
const domainSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), min: z.literal(0), max: z.literal(100), step: z.literal(1), anchors: z.array(labelled) }),
  z.object({ kind: z.literal('enum'), options: z.array(z.object({ value: z.string(), label: z.string() })) }),
  z.object({ kind: z.literal('boolean'), trueLabel: z.string(), falseLabel: z.string() }),
  z.object({ kind: z.literal('resolutions'), options: z.array(z.number()) }),
]);
export const modelDescriptionSchema = z.object({
  modelVersion: z.string(),
  asOf: z.string(),
  context: z.object({ icbmCapable: z.boolean(), nuclearTestsToDate: z.number(), warheadsEstimate: z.number() }),
  groups: z.array(z.object({ id: z.enum(ASSUMPTION_GROUPS.map((g) => g.id)), label: z.string() })),
  assumptions: z.array(z.object({
    id: z.enum(ASSUMPTION_IDS), label: z.string(), help: z.string(), group: z.enum(ASSUMPTION_GROUPS.map((g) => g.id)),
    domain: domainSchema, statusQuo: z.unknown(), ...sourced,
  })),
  statusQuo: assumptionsSchema,
  resolutions: z.array(z.object({ number: z.number(), adopted: z.string(), trigger: z.string(), bans: z.string(), bite: z.number() })),
  outlooks: z.array(z.object({
    id: z.enum(OUTLOOK_IDS), label: z.string(), phrase: z.string(), unit: z.enum(['probability', 'count', 'index', 'warheads']), help: z.string(), ...sourced,
  })),
  states: z.array(z.object({ id: z.enum(STATE_IDS), label: z.string(), help: z.string() })),
  presets: z.array(z.object({ id: z.string(), name: z.string(), rationale: z.string(), assumptions: assumptionsSchema, ...sourced })),
  sources: z.record(z.string(), z.object({ file: z.string(), title: z.string() })),
  defaults: z.object({
    horizonMonths: z.number(), draws: z.number(), sensitivityDraws: z.number(), seed: z.number(),
    minDraws: z.number(), maxDraws: z.number(),
  }),
});
export type ModelDescription = z.infer<typeof modelDescriptionSchema>;

export function describeModel(): ModelDescription {
  return {
    modelVersion: MODEL_VERSION,
    asOf: '2026-11',
    context: { ...CURRENT_CONTEXT },
    groups: ASSUMPTION_GROUPS.map((g) => ({ ...g })),
    assumptions: ASSUMPTIONS.map((a) => ({ ...a, domain: structuredClone(a.domain), sources: [...a.sources] })),
    statusQuo: { ...STATUS_QUO },
    resolutions: RESOLUTIONS.map((r) => ({ ...r })),
    outlooks: OUTLOOKS.map((o) => ({ ...o, sources: [...o.sources] })),
    states: STATES.map((s) => ({ ...s })),
    presets: PRESETS.map((p) => ({ ...p, sources: [...p.sources] })),
    sources: Object.fromEntries(Object.entries(SOURCES).map(([id, s]) => [id, { ...s }])),
    defaults: {
      horizonMonths: DEFAULT_HORIZON_MONTHS, draws: DEFAULT_DRAWS, sensitivityDraws: DEFAULT_SENSITIVITY_DRAWS,
      seed: DEFAULT_SEED, minDraws: MIN_DRAWS, maxDraws: MAX_DRAWS,
    },
  };
}
