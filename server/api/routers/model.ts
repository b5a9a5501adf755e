/**
 * model.describe: the assumptions, outlooks, states and presets the UI is built from,
 * in the language asked for (`{ locale }`, English when omitted).
 */
import { describeInputSchema, describeModel, modelDescriptionSchema } from '@/server/model';
import { publicProcedure, router } from '../trpc';

export const modelRouter = router({
  describe: publicProcedure
    .input(describeInputSchema)
    .output(modelDescriptionSchema)
    .query(({ input }) => describeModel(input.locale)),
});
