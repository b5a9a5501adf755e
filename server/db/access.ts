/**
 * Who may do what with a saved scenario, as SQL the repositories put in their queries, so
 * a stranger's request matches no row at all (and gets the same "not found" as a scenario
 * that never existed), rather than being filtered after the fact.
 *
 * - owner: reads, saves, renames, restores, deletes, shares (with users and by links);
 * - editor (a member the owner made editor): reads, saves, renames, restores;
 * - viewer (a member): reads (and may duplicate it into a scenario of their own);
 * - anyone else, administrators included: nothing; the scenario does not exist for them.
 */
import { sql, type SQL } from 'drizzle-orm';
import { scenarioMembers, scenarios, type MemberRole } from './schema';

/** The signed-in user a repository call acts for. */
export interface Actor {
  id: string;
}

export type Access = 'owner' | MemberRole;

/** What an action needs: read (any access), write (owner or editor), own (owner). */
export type Need = 'read' | 'write' | 'own';

export class ScenarioForbiddenError extends Error {
  constructor(readonly id: string, readonly need: Exclude<Need, 'read'>) {
    super(
      need === 'write'
        ? 'You can view this scenario but not change it: its owner can make you an editor, or you can save your changes as a copy.'
        : "Only the scenario's owner can do this (delete it, share it with people or by link).",
    );
    this.name = 'ScenarioForbiddenError';
  }
}

/** The actor's role among the scenario's members, or NULL. */
function memberRole(actor: Actor): SQL<MemberRole | null> {
  return sql<MemberRole | null>`(SELECT ${scenarioMembers.role} FROM ${scenarioMembers} WHERE ${scenarioMembers.scenarioId} = ${scenarios.id} AND ${scenarioMembers.userId} = ${actor.id})`;
}

/** The actor's access to each scenario row: 'owner', 'editor', 'viewer' or NULL (none). */
export function accessOf(actor: Actor): SQL<Access | null> {
  return sql<Access | null>`(CASE WHEN ${scenarios.ownerId} = ${actor.id} THEN 'owner' ELSE ${memberRole(actor)} END)`;
}

/** A condition on scenario rows: the actor has at least what `need` asks. */
export function allowed(actor: Actor, need: Need): SQL {
  if (need === 'own') return sql`${scenarios.ownerId} = ${actor.id}`;
  const roles = need === 'write' ? sql`('editor')` : sql`('viewer', 'editor')`;
  return sql`(${scenarios.ownerId} = ${actor.id} OR EXISTS (SELECT 1 FROM ${scenarioMembers} WHERE ${scenarioMembers.scenarioId} = ${scenarios.id} AND ${scenarioMembers.userId} = ${actor.id} AND ${scenarioMembers.role} IN ${roles}))`;
}

/** Whether `access` (null: none) satisfies `need`. */
export function satisfies(access: Access | null, need: Need): boolean {
  if (!access) return false;
  if (need === 'read') return true;
  if (need === 'write') return access === 'owner' || access === 'editor';
  return access === 'owner';
}
