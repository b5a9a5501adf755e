/** model.describe: everything a client needs to build its controls and label its panels. */
import { z } from 'zod';
import { LOCALES, type Locale } from '../i18n/locales';
import { ASSUMPTION_GROUP_IDS, ASSUMPTION_IDS, DEFAULT_HORIZON_MONTHS, STATUS_QUO, assumptionsSchema } from './assumptions';
import { CURRENT_CONTEXT } from './context';
import { localizedModelTexts } from './localize';
import { OUTLOOK_IDS, STATE_IDS } from './outlooks';
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
  groups: z.array(z.object({ id: z.enum(ASSUMPTION_GROUP_IDS), label: z.string() })),
  assumptions: z.array(z.object({
    id: z.enum(ASSUMPTION_IDS), label: z.string(), help: z.string(), group: z.enum(ASSUMPTION_GROUP_IDS),
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

/** model.describe's input: the language of every label, help text and rationale. */
export const describeInputSchema = z.strictObject({ locale: z.enum(LOCALES).default('en') }).default({ locale: 'en' });

/** Every text in the locale's words; ids, values, numbers and source titles are the same in all. */
export function describeModel(locale: Locale = 'en'): ModelDescription {
  const texts = localizedModelTexts(locale);
  return {
    modelVersion: MODEL_VERSION,
    asOf: '2026-11',
    context: { ...CURRENT_CONTEXT },
    groups: texts.groups,
    assumptions: texts.assumptions,
    statusQuo: { ...STATUS_QUO },
    resolutions: texts.resolutions,
    outlooks: texts.outlooks,
    states: texts.states,
    presets: texts.presets,
    sources: Object.fromEntries(Object.entries(SOURCES).map(([id, s]) => [id, { ...s }])),
    defaults: {
      horizonMonths: DEFAULT_HORIZON_MONTHS, draws: DEFAULT_DRAWS, sensitivityDraws: DEFAULT_SENSITIVITY_DRAWS,
      seed: DEFAULT_SEED, minDraws: MIN_DRAWS, maxDraws: MAX_DRAWS,
    },
  };
}
