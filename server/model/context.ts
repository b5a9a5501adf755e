/**
 * Facts of the forecast date that the model conditions on but the user does not
 * set: they describe the DPRK's programme, not a policy choice. The dashboard
 * forecasts from November 2026; the backtest passes each episode's own context.
 */
import { z } from 'zod';

export const modelContextSchema = z.strictObject({
  /** Whether the DPRK had flown an ICBM by the forecast date (first: July 2017). */
  icbmCapable: z.boolean(),
  /** Nuclear tests conducted before the forecast date. */
  nuclearTestsToDate: z.number().int().min(0).max(50),
  /** Estimated warheads at the forecast date. */
  warheadsEstimate: z.number().min(0).max(1000),
});
export type ModelContext = z.infer<typeof modelContextSchema>;

/** November 2026: six tests (history.md), ICBMs flown since 2017, ~50 warheads (SIPRI 2025; seed 001). */
export const CURRENT_CONTEXT: Readonly<ModelContext> = Object.freeze({
  icbmCapable: true,
  nuclearTestsToDate: 6,
  warheadsEstimate: 50,
});
