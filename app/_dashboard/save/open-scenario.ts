/** A saved scenario as the dashboard opened it: what the save dialog and the notices need. */
import type { Scenario } from '@/server/scenarios/schema';

export interface OpenScenario {
  scenario: Scenario;
  /** Saved under another model version: its outlooks are recomputed with today's. */
  recomputed: boolean;
  currentModelVersion: string;
}
