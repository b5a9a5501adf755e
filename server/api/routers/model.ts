/** model.describe: the assumptions, outlooks, states and presets the UI is built from. */
import { describeModel, modelDescriptionSchema } from '@/server/model';
import { publicProcedure, router } from '../trpc';

export const modelRouter = router({
  describe: publicProcedure.output(modelDescriptionSchema).query(() => describeModel()),
});
