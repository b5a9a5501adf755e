/**
 * Sharing a scenario with named users: who has access (anyone with access may ask), and
 * the owner's adding, changing and removing of members (a member may remove themselves).
 */
import * as members from '@/server/db/members';
import { addMemberInputSchema, membersInputSchema, removeMemberInputSchema } from '@/server/scenarios/member-schema';
import { router, userProcedure } from '../trpc';
import { withDatabase } from '../with-database';

export const membersRouter = router({
  list: userProcedure.input(membersInputSchema).query(({ ctx, input }) => withDatabase(ctx, (db) => members.listMembers(db, ctx.actor, input.scenarioId))),
  add: userProcedure.input(addMemberInputSchema).mutation(({ ctx, input }) =>
    withDatabase(ctx, (db) => members.addMember(db, ctx.actor, input.scenarioId, input.email, input.role)),
  ),
  remove: userProcedure.input(removeMemberInputSchema).mutation(({ ctx, input }) =>
    withDatabase(ctx, (db) => members.removeMember(db, ctx.actor, input.scenarioId, input.userId)),
  ),
});
