/**
 * What a saved scenario is, as the API and the export file see it: zod schemas
 * for its fields (trimmed, bounded, with messages that name the limit) and
 * the shapes procedures return. No server imports: the browser validates the
 * save form and import files with the same schemas.
 */
import { z } from 'zod';
import { assumptionsSchema, horizonMonthsSchema } from '@/server/model/assumptions';

export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;
export const TAGS_MAX = 10;
export const TAG_MAX = 32;

export const scenarioIdSchema = z.string({ error: 'id must be a scenario id' }).uuid({ error: 'id must be a scenario id' });

export const scenarioNameSchema = z
  .string({ error: 'name must be text' })
  .trim()
  .min(1, { error: 'name must not be empty' })
  .max(NAME_MAX, { error: `name must be at most ${NAME_MAX} characters` });

export const descriptionSchema = z
  .string({ error: 'description must be text' })
  .trim()
  .max(DESCRIPTION_MAX, { error: `description must be at most ${DESCRIPTION_MAX} characters` });

const tagSchema = z
  .string({ error: 'a tag must be text' })
  .trim()
  .min(1, { error: 'a tag must not be empty' })
  .max(TAG_MAX, { error: `a tag must be at most ${TAG_MAX} characters` });

/** Duplicates (ignoring case) are dropped, keeping the first spelling. */
export const tagsSchema = z
  .array(tagSchema, { error: 'tags must be a list of words' })
  .transform((tags) => tags.filter((tag, i) => tags.findIndex((t) => t.toLowerCase() === tag.toLowerCase()) === i))
  .pipe(z.array(z.string()).max(TAGS_MAX, { error: `at most ${TAGS_MAX} tags` }));

export const scenarioContentSchema = z.strictObject({
  name: scenarioNameSchema,
  description: descriptionSchema.default(''),
  tags: tagsSchema.default([]),
  assumptions: assumptionsSchema,
  horizonMonths: horizonMonthsSchema,
});
export type ScenarioContent = z.output<typeof scenarioContentSchema>;

export const versionNumberSchema = z.number({ error: 'version must be a number' }).int({ error: 'version must be a whole number' }).min(1, { error: 'version must be at least 1' });

export const saveInputSchema = scenarioContentSchema.extend({
  id: scenarioIdSchema,
  /** The version the edit started from; the save is refused if the scenario has moved on. */
  baseVersion: versionNumberSchema,
});

export const renameInputSchema = z.strictObject({ id: scenarioIdSchema, baseVersion: versionNumberSchema, name: scenarioNameSchema });
export const restoreVersionInputSchema = z.strictObject({ id: scenarioIdSchema, baseVersion: versionNumberSchema, version: versionNumberSchema });

export const SORTS = ['updated', 'created', 'name'] as const;
export const WHOSE = ['all', 'mine', 'shared'] as const;
export const listInputSchema = z
  .strictObject({
    search: z.string({ error: 'search must be text' }).trim().max(200, { error: 'search must be at most 200 characters' }).optional(),
    tag: tagSchema.optional(),
    sort: z.enum(SORTS, { error: `sort must be one of ${SORTS.join(', ')}` }).default('updated'),
    direction: z.enum(['asc', 'desc'], { error: 'direction must be asc or desc' }).optional(),
    /** The "recently deleted" view (the caller's own scenarios: only an owner deletes and restores). */
    deleted: z.boolean({ error: 'deleted must be true or false' }).default(false),
    /** Whose scenarios: all the caller may read, only their own, or only those shared with them. */
    whose: z.enum(WHOSE, { error: `whose must be one of ${WHOSE.join(', ')}` }).default('all'),
  })
  .default({ sort: 'updated', deleted: false, whose: 'all' });
export type ListInput = z.output<typeof listInputSchema>;

export interface ScenarioSummary {
  id: string;
  name: string;
  description: string;
  tags: string[];
  horizonMonths: number;
  modelVersion: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  /** The caller's access: owner, editor (may save) or viewer (may read). */
  access: 'owner' | 'editor' | 'viewer';
  /** The owner's name (the caller's own for their scenarios). */
  ownerName: string | null;
}

export interface Scenario extends ScenarioSummary {
  assumptions: z.output<typeof assumptionsSchema>;
}

export interface ScenarioVersion {
  version: number;
  name: string;
  description: string;
  tags: string[];
  assumptions: z.output<typeof assumptionsSchema>;
  horizonMonths: number;
  modelVersion: string;
  note: string;
  savedAt: string;
  /** The name of the user who saved it (null before accounts existed, and for the seeded examples). */
  savedBy: string | null;
}
