/** Sharing a scenario with named users: inputs and what the API returns. No server imports (the browser uses these types). */
import { z } from 'zod';
import { scenarioIdSchema } from './schema';

export const MEMBER_ROLES = ['viewer', 'editor'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

const memberRoleSchema = z.enum(MEMBER_ROLES, { error: `role must be one of ${MEMBER_ROLES.join(', ')}` });
const userIdSchema = z.string({ error: 'userId must be a user id' }).trim().min(1, { error: 'userId must be a user id' }).max(100, { error: 'userId must be a user id' });

export const membersInputSchema = z.strictObject({ scenarioId: scenarioIdSchema });

/** Shares with the user who has this email, or changes their role if shared already. */
export const addMemberInputSchema = z.strictObject({
  scenarioId: scenarioIdSchema,
  email: z.email({ error: 'email must be an email address' }).max(254, { error: 'email must be at most 254 characters' }),
  role: memberRoleSchema,
});

export const removeMemberInputSchema = z.strictObject({ scenarioId: scenarioIdSchema, userId: userIdSchema });

export interface Person {
  userId: string;
  name: string;
  email: string;
}

export interface Member extends Person {
  role: MemberRole;
  addedAt: string;
}

/** Who has access to a scenario: its owner and the users it is shared with. */
export interface ScenarioPeople {
  owner: Person | null;
  members: Member[];
  /** The caller's user id, so a member can find themselves (to leave). */
  you: string;
}
