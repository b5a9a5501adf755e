/**
 * The database schema, one for both backends (embedded PGlite and PostgreSQL).
 * `drizzle-kit generate` turns it into the SQL files in ./migrations, which
 * the server applies at start.
 *
 * A scenario row is its latest version; every version, including the latest,
 * is also a row of scenario_versions, so history survives any later save.
 */
import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { Assumptions } from '@/server/model/assumptions';

export const scenarios = pgTable(
  'scenarios',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    assumptions: jsonb('assumptions').$type<Assumptions>().notNull(),
    horizonMonths: integer('horizon_months').notNull(),
    modelVersion: text('model_version').notNull(),
    /** 1 on creation, +1 on every save; a save names the version it was based on. */
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** Set by delete; cleared by restore. Deleted scenarios stay until purged. */
    deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [index('scenarios_updated_at_idx').on(table.updatedAt), index('scenarios_deleted_at_idx').on(table.deletedAt)],
);

export const scenarioVersions = pgTable(
  'scenario_versions',
  {
    scenarioId: text('scenario_id').notNull().references(() => scenarios.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    tags: text('tags').array().notNull(),
    assumptions: jsonb('assumptions').$type<Assumptions>().notNull(),
    horizonMonths: integer('horizon_months').notNull(),
    modelVersion: text('model_version').notNull(),
    /** What made this version: created, saved, renamed, restored from version n, imported, duplicated. */
    note: text('note').notNull(),
    savedAt: timestamp('saved_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.scenarioId, table.version] })],
);

/** Facts about this database, e.g. whether the example scenarios were seeded. */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * Read-only links to a saved scenario. The token is the only credential: 32
 * random bytes, unguessable; revoking sets revoked_at (the row stays, so the
 * list can show it was revoked and when).
 */
export const shareLinks = pgTable(
  'share_links',
  {
    token: text('token').primaryKey(),
    scenarioId: text('scenario_id').notNull().references(() => scenarios.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [index('share_links_scenario_idx').on(table.scenarioId)],
);

/**
 * Request counts per client and window, for the rate limits (server/rate-limit). Used
 * when the app runs on PostgreSQL, so that several app instances behind a load balancer
 * share one count; the embedded default counts in memory instead.
 */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  /** Start of the current window, in seconds since the epoch. */
  windowStart: bigint('window_start', { mode: 'number' }).notNull(),
  count: integer('count').notNull(),
});
