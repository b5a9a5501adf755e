/**
 * Saved scenarios: thin procedures over server/db/scenarios.ts. The
 * repository's errors become tRPC codes with readable messages: a missing
 * scenario is NOT_FOUND (404), a save from an out-of-date version CONFLICT (409).
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
import { rateLimitedProcedure } from '../rate-limited';
import { router, userProcedure } from '../trpc';
import { withDatabase } from '../with-database';

const idInput = z.strictObject({ id: scenarioIdSchema });

export const scenariosRouter = router({
  list: userProcedure.input(listInputSchema).query(({ ctx, input }) => withDatabase(ctx, (db) => repo.listScenarios(db, input))),
  tags: userProcedure.query(({ ctx }) => withDatabase(ctx, (db) => repo.listTags(db))),
  /** One scenario; `recomputed` says it was saved under another model version than today's. */
  get: userProcedure.input(idInput).query(({ ctx, input }) =>
    withDatabase(ctx, async (db) => {
      const scenario = await repo.getScenario(db, input.id);
      return { scenario, currentModelVersion: MODEL_VERSION, recomputed: scenario.modelVersion !== MODEL_VERSION };
    }),
  ),
  getMany: userProcedure
    .input(z.strictObject({
      ids: z.array(scenarioIdSchema).min(2, { error: 'compare at least 2 scenarios' }).max(4, { error: 'compare at most 4 scenarios' })
        .refine((ids) => new Set(ids).size === ids.length, { error: 'lists a scenario twice' }),
    }))
    .query(({ ctx, input }) => withDatabase(ctx, (db) => repo.getScenarios(db, input.ids))),
  create: userProcedure.input(scenarioContentSchema).mutation(({ ctx, input }) => withDatabase(ctx, (db) => repo.createScenario(db, input))),
  save: userProcedure.input(saveInputSchema).mutation(({ ctx, input: { id, baseVersion, ...content } }) =>
    withDatabase(ctx, (db) => repo.saveScenario(db, id, baseVersion, content)),
  ),
  rename: userProcedure.input(renameInputSchema).mutation(({ ctx, input }) =>
    withDatabase(ctx, (db) => repo.renameScenario(db, input.id, input.baseVersion, input.name)),
  ),
  duplicate: userProcedure.input(idInput).mutation(({ ctx, input }) => withDatabase(ctx, (db) => repo.duplicateScenario(db, input.id))),
  delete: userProcedure.input(idInput).mutation(({ ctx, input }) => withDatabase(ctx, (db) => repo.deleteScenario(db, input.id))),
  undelete: userProcedure.input(idInput).mutation(({ ctx, input }) => withDatabase(ctx, (db) => repo.undeleteScenario(db, input.id))),
  versions: userProcedure.input(idInput).query(({ ctx, input }) => withDatabase(ctx, (db) => repo.listVersions(db, input.id))),
  restoreVersion: userProcedure.input(restoreVersionInputSchema).mutation(({ ctx, input }) =>
    withDatabase(ctx, (db) => repo.restoreVersion(db, input.id, input.baseVersion, input.version)),
  ),
  export: rateLimitedProcedure('exports', userProcedure).input(exportInputSchema).query(({ ctx, input }) => withDatabase(ctx, (db) => repo.exportScenarios(db, input.ids))),
  /** All or nothing: the whole file is validated (errors name item and field) before anything is written. */
  import: userProcedure.input(importInputSchema).mutation(({ ctx, input }) => withDatabase(ctx, (db) => repo.importScenarios(db, input.file))),
});
