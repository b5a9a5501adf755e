/** Users for in-process calls (createCaller) and repository tests, and their rows in a test database. */
import type { User } from '@/server/api/trpc';
import type { Database } from '@/server/db/client';
import { users } from '@/server/db/schema';

export const TEST_USER: User = { id: 'test-user', email: 'test@peninsula.test', name: 'Test User', role: 'admin' };
/** Another user, for what a stranger, a viewer or an editor may do. */
export const OTHER_USER: User = { id: 'other-user', email: 'other@peninsula.test', name: 'Other User', role: 'user' };
export const THIRD_USER: User = { id: 'third-user', email: 'third@peninsula.test', name: 'Third User', role: 'user' };

/** Makes the users' rows (scenarios reference their owner), if not there yet. */
export async function insertUsers(db: Database, ...list: User[]): Promise<void> {
  for (const user of list) {
    await db.insert(users).values({ id: user.id, name: user.name, email: user.email, role: user.role }).onConflictDoNothing();
  }
}
