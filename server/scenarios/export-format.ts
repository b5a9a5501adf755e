/**
 * The scenario export file (README, "Scenario files"): versioned so that later
 * formats can still read today's files. Import validates the whole file before
 * anything is written; errors name the item and field ("scenarios.3.name").
 */
import { z } from 'zod';
import { assumptionsSchema, horizonMonthsSchema } from '@/server/model/assumptions';
import { descriptionSchema, scenarioNameSchema, tagsSchema } from './schema';

export const EXPORT_FORMAT = 'peninsula-outlook/scenarios';
export const EXPORT_FORMAT_VERSION = 1;
export const IMPORT_MAX_SCENARIOS = 2000;

const exportedScenarioSchema = z.object({
  name: scenarioNameSchema,
  description: descriptionSchema.default(''),
  tags: tagsSchema.default([]),
  assumptions: assumptionsSchema,
  horizonMonths: horizonMonthsSchema,
  /** The model version the scenario was last saved with (informative: it is recomputed on open). */
  modelVersion: z.string({ error: 'modelVersion must be text' }).max(40, { error: 'modelVersion must be at most 40 characters' }).optional(),
  createdAt: z.iso.datetime({ error: 'createdAt must be an ISO date-time', offset: true }).optional(),
  updatedAt: z.iso.datetime({ error: 'updatedAt must be an ISO date-time', offset: true }).optional(),
});
export type ExportedScenario = z.output<typeof exportedScenarioSchema>;

export const scenarioFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `format must be "${EXPORT_FORMAT}" (is this a Peninsula Outlook scenario file?)` }),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION, { error: `formatVersion must be ${EXPORT_FORMAT_VERSION}; this file comes from a newer version of Peninsula Outlook` }),
  exportedAt: z.string().optional(),
  scenarios: z
    .array(exportedScenarioSchema, { error: 'scenarios must be a list' })
    .min(1, { error: 'the file holds no scenarios' })
    .max(IMPORT_MAX_SCENARIOS, { error: `at most ${IMPORT_MAX_SCENARIOS} scenarios per file` }),
});
export type ScenarioFile = z.output<typeof scenarioFileSchema>;

/** Import input: the file's parsed JSON, validated in full by the procedure. */
export const importInputSchema = z.strictObject({ file: scenarioFileSchema });

export const exportInputSchema = z.strictObject({
  /** Omitted: every scenario that is not deleted. */
  ids: z.array(z.string().uuid({ error: 'ids must be scenario ids' })).min(1, { error: 'name at least one scenario' }).max(200, { error: 'at most 200 ids; omit ids to export all' }).optional(),
});
