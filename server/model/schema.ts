/**
 * The model's public contract, declared with zod: what forecast.run and
 * forecast.sensitivity accept and return. The tRPC procedures validate input
 * and output with these, and the UI types itself from them.
 */
import { z } from 'zod';
import { assumptionsSchema, DEFAULT_HORIZON_MONTHS, horizonMonthsSchema } from './assumptions';
import { OUTLOOK_IDS, STATE_IDS } from './outlooks';
import { LOCALES } from '../i18n/locales';

export const DEFAULT_DRAWS = 5000;
export const DEFAULT_SENSITIVITY_DRAWS = 2000;
export const DEFAULT_SEED = 20261121;
export const MIN_DRAWS = 100;
export const MAX_DRAWS = 20000;

const drawsSchema = z
  .number({ error: 'draws must be a number' })
  .int({ error: 'draws must be a whole number' })
  .min(MIN_DRAWS, { error: `draws must be at least ${MIN_DRAWS}` })
  .max(MAX_DRAWS, { error: `draws must be at most ${MAX_DRAWS}` });

const seedSchema = z
  .number({ error: 'seed must be a number' })
  .int({ error: 'seed must be a whole number' })
  .min(0, { error: 'seed must be at least 0' })
  .max(4294967295, { error: 'seed must be at most 4294967295' });

export const outlookIdSchema = z.enum(OUTLOOK_IDS);

/** The language of the result's texts (readings, driver phrases, labels); the numbers are the same in every one. */
export const localeSchema = z.enum(LOCALES).default('en');

export const forecastInputSchema = z.strictObject({
  assumptions: assumptionsSchema,
  horizonMonths: horizonMonthsSchema.default(DEFAULT_HORIZON_MONTHS),
  draws: drawsSchema.default(DEFAULT_DRAWS),
  seed: seedSchema.default(DEFAULT_SEED),
  locale: localeSchema,
});
export type ForecastInput = z.input<typeof forecastInputSchema>;
export type ForecastSettings = z.output<typeof forecastInputSchema>;

export const sensitivityInputSchema = z.strictObject({
  assumptions: assumptionsSchema,
  horizonMonths: horizonMonthsSchema.default(DEFAULT_HORIZON_MONTHS),
  /** One outlook, or all of them when omitted. */
  outlook: outlookIdSchema.optional(),
  draws: drawsSchema.default(DEFAULT_SENSITIVITY_DRAWS),
  seed: seedSchema.default(DEFAULT_SEED),
  locale: localeSchema,
});
export type SensitivityInput = z.input<typeof sensitivityInputSchema>;
export type SensitivitySettings = z.output<typeof sensitivityInputSchema>;

const bandSchema = z.object({
  mean: z.number(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
});
export type Band = z.infer<typeof bandSchema>;

/** Monthly bands are computed for tension and the arsenal; other trajectories carry the mean. */
const trajectoryPointSchema = z.object({
  month: z.number().int(),
  mean: z.number(),
  p10: z.number().optional(),
  p50: z.number().optional(),
  p90: z.number().optional(),
});
export type TrajectoryPoint = z.infer<typeof trajectoryPointSchema>;

export const contributionSchema = z.object({
  assumption: z.string(),
  /** Plain words for the scenario's value of this assumption, e.g. "the codified moratorium". */
  phrase: z.string(),
  contribution: z.number(),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const attributionSchema = z.object({
  /** Scenario mean minus status-quo mean: the contributions sum to it. */
  total: z.number(),
  contributions: z.array(contributionSchema),
  /** "exact" (all coalitions enumerated) or "sampled" (permutation sampling). */
  method: z.enum(['exact', 'sampled', 'none']),
});
export type Attribution = z.infer<typeof attributionSchema>;

export const outlookResultSchema = bandSchema.extend({
  id: outlookIdSchema,
  statusQuo: bandSchema,
  /** mean minus status-quo mean */
  change: z.number(),
  /** Monthly path: cumulative probability, cumulative launches, tension or warheads. */
  trajectory: z.array(trajectoryPointSchema),
  attribution: attributionSchema,
  reading: z.string(),
});
export type OutlookResult = z.infer<typeof outlookResultSchema>;

const stateShareSchema = z.object(
  Object.fromEntries(STATE_IDS.map((id) => [id, z.number()])) as Record<(typeof STATE_IDS)[number], z.ZodNumber>,
);
export const stateMonthSchema = stateShareSchema.extend({ month: z.number().int() });
export type StateMonth = z.infer<typeof stateMonthSchema>;

export const forecastOutputSchema = z.object({
  modelVersion: z.string(),
  horizonMonths: z.number().int(),
  draws: z.number().int(),
  seed: z.number().int(),
  outlooks: z.object(
    Object.fromEntries(OUTLOOK_IDS.map((id) => [id, outlookResultSchema])) as Record<
      (typeof OUTLOOK_IDS)[number],
      typeof outlookResultSchema
    >,
  ),
  /** Mean share of each diplomatic state by month; month 0 is the starting point. */
  states: z.array(stateMonthSchema),
  /** Expected launches in each quarter of the horizon (last one may be partial). */
  launchesByQuarter: z.array(z.object({ quarter: z.number().int(), months: z.number().int(), mean: z.number() })),
});
export type ForecastResult = z.infer<typeof forecastOutputSchema>;

/** The assumption's value at this end of the swing: a percent, an option, a switch or a list of resolutions. */
const tornadoEndSchema = z.object({
  value: z.union([z.number(), z.string(), z.boolean(), z.array(z.number())]),
  label: z.string(),
  outcome: z.number(),
});
export const tornadoBarSchema = z.object({
  assumption: z.string(),
  label: z.string(),
  low: tornadoEndSchema,
  high: tornadoEndSchema,
  /** high.outcome minus low.outcome, never negative */
  swing: z.number(),
});
export type TornadoBar = z.infer<typeof tornadoBarSchema>;

export const sensitivityOutputSchema = z.object({
  modelVersion: z.string(),
  horizonMonths: z.number().int(),
  draws: z.number().int(),
  seed: z.number().int(),
  outlooks: z.array(
    z.object({
      id: outlookIdSchema,
      /** The outlook's mean for the scenario as given. */
      base: z.number(),
      /** Sorted by swing, largest first. */
      bars: z.array(tornadoBarSchema),
    }),
  ),
});
export type SensitivityResult = z.infer<typeof sensitivityOutputSchema>;
