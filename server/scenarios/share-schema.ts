/** Read-only share links: inputs and what the API returns. No server imports (the browser uses these types). */
import { z } from 'zod';
import type { Assumptions } from '@/server/model/assumptions';
import { scenarioIdSchema } from './schema';

/** base64url of 32 bytes. Anything else cannot be a token, so it is refused before any lookup. */
export const shareTokenSchema = z
  .string({ error: 'token must be text' })
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: 'token is not a share-link token' });

export const shareTokenInputSchema = z.strictObject({ token: shareTokenSchema });
export const shareScenarioInputSchema = z.strictObject({ scenarioId: scenarioIdSchema });

export interface ShareLink {
  token: string;
  createdAt: string;
  revokedAt: string | null;
}

/** What a link's holder sees: the content, never the scenario's id or version. */
export interface SharedScenario {
  name: string;
  description: string;
  tags: string[];
  assumptions: Assumptions;
  horizonMonths: number;
  modelVersion: string;
  updatedAt: string;
}
