/**
 * forecast.run and forecast.sensitivity. Queries, not mutations: they are pure
 * functions of their input, so GET lets the browser and the batch link cache and
 * combine them. Inputs are ~1 KB, well under the route's URL cap. Each takes an
 * optional `locale` (English by default): it changes the texts of the result (readings,
 * driver phrases, labels), never its numbers, and is part of the input, so of every
 * cache key built from it.
 */
import {
  differenceInputSchema,
  differenceOutputSchema,
  forecastInputSchema,
  forecastOutputSchema,
  runDifference,
  runForecast,
  runSensitivity,
  sensitivityInputSchema,
  sensitivityOutputSchema,
} from '@/server/model';
import { rateLimitedProcedure } from '../rate-limited';
import { publicProcedure, router } from '../trpc';

export const forecastRouter = router({
  run: publicProcedure
    .input(forecastInputSchema)
    .output(forecastOutputSchema)
    .query(({ input }) => runForecast(input)),
  sensitivity: rateLimitedProcedure('sensitivity')
    .input(sensitivityInputSchema)
    .output(sensitivityOutputSchema)
    .query(({ input }) => runSensitivity(input)),
  /** The comparison page: which assumptions make scenario B's outlooks differ from A's. */
  difference: publicProcedure
    .input(differenceInputSchema)
    .output(differenceOutputSchema)
    .query(({ input }) => runDifference(input)),
});
