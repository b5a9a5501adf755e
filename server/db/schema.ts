/**
 * The database schema, one for both backends (embedded PGlite and PostgreSQL).
 * `drizzle-kit generate` turns it into the SQL files in ./migrations, which
 * the server applies at start.
 *
 * A scenario row is its latest version; every version, including the latest,
 * is also a row of scenario_versions, so history survives any later save.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Assumptions } from '@/server/model/assumptions';
import type { MemberRole } from '@/server/scenarios/member-schema';

export type { MemberRole } from '@/server/scenarios/member-schema';

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
    /**
     * The user who owns it: reads, writes, deletes and shares it. Null only for the example
     * scenarios seeded before the first account exists; the setup gives them to the first
     * administrator (server/auth/setup.ts). Nobody can see a scenario without an owner.
     */
    ownerId: text('owner_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    index('scenarios_updated_at_idx').on(table.updatedAt),
    index('scenarios_deleted_at_idx').on(table.deletedAt),
    index('scenarios_owner_idx').on(table.ownerId),
  ],
);


/** Users a scenario is shared with by its owner, each with a role: viewers read it, editors also save it. */
export const scenarioMembers = pgTable(
  'scenario_members',
  {
    scenarioId: text('scenario_id').notNull().references(() => scenarios.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references((): AnyPgColumn => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<MemberRole>().notNull(),
    addedAt: timestamp('added_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.scenarioId, table.userId] }),
    index('scenario_members_user_idx').on(table.userId),
    check('scenario_members_role_check', sql`${table.role} IN ('viewer', 'editor')`),
  ],
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
    /** Who wrote this version (null for versions written before accounts, and the seeded examples). */
    savedBy: text('saved_by').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
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

// ---- Accounts (better-auth, issue 7): users, their sessions, credentials and verifications.
// Field names are better-auth's; columns follow this schema's snake_case.

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  /** "admin" or "user" (better-auth's admin plugin). */
  role: text('role'),
  /** A disabled account: its sessions end and it cannot sign in. */
  banned: boolean('banned').default(false),
  banReason: text('ban_reason'),
  banExpires: timestamp('ban_expires', { withTimezone: true, mode: 'date' }),
});

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    impersonatedBy: text('impersonated_by'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/** Credentials: for email and password, the password hash (scrypt, better-auth's default). */
export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true, mode: 'date' }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true, mode: 'date' }),
    scope: text('scope'),
    password: text('password'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [index('accounts_user_idx').on(table.userId)],
);

export const verifications = pgTable('verifications', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
