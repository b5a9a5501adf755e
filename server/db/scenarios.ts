/**
 * The scenario repository: every read and write of saved scenarios, on either
 * backend. Each write is one transaction that updates the scenario row and
 * appends its version row, so history and latest state never disagree, and a
 * write is acknowledged only after it has committed.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { MODEL_VERSION } from '@/server/model/version';
import type { ExportedScenario, ScenarioFile } from '@/server/scenarios/export-format';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from '@/server/scenarios/export-format';
import type { ListInput, Scenario, ScenarioContent, ScenarioSummary, ScenarioVersion } from '@/server/scenarios/schema';
import type { Database } from './client';
import { scenarios, scenarioVersions } from './schema';

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
type Executor = Pick<Database, 'select' | 'insert' | 'update'>;

const iso = (date: Date) => date.toISOString();

function toSummary(row: Omit<Row, 'assumptions'>): ScenarioSummary {
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
  };
}

function toScenario(row: Row): Scenario {
  return { ...toSummary(row), assumptions: row.assumptions };
}

async function appendVersion(tx: Executor, row: Row, note: string): Promise<void> {
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
  });
}

interface CreateOptions {
  note?: string;
  modelVersion?: string;
  createdAt?: Date;
}

export async function insertScenario(tx: Executor, content: ScenarioContent, options: CreateOptions = {}): Promise<Row> {
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
    })
    .returning();
  await appendVersion(tx, row!, options.note ?? 'created');
  return row!;
}

export async function createScenario(db: Database, content: ScenarioContent, options: CreateOptions = {}): Promise<Scenario> {
  return toScenario(await db.transaction((tx) => insertScenario(tx, content, options)));
}

export async function getScenario(db: Database, id: string, { includeDeleted = false } = {}): Promise<Scenario> {
  const [row] = await db
    .select()
    .from(scenarios)
    .where(includeDeleted ? eq(scenarios.id, id) : and(eq(scenarios.id, id), isNull(scenarios.deletedAt)));
  if (!row) throw new ScenarioNotFoundError(id);
  return toScenario(row);
}

/** Several scenarios, in the order asked; any missing one is an error. */
export async function getScenarios(db: Database, ids: string[]): Promise<Scenario[]> {
  const rows = await db.select().from(scenarios).where(and(inArray(scenarios.id, ids), isNull(scenarios.deletedAt)));
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

export async function listScenarios(db: Database, input: ListInput): Promise<ScenarioSummary[]> {
  const conditions: SQL[] = [input.deleted ? isNotNull(scenarios.deletedAt) : isNull(scenarios.deletedAt)];
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
  const { assumptions: _omitted, ...summaryColumns } = getTableColumns(scenarios);
  const rows = await db
    .select(summaryColumns)
    .from(scenarios)
    .where(and(...conditions))
    .orderBy(order(column), asc(scenarios.id));
  return rows.map(toSummary);
}

/** Every tag in use (not deleted), with how many scenarios carry it. */
export async function listTags(db: Database): Promise<{ tag: string; count: number }[]> {
  const result = await db.execute(
    sql`SELECT t.tag, count(*)::int AS count FROM ${scenarios}, unnest(${scenarios.tags}) AS t(tag) WHERE ${scenarios.deletedAt} IS NULL GROUP BY t.tag ORDER BY lower(t.tag)`,
  );
  // Both drivers answer { rows }, but their result types differ.
  const { rows } = result as unknown as { rows: { tag: string; count: number | string }[] };
  return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
}

/**
 * Writes a new version over `baseVersion` in one statement: the WHERE clause
 * makes a stale or concurrent save match no row, so two saves from the same
 * version cannot both succeed. Only a refused write looks further, to say why.
 */
async function writeVersion(
  db: Database, id: string, baseVersion: number, change: Partial<ScenarioContent> & { modelVersion?: string }, note: string,
): Promise<Scenario> {
  return toScenario(
    await db.transaction(async (tx) => {
      const [row] = await tx
        .update(scenarios)
        .set({ ...change, version: baseVersion + 1, updatedAt: new Date() })
        .where(and(eq(scenarios.id, id), eq(scenarios.version, baseVersion), isNull(scenarios.deletedAt)))
        .returning();
      if (!row) {
        const [latest] = await tx.select({ version: scenarios.version }).from(scenarios).where(and(eq(scenarios.id, id), isNull(scenarios.deletedAt)));
        throw latest ? new StaleVersionError(id, baseVersion, latest.version) : new ScenarioNotFoundError(id);
      }
      await appendVersion(tx, row, note);
      return row;
    }),
  );
}

export function saveScenario(db: Database, id: string, baseVersion: number, content: ScenarioContent): Promise<Scenario> {
  return writeVersion(db, id, baseVersion, { ...content, modelVersion: MODEL_VERSION }, 'saved');
}

export function renameScenario(db: Database, id: string, baseVersion: number, name: string): Promise<Scenario> {
  return writeVersion(db, id, baseVersion, { name }, 'renamed');
}

/** Restores an old version's content as a new version: history is never rewritten. */
export async function restoreVersion(db: Database, id: string, baseVersion: number, version: number): Promise<Scenario> {
  const [old] = await db
    .select()
    .from(scenarioVersions)
    .where(and(eq(scenarioVersions.scenarioId, id), eq(scenarioVersions.version, version)));
  if (!old) throw new VersionNotFoundError(id, version);
  return writeVersion(
    db, id, baseVersion,
    { name: old.name, description: old.description, tags: old.tags, assumptions: old.assumptions, horizonMonths: old.horizonMonths, modelVersion: MODEL_VERSION },
    `restored version ${version}`,
  );
}

export async function listVersions(db: Database, id: string): Promise<ScenarioVersion[]> {
  await getScenario(db, id, { includeDeleted: true });
  const rows = await db.select().from(scenarioVersions).where(eq(scenarioVersions.scenarioId, id)).orderBy(desc(scenarioVersions.version));
  return rows.map(({ scenarioId: _id, savedAt, ...rest }) => ({ ...rest, savedAt: iso(savedAt) }));
}

export async function duplicateScenario(db: Database, id: string): Promise<Scenario> {
  const source = await getScenario(db, id);
  const name = `${source.name} (copy)`.slice(0, 120);
  return createScenario(
    db,
    { name, description: source.description, tags: source.tags, assumptions: source.assumptions, horizonMonths: source.horizonMonths },
    { note: `duplicated from "${source.name}"` },
  );
}

/** Soft delete: the scenario moves to "recently deleted", from where it can be restored. */
export async function deleteScenario(db: Database, id: string): Promise<ScenarioSummary> {
  const [row] = await db.update(scenarios).set({ deletedAt: new Date() }).where(and(eq(scenarios.id, id), isNull(scenarios.deletedAt))).returning();
  if (!row) throw new ScenarioNotFoundError(id);
  return toSummary(row);
}

export async function undeleteScenario(db: Database, id: string): Promise<ScenarioSummary> {
  const [row] = await db.update(scenarios).set({ deletedAt: null }).where(and(eq(scenarios.id, id), isNotNull(scenarios.deletedAt))).returning();
  if (!row) throw new ScenarioNotFoundError(id);
  return toSummary(row);
}

export async function exportScenarios(db: Database, ids?: string[]): Promise<ScenarioFile> {
  const list = ids
    ? await getScenarios(db, ids)
    : (await db.select().from(scenarios).where(isNull(scenarios.deletedAt)).orderBy(asc(scenarios.createdAt), asc(scenarios.id))).map(toScenario);
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

/** Adds every scenario of an already validated file, all or nothing. Never overwrites. */
export async function importScenarios(db: Database, file: ScenarioFile): Promise<ScenarioSummary[]> {
  const rows = await db.transaction(async (tx) => {
    const created: Row[] = [];
    for (const item of file.scenarios) {
      const { modelVersion, createdAt, updatedAt: _updated, ...content } = item;
      created.push(
        await insertScenario(tx, content, {
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
