/**
 * Saved scenarios: thin procedures over server/db/scenarios.ts, each acting for the
 * signed-in user (`ctx.actor`; who may do what: server/db/access.ts). The repository's
 * errors become tRPC codes with readable messages: a missing scenario, or one the caller
 * may not see, is NOT_FOUND (404); a change they may not make FORBIDDEN (403); a save
 * from an out-of-date version CONFLICT (409).
 */
import { z } from 'zod';
import * as repo from '@/server/db/scenarios';
import { MODEL_VERSION } from '@/server/model/version';
import { exportInputSchema, importInputSchema } from '@/server/scenarios/export-format';
import {
  listInputSchema,
  renameInputSchema,
  restoreVersionInputSchema,
  saveInputSchema,
  scenarioContentSchema,
  scenarioIdSchema,
} from '@/server/scenarios/schema';
import { rateLimit } from '../rate-limited';
import { router, userProcedure } from '../trpc';
import { withDatabase } from '../with-database';

const idInput = z.strictObject({ id: scenarioIdSchema });

export const scenariosRouter = router({
  list: userProcedure.input(listInputSchema).query(({ ctx, input }) => withDatabase(ctx, (db) => repo.listScenarios(db, ctx.actor, input))),
  tags: userProcedure.query(({ ctx }) => withDatabase(ctx, (db) => repo.listTags(db, ctx.actor))),
  /** One scenario; `recomputed` says it was saved under another model version than today's. */
  get: userProcedure.input(idInput).query(({ ctx, input }) =>
    withDatabase(ctx, async (db) => {
      const scenario = await repo.getScenario(db, ctx.actor, input.id);
      return { scenario, currentModelVersion: MODEL_VERSION, recomputed: scenario.modelVersion !== MODEL_VERSION };
    }),
  ),
  getMany: userProcedure
    .input(z.strictObject({
      ids: z.array(scenarioIdSchema).min(2, { error: 'compare at least 2 scenarios' }).max(4, { error: 'compare at most 4 scenarios' })
        .refine((ids) => new Set(ids).size === ids.length, { error: 'lists a scenario twice' }),
    }))
    .query(({ ctx, input }) => withDatabase(ctx, (db) => repo.getScenarios(db, ctx.actor, input.ids))),
  create: userProcedure.input(scenarioContentSchema).mutation(({ ctx, input }) => withDatabase(ctx, (db) => repo.createScenario(db, ctx.actor, input))),
  save: userProcedure.input(saveInputSchema).mutation(({ ctx, input: { id, baseVersion, ...content } }) =>
    withDatabase(ctx, (db) => repo.saveScenario(db, ctx.actor, id, baseVersion, content)),
  ),
  rename: userProcedure.input(renameInputSchema).mutation(({ ctx, input }) =>
    withDatabase(ctx, (db) => repo.renameScenario(db, ctx.actor, input.id, input.baseVersion, input.name)),
  ),
  duplicate: userProcedure.input(idInput).mutation(({ ctx, input }) => withDatabase(ctx, (db) => repo.duplicateScenario(db, ctx.actor, input.id))),
  delete: userProcedure.input(idInput).mutation(({ ctx, input }) => withDatabase(ctx, (db) => repo.deleteScenario(db, ctx.actor, input.id))),
  undelete: userProcedure.input(idInput).mutation(({ ctx, input }) => withDatabase(ctx, (db) => repo.undeleteScenario(db, ctx.actor, input.id))),
  versions: userProcedure.input(idInput).query(({ ctx, input }) => withDatabase(ctx, (db) => repo.listVersions(db, ctx.actor, input.id))),
  restoreVersion: userProcedure.input(restoreVersionInputSchema).mutation(({ ctx, input }) =>
    withDatabase(ctx, (db) => repo.restoreVersion(db, ctx.actor, input.id, input.baseVersion, input.version)),
  ),
  export: userProcedure.use(rateLimit('exports')).input(exportInputSchema).query(({ ctx, input }) => withDatabase(ctx, (db) => repo.exportScenarios(db, ctx.actor, input.ids))),
  /** All or nothing: the whole file is validated (errors name item and field) before anything is written. */
  import: userProcedure.input(importInputSchema).mutation(({ ctx, input }) => withDatabase(ctx, (db) => repo.importScenarios(db, ctx.actor, input.file))),
});
