/**
 * The forecasting model's public surface. Pure and deterministic: no I/O, no
 * clock, no unseeded randomness, and nothing from next, react, @trpc or the database.
 */
export * from './assumptions';
export { CURRENT_CONTEXT, modelContextSchema, type ModelContext } from './context';
export { describeInputSchema, describeModel, modelDescriptionSchema, type ModelDescription } from './describe';
export { localizedModelTexts, type LocalizedModelTexts } from './localize';
export { differenceInputSchema, differenceOutputSchema, runDifference, type DifferenceResult } from './difference';
export { runForecast, type ForecastOptions } from './forecast';
export * from './outlooks';
export { PRESETS, type Preset } from './presets';
export { HANOI_FIVE, RESOLUTIONS, RESOLUTION_NUMBERS, liftedBite, type ResolutionNumber } from './resolutions';
export * from './schema';
export { runSensitivity } from './sensitivity';
export { SOURCES, type SourceId } from './sources';
export { MODEL_VERSION } from './version';
