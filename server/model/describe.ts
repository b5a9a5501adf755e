/** model.describe: everything a client needs to build its controls and label its panels. */
import { z } from 'zod';
import { ASSUMPTION_GROUPS, ASSUMPTIONS, DEFAULT_HORIZON_MONTHS, STATUS_QUO, assumptionsSchema } from './assumptions';
import { CURRENT_CONTEXT } from './context';
import { OUTLOOKS, STATES } from './outlooks';
import { PRESETS } from './presets';
import { RESOLUTIONS } from './resolutions';
import { DEFAULT_DRAWS, DEFAULT_SEED, DEFAULT_SENSITIVITY_DRAWS, MAX_DRAWS, MIN_DRAWS } from './schema';
import { SOURCES } from './sources';
import { MODEL_VERSION } from './version';

const sourced = { sources: z.array(z.string()) };
export const modelDescriptionSchema = z.object({
  modelVersion: z.string(),
  asOf: z.string(),
  context: z.object({ icbmCapable: z.boolean(), nuclearTestsToDate: z.number(), warheadsEstimate: z.number() }),
  groups: z.array(z.object({ id: z.string(), label: z.string() })),
  assumptions: z.array(z.object({
    id: z.string(), label: z.string(), help: z.string(), group: z.string(),
    domain: z.record(z.string(), z.unknown()), statusQuo: z.unknown(), ...sourced,
  })),
  statusQuo: assumptionsSchema,
  resolutions: z.array(z.object({ number: z.number(), adopted: z.string(), trigger: z.string(), bans: z.string(), bite: z.number() })),
  outlooks: z.array(z.object({ id: z.string(), label: z.string(), phrase: z.string(), unit: z.string(), help: z.string(), ...sourced })),
  states: z.array(z.object({ id: z.string(), label: z.string(), help: z.string() })),
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
    assumptions: ASSUMPTIONS.map((a) => ({ ...a, domain: { ...a.domain }, sources: [...a.sources] })),
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
