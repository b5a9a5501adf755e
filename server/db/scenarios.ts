/**
 * The scenario repository: every read and write of saved scenarios, on either
 * backend. Each write is one transaction that updates the scenario row and
 * appends its version row, so history and latest state never disagree, and a
 * write is acknowledged only after it has committed.
 *
 * Every function acts for a user (`actor`) and asks only for the rows that user may
 * touch (./access.ts): a scenario the actor may not read is "not found", exactly like
 * one that does not exist; one they may read but not change is "forbidden".
 */
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { MODEL_VERSION } from '@/server/model/version';
import type { ExportedScenario, ScenarioFile } from '@/server/scenarios/export-format';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from '@/server/scenarios/export-format';
import type { ListInput, Scenario, ScenarioContent, ScenarioSummary, ScenarioVersion } from '@/server/scenarios/schema';
import { accessOf, allowed, satisfies, ScenarioForbiddenError, type Access, type Actor, type Need } from './access';
import type { Database } from './client';
import { scenarios, scenarioVersions, users } from './schema';

export { ScenarioForbiddenError, type Actor } from './access';

export class ScenarioNotFoundError extends Error {
  constructor(readonly id: string) {
    super('No such scenario: it may have been deleted, or the link is wrong.');
    this.name = 'ScenarioNotFoundError';
  }
}

export class StaleVersionError extends Error {
  constructor(readonly id: string, readonly baseVersion: number, readonly latestVersion: number) {
    super(
      `This scenario has been saved elsewhere since you opened it (you started from version ${baseVersion}; ` +
        `the latest is version ${latestVersion}). Reload it to see the latest, or save your changes as a copy.`,
    );
    this.name = 'StaleVersionError';
  }
}

export class VersionNotFoundError extends Error {
  constructor(readonly id: string, readonly version: number) {
    super(`This scenario has no version ${version}.`);
    this.name = 'VersionNotFoundError';
  }
}

type Row = typeof scenarios.$inferSelect;
/** A scenario row as one actor sees it: with their access and the owner's name. */
type SeenRow = Row & { access: Access | null; ownerName: string | null };
type Executor = Pick<Database, 'select' | 'insert' | 'update'>;

const iso = (date: Date) => date.toISOString();

/**
 * The columns of a scenario as `actor` sees it. Access and owner's name are expressions
 * over the row itself (no join), so writes return them too (`.returning(seenColumns(actor))`).
 */
function seenColumns(actor: Actor) {
  const ownerName = sql<string | null>`(SELECT ${users.name} FROM ${users} WHERE ${users.id} = ${scenarios.ownerId})`;
  return { ...getTableColumns(scenarios), access: accessOf(actor), ownerName };
}

/**
 * The scenario if `actor` may do what `need` asks; otherwise the error to answer with:
 * not found when they may not even read it (or it is deleted and `includeDeleted` is
 * off), forbidden when they may read it but not this.
 */
export async function requireAccess(tx: Executor, actor: Actor, id: string, need: Need, { includeDeleted = false } = {}): Promise<SeenRow> {
  const [row] = await tx.select(seenColumns(actor)).from(scenarios).where(eq(scenarios.id, id));
  // A deleted scenario is its owner's alone: only they see it in "recently deleted".
  const visible = row && satisfies(row.access, 'read') && (row.deletedAt === null || (includeDeleted && row.access === 'owner'));
  if (!row || !visible) throw new ScenarioNotFoundError(id);
  if (need !== 'read' && !satisfies(row.access, need)) throw new ScenarioForbiddenError(id, need);
  return row;
}

function toSummary(row: Omit<SeenRow, 'assumptions'>): ScenarioSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    tags: row.tags,
    horizonMonths: row.horizonMonths,
    modelVersion: row.modelVersion,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    deletedAt: row.deletedAt ? iso(row.deletedAt) : null,
    // Rows reach here only through a query that checked read access.
    access: row.access ?? 'viewer',
    ownerName: row.ownerName,
  };
}

function toScenario(row: SeenRow): Scenario {
  return { ...toSummary(row), assumptions: row.assumptions };
}

async function appendVersion(tx: Executor, row: Row, note: string, savedBy: string | null): Promise<void> {
  await tx.insert(scenarioVersions).values({
    scenarioId: row.id,
    version: row.version,
    name: row.name,
    description: row.description,
    tags: row.tags,
    assumptions: row.assumptions,
    horizonMonths: row.horizonMonths,
    modelVersion: row.modelVersion,
    note,
    savedAt: row.updatedAt,
    savedBy,
  });
}

interface CreateOptions {
  note?: string;
  modelVersion?: string;
  createdAt?: Date;
}

/**
 * Inserts a scenario owned by `owner` (null: the seeded examples, before any account
 * exists) with its first version.
 */
export async function insertScenario(tx: Executor, owner: Actor | null, content: ScenarioContent, options: CreateOptions = {}): Promise<SeenRow> {
  const now = new Date();
  const [row] = await tx
    .insert(scenarios)
    .values({
      id: randomUUID(),
      ...content,
      modelVersion: options.modelVersion ?? MODEL_VERSION,
      version: 1,
      createdAt: options.createdAt ?? now,
      updatedAt: now,
      ownerId: owner?.id ?? null,
    })
    // Seen by its owner (the seeded examples, without one, by nobody).
    .returning(seenColumns(owner ?? { id: '' }));
  await appendVersion(tx, row!, options.note ?? 'created', owner?.id ?? null);
  return row!;
}

export async function createScenario(db: Database, actor: Actor, content: ScenarioContent, options: CreateOptions = {}): Promise<Scenario> {
  return toScenario(await db.transaction((tx) => insertScenario(tx, actor, content, options)));
}

export async function getScenario(db: Database, actor: Actor, id: string, { includeDeleted = false } = {}): Promise<Scenario> {
  return toScenario(await requireAccess(db, actor, id, 'read', { includeDeleted }));
}

/** Several scenarios, in the order asked; any missing (or not readable) one is an error. */
export async function getScenarios(db: Database, actor: Actor, ids: string[]): Promise<Scenario[]> {
  const rows = await db
    .select(seenColumns(actor))
    .from(scenarios)
    .where(and(inArray(scenarios.id, ids), isNull(scenarios.deletedAt), allowed(actor, 'read')));
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new ScenarioNotFoundError(id);
    return toScenario(row);
  });
}

/** LIKE pattern for a user's words, with %, _ and \ taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listScenarios(db: Database, actor: Actor, input: ListInput): Promise<ScenarioSummary[]> {
  // Deleted scenarios are listed to their owner only (who alone can restore them).
  const whose = input.deleted ? 'mine' : input.whose;
  const conditions: SQL[] = [
    input.deleted ? isNotNull(scenarios.deletedAt) : isNull(scenarios.deletedAt),
    whose === 'mine' ? allowed(actor, 'own') : allowed(actor, 'read'),
  ];
  if (whose === 'shared') conditions.push(sql`${scenarios.ownerId} IS DISTINCT FROM ${actor.id}`);
  if (input.search) {
    const pattern = containsPattern(input.search);
    conditions.push(
      sql`(${scenarios.name} ILIKE ${pattern} OR ${scenarios.description} ILIKE ${pattern} OR array_to_string(${scenarios.tags}, ' ') ILIKE ${pattern})`,
    );
  }
  if (input.tag) {
    conditions.push(sql`EXISTS (SELECT 1 FROM unnest(${scenarios.tags}) AS t(tag) WHERE lower(t.tag) = lower(${input.tag}))`);
  }
  const direction = input.direction ?? (input.sort === 'name' ? 'asc' : 'desc');
  const order = direction === 'asc' ? asc : desc;
  const column = input.deleted ? scenarios.deletedAt : input.sort === 'name' ? sql`lower(${scenarios.name})` : input.sort === 'created' ? scenarios.createdAt : scenarios.updatedAt;
  const { assumptions: _omitted, ...summaryColumns } = seenColumns(actor);
  const rows = await db
    .select(summaryColumns)
    .from(scenarios)
    .where(and(...conditions))
    .orderBy(order(column), asc(scenarios.id));
  return rows.map(toSummary);
}

/** Every tag on the scenarios the actor may read (not deleted), with how many carry it. */
export async function listTags(db: Database, actor: Actor): Promise<{ tag: string; count: number }[]> {
  const result = await db.execute(
    sql`SELECT t.tag, count(*)::int AS count FROM ${scenarios}, unnest(${scenarios.tags}) AS t(tag) WHERE ${scenarios.deletedAt} IS NULL AND ${allowed(actor, 'read')} GROUP BY t.tag ORDER BY lower(t.tag)`,
  );
  // Both drivers answer { rows }, but their result types differ.
  const { rows } = result as unknown as { rows: { tag: string; count: number | string }[] };
  return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
}

/**
 * Writes a new version over `baseVersion` in one statement: the WHERE clause
 * makes a stale or concurrent save, or one the actor may not make, match no row,
 * so two saves from the same version cannot both succeed. Only a refused write
 * looks further, to say why (not found, forbidden or out of date).
 */
async function writeVersion(
  db: Database, actor: Actor, id: string, baseVersion: number, change: Partial<ScenarioContent> & { modelVersion?: string }, note: string,
): Promise<Scenario> {
  return toScenario(
    await db.transaction(async (tx) => {
      const [row] = await tx
        .update(scenarios)
        .set({ ...change, version: baseVersion + 1, updatedAt: new Date() })
        .where(and(eq(scenarios.id, id), eq(scenarios.version, baseVersion), isNull(scenarios.deletedAt), allowed(actor, 'write')))
        .returning(seenColumns(actor));
      if (!row) {
        const latest = await requireAccess(tx, actor, id, 'write');
        throw new StaleVersionError(id, baseVersion, latest.version);
      }
      await appendVersion(tx, row, note, actor.id);
      return row;
    }),
  );
}

export function saveScenario(db: Database, actor: Actor, id: string, baseVersion: number, content: ScenarioContent): Promise<Scenario> {
  return writeVersion(db, actor, id, baseVersion, { ...content, modelVersion: MODEL_VERSION }, 'saved');
}

export function renameScenario(db: Database, actor: Actor, id: string, baseVersion: number, name: string): Promise<Scenario> {
  return writeVersion(db, actor, id, baseVersion, { name }, 'renamed');
}

/** Restores an old version's content as a new version: history is never rewritten. */
export async function restoreVersion(db: Database, actor: Actor, id: string, baseVersion: number, version: number): Promise<Scenario> {
  // Access first, so a stranger learns nothing about which versions exist.
  await requireAccess(db, actor, id, 'write');
  const [old] = await db
    .select()
    .from(scenarioVersions)
    .where(and(eq(scenarioVersions.scenarioId, id), eq(scenarioVersions.version, version)));
  if (!old) throw new VersionNotFoundError(id, version);
  return writeVersion(
    db, actor, id, baseVersion,
    { name: old.name, description: old.description, tags: old.tags, assumptions: old.assumptions, horizonMonths: old.horizonMonths, modelVersion: MODEL_VERSION },
    `restored version ${version}`,
  );
}

export async function listVersions(db: Database, actor: Actor, id: string): Promise<ScenarioVersion[]> {
  await requireAccess(db, actor, id, 'read', { includeDeleted: true });
  const rows = await db
    .select({ ...getTableColumns(scenarioVersions), savedByName: users.name })
    .from(scenarioVersions)
    .leftJoin(users, eq(users.id, scenarioVersions.savedBy))
    .where(eq(scenarioVersions.scenarioId, id))
    .orderBy(desc(scenarioVersions.version));
  return rows.map(({ scenarioId: _id, savedAt, savedBy: _by, savedByName, ...rest }) => ({ ...rest, savedAt: iso(savedAt), savedBy: savedByName }));
}

/** A copy owned by the actor: anyone who may read a scenario may copy it. */
export async function duplicateScenario(db: Database, actor: Actor, id: string): Promise<Scenario> {
  const source = await getScenario(db, actor, id);
  const name = `${source.name} (copy)`.slice(0, 120);
  return createScenario(
    db,
    actor,
    { name, description: source.description, tags: source.tags, assumptions: source.assumptions, horizonMonths: source.horizonMonths },
    { note: `duplicated from "${source.name}"` },
  );
}

/** Soft delete, by the owner: the scenario moves to their "recently deleted", from where it can be restored. */
export async function deleteScenario(db: Database, actor: Actor, id: string): Promise<ScenarioSummary> {
  return db.transaction(async (tx) => {
    await requireAccess(tx, actor, id, 'own');
    const [row] = await tx.update(scenarios).set({ deletedAt: new Date() }).where(eq(scenarios.id, id)).returning(seenColumns(actor));
    return toSummary(row!);
  });
}

export async function undeleteScenario(db: Database, actor: Actor, id: string): Promise<ScenarioSummary> {
  return db.transaction(async (tx) => {
    const row = await requireAccess(tx, actor, id, 'own', { includeDeleted: true });
    if (!row.deletedAt) throw new ScenarioNotFoundError(id);
    const [restored] = await tx.update(scenarios).set({ deletedAt: null }).where(eq(scenarios.id, id)).returning(seenColumns(actor));
    return toSummary(restored!);
  });
}

/** The named scenarios, or every one the actor may read. */
export async function exportScenarios(db: Database, actor: Actor, ids?: string[]): Promise<ScenarioFile> {
  const list = ids
    ? await getScenarios(db, actor, ids)
    : (
        await db
          .select(seenColumns(actor))
          .from(scenarios)
          .where(and(isNull(scenarios.deletedAt), allowed(actor, 'read')))
          .orderBy(asc(scenarios.createdAt), asc(scenarios.id))
      ).map(toScenario);
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    scenarios: list.map((s): ExportedScenario => ({
      name: s.name,
      description: s.description,
      tags: s.tags,
      assumptions: s.assumptions,
      horizonMonths: s.horizonMonths,
      modelVersion: s.modelVersion,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    })),
  };
}

/** Adds every scenario of an already validated file, owned by the actor, all or nothing. Never overwrites. */
export async function importScenarios(db: Database, actor: Actor, file: ScenarioFile): Promise<ScenarioSummary[]> {
  const rows = await db.transaction(async (tx) => {
    const created: SeenRow[] = [];
    for (const item of file.scenarios) {
      const { modelVersion, createdAt, updatedAt: _updated, ...content } = item;
      created.push(
        await insertScenario(tx, actor, content, {
          note: 'imported',
          // The model it was saved with, so opening it says it was recomputed with today's.
          modelVersion: modelVersion ?? MODEL_VERSION,
          createdAt: createdAt ? new Date(createdAt) : undefined,
        }),
      );
    }
    return created;
  });
  return rows.map(toSummary);
}
