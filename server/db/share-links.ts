/**
 * Read-only share links. A token resolves to the scenario's content only while
 * the link is not revoked and the scenario not deleted; what it returns never
 * includes the scenario's id, so holding a link gives no handle for writes.
 * Only a scenario's owner makes, lists and revokes its links.
 */
import { randomBytes } from 'node:crypto';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { SharedScenario, ShareLink } from '@/server/scenarios/share-schema';
import type { Database } from './client';
import { scenarios, shareLinks } from './schema';
import { allowed, type Actor } from './access';
import { requireAccess } from './scenarios';

export class ShareLinkInvalidError extends Error {
  constructor() {
    super('This link is no longer valid: it was revoked, its scenario was deleted, or it was never issued.');
    this.name = 'ShareLinkInvalidError';
  }
}

/** 32 random bytes, base64url: 43 characters, 256 bits. */
function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const toLink = (row: typeof shareLinks.$inferSelect): ShareLink => ({
  token: row.token,
  createdAt: row.createdAt.toISOString(),
  revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
});

export async function createShareLink(db: Database, actor: Actor, scenarioId: string): Promise<ShareLink> {
  await requireAccess(db, actor, scenarioId, 'own');
  const [row] = await db.insert(shareLinks).values({ token: newToken(), scenarioId }).returning();
  return toLink(row!);
}

export async function listShareLinks(db: Database, actor: Actor, scenarioId: string): Promise<ShareLink[]> {
  await requireAccess(db, actor, scenarioId, 'own');
  const rows = await db.select().from(shareLinks).where(eq(shareLinks.scenarioId, scenarioId)).orderBy(desc(shareLinks.createdAt));
  return rows.map(toLink);
}

/** Revoking twice is harmless; an unknown token, or another owner's, is reported as invalid. */
export async function revokeShareLink(db: Database, actor: Actor, token: string): Promise<ShareLink> {
  const ownedScenarios = db.select({ id: scenarios.id }).from(scenarios).where(allowed(actor, 'own'));
  const owned = and(eq(shareLinks.token, token), inArray(shareLinks.scenarioId, ownedScenarios));
  const [row] = await db.update(shareLinks).set({ revokedAt: new Date() }).where(and(owned, isNull(shareLinks.revokedAt))).returning();
  if (row) return toLink(row);
  const [existing] = await db.select().from(shareLinks).where(owned);
  if (!existing) throw new ShareLinkInvalidError();
  return toLink(existing);
}

export async function resolveShareLink(db: Database, token: string): Promise<SharedScenario> {
  const [row] = await db
    .select({ link: shareLinks, scenario: scenarios })
    .from(shareLinks)
    .innerJoin(scenarios, eq(scenarios.id, shareLinks.scenarioId))
    .where(and(eq(shareLinks.token, token), isNull(shareLinks.revokedAt), isNull(scenarios.deletedAt)));
  if (!row) throw new ShareLinkInvalidError();
  const { scenario } = row;
  return {
    name: scenario.name,
    description: scenario.description,
    tags: scenario.tags,
    assumptions: scenario.assumptions,
    horizonMonths: scenario.horizonMonths,
    modelVersion: scenario.modelVersion,
    updatedAt: scenario.updatedAt.toISOString(),
  };
}
