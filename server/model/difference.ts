/**
 * forecast.difference: why scenario B's outlooks differ from scenario A's.
 * The same Shapley attribution as the dashboard's (which is the special case
 * A = status quo), with A as the baseline: each assumption on which they
 * differ gets its share of B − A, and the shares sum exactly to it.
 */
import { z } from 'zod';
import { assumptionsSchema, horizonMonthsSchema, DEFAULT_HORIZON_MONTHS, type Assumptions } from './assumptions';
import { matchTotal, shapleyAttribution } from './attribution';
import { CURRENT_CONTEXT } from './context';
import { OUTLOOK_IDS, type OutlookId } from './outlooks';
import { driverPhrase } from './phrases';
import { DEFAULT_DRAWS, DEFAULT_SEED, attributionSchema, localeSchema, outlookIdSchema } from './schema';
import { simulateOutlooks } from './simulate-outlooks';

export const differenceInputSchema = z.strictObject({
  base: assumptionsSchema,
  target: assumptionsSchema,
  horizonMonths: horizonMonthsSchema.default(DEFAULT_HORIZON_MONTHS),
  locale: localeSchema,
});
export type DifferenceInput = z.input<typeof differenceInputSchema>;

export const differenceOutputSchema = z.object({
  horizonMonths: z.number().int(),
  outlooks: z.array(
    z.object({
      id: outlookIdSchema,
      base: z.number(),
      target: z.number(),
      attribution: attributionSchema,
    }),
  ),
});
export type DifferenceResult = z.infer<typeof differenceOutputSchema>;

export function runDifference(input: DifferenceInput): DifferenceResult {
  const { base, target, horizonMonths, locale } = differenceInputSchema.parse(input);
  const draws = DEFAULT_DRAWS;
  const seed = DEFAULT_SEED;
  const baseSummary = simulateOutlooks(base, CURRENT_CONTEXT, horizonMonths, draws, seed);
  const targetSummary = simulateOutlooks(target, CURRENT_CONTEXT, horizonMonths, draws, seed);
  const raw = shapleyAttribution(target, base, CURRENT_CONTEXT, horizonMonths, draws, seed);
  return {
    horizonMonths,
    outlooks: OUTLOOK_IDS.map((id: OutlookId) => {
      const a = baseSummary.outlooks[id].mean;
      const b = targetSummary.outlooks[id].mean;
      const values = matchTotal(raw.shapley[id], b - a);
      return {
        id,
        base: a,
        target: b,
        attribution: {
          total: b - a,
          method: raw.method,
          contributions: raw.players.map((assumption, i) => ({
            assumption,
            phrase: driverPhrase(assumption, (target as Assumptions)[assumption], locale),
            contribution: values[i]!,
          })),
        },
      };
    }),
  };
}
