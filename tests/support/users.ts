/** A user for in-process calls (createCaller) of the signed-in procedures. */
import type { User } from '@/server/api/trpc';

export const TEST_USER: User = { id: 'test-user', email: 'test@peninsula.test', name: 'Test User', role: 'admin' };
