/**
 * Read-only share links. `shares.*` manages a scenario's links (create, list,
 * revoke); `shared.get` is what a link's holder can call: one read, by token,
 * returning content without the scenario's id. There is no write by token.
 * Links are the scenario owner's to make, list and revoke.
 */
import * as links from '@/server/db/share-links';
import { shareScenarioInputSchema, shareTokenInputSchema } from '@/server/scenarios/share-schema';
import { publicProcedure, router, userProcedure } from '../trpc';
import { withDatabase } from '../with-database';

export const sharesRouter = router({
  create: userProcedure.input(shareScenarioInputSchema).mutation(({ ctx, input }) => withDatabase(ctx, (db) => links.createShareLink(db, ctx.actor, input.scenarioId))),
  list: userProcedure.input(shareScenarioInputSchema).query(({ ctx, input }) => withDatabase(ctx, (db) => links.listShareLinks(db, ctx.actor, input.scenarioId))),
  revoke: userProcedure.input(shareTokenInputSchema).mutation(({ ctx, input }) => withDatabase(ctx, (db) => links.revokeShareLink(db, ctx.actor, input.token))),
});

export const sharedRouter = router({
  get: publicProcedure.input(shareTokenInputSchema).query(({ ctx, input }) => withDatabase(ctx, (db) => links.resolveShareLink(db, input.token))),
});
