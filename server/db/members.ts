/**
 * Sharing a scenario with named users (viewer or editor). The owner adds, changes and
 * removes members; a member may remove themselves; everyone with access sees who else has it.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Member, MemberRole, ScenarioPeople } from '@/server/scenarios/member-schema';
import type { Actor } from './access';
import type { Database } from './client';
import { scenarioMembers, scenarios, users } from './schema';
import { requireAccess, ScenarioForbiddenError } from './scenarios';

export class UserNotFoundError extends Error {
  constructor(readonly email: string) {
    super('No account has this email address: an administrator can add one on the users page.');
    this.name = 'UserNotFoundError';
  }
}

export class ShareWithOwnerError extends Error {
  constructor() {
    super('This is the owner of the scenario: owners always have full access.');
    this.name = 'ShareWithOwnerError';
  }
}

export async function listMembers(db: Database, actor: Actor, scenarioId: string): Promise<ScenarioPeople> {
  await requireAccess(db, actor, scenarioId, 'read');
  return peopleOf(db, actor, scenarioId);
}

/** Who has access, once the caller's own access has been checked. */
async function peopleOf(db: Database, actor: Actor, scenarioId: string): Promise<ScenarioPeople> {
  const [owner] = await db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(scenarios)
    .innerJoin(users, eq(users.id, scenarios.ownerId))
    .where(eq(scenarios.id, scenarioId));
  const rows = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: scenarioMembers.role, addedAt: scenarioMembers.addedAt })
    .from(scenarioMembers)
    .innerJoin(users, eq(users.id, scenarioMembers.userId))
    .where(eq(scenarioMembers.scenarioId, scenarioId))
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id));
  return { owner: owner ?? null, members: rows.map((row): Member => ({ ...row, addedAt: row.addedAt.toISOString() })), you: actor.id };
}

/** Shares with the user who has `email` (any case), or changes their role. Owner only. */
export async function addMember(db: Database, actor: Actor, scenarioId: string, email: string, role: MemberRole): Promise<ScenarioPeople> {
  await requireAccess(db, actor, scenarioId, 'own');
  const [user] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  if (!user) throw new UserNotFoundError(email);
  if (user.id === actor.id) throw new ShareWithOwnerError();
  await db
    .insert(scenarioMembers)
    .values({ scenarioId, userId: user.id, role })
    .onConflictDoUpdate({ target: [scenarioMembers.scenarioId, scenarioMembers.userId], set: { role } });
  return peopleOf(db, actor, scenarioId);
}

/**
 * Ends a member's access: the owner removes anyone, a member only themselves. Removing
 * someone who is not a member is harmless. Answers who has access afterwards (for a member
 * who left: nobody they may see, so null).
 */
export async function removeMember(db: Database, actor: Actor, scenarioId: string, userId: string): Promise<ScenarioPeople | null> {
  const { access } = await requireAccess(db, actor, scenarioId, 'read');
  const leaving = userId === actor.id;
  if (access !== 'owner' && !leaving) throw new ScenarioForbiddenError(scenarioId, 'own');
  await db.delete(scenarioMembers).where(and(eq(scenarioMembers.scenarioId, scenarioId), eq(scenarioMembers.userId, userId)));
  return access !== 'owner' ? null : peopleOf(db, actor, scenarioId);
}
