/**
 * "What changed" between two versions of a scenario, in words: name,
 * description, tags and horizon, then every assumption whose value differs
 * ("US–ROK exercise scale: 60 of 100 → 20 of 100"). Pure, for the history page
 * and its tests.
 */
import { differsFrom, sameValue } from '@/app/_dashboard/scenario';
import type { Assumptions } from '@/server/model/assumptions';
import type { ScenarioVersion } from '@/server/scenarios/schema';
import { assumptionValueInWords, type AssumptionWords } from './assumption-words';
import { excerpt, horizonInWords, quoted } from './format';

/** What a version holds that a user chose (the model version is not a choice). */
export interface ScenarioContentFields {
  name: string;
  description: string;
  tags: string[];
  assumptions: Assumptions;
  horizonMonths: number;
}

export interface Change {
  /** "name", "description", "tags", "horizonMonths" or an assumption id. */
  field: string;
  label: string;
  from: string;
  to: string;
}

const NONE = '(none)';
// Long enough to tell two descriptions apart, short enough for a list of changes.
const DESCRIPTION_EXCERPT = 160;

const tagsInWords = (tags: string[]) => (tags.length ? tags.join(', ') : NONE);
const descriptionInWords = (text: string) => (text.trim() ? excerpt(text, DESCRIPTION_EXCERPT) : NONE);

export function contentChanges(before: ScenarioContentFields, after: ScenarioContentFields, metas: readonly AssumptionWords[]): Change[] {
  const changes: Change[] = [];
  if (before.name !== after.name) changes.push({ field: 'name', label: 'Name', from: quoted(before.name), to: quoted(after.name) });
  if (before.description !== after.description) {
    changes.push({ field: 'description', label: 'Description', from: descriptionInWords(before.description), to: descriptionInWords(after.description) });
  }
  if (!sameValue(before.tags, after.tags)) changes.push({ field: 'tags', label: 'Tags', from: tagsInWords(before.tags), to: tagsInWords(after.tags) });
  if (before.horizonMonths !== after.horizonMonths) {
    changes.push({ field: 'horizonMonths', label: 'Horizon', from: horizonInWords(before.horizonMonths), to: horizonInWords(after.horizonMonths) });
  }
  for (const meta of metas) {
    if (!differsFrom(before.assumptions, after.assumptions, meta.id)) continue;
    changes.push({
      field: meta.id,
      label: meta.label,
      from: assumptionValueInWords(meta, before.assumptions),
      to: assumptionValueInWords(meta, after.assumptions),
    });
  }
  return changes;
}

export function sameContent(a: ScenarioContentFields, b: ScenarioContentFields, metas: readonly AssumptionWords[]): boolean {
  return contentChanges(a, b, metas).length === 0;
}

export interface VersionWithChanges {
  version: ScenarioVersion;
  /** The version it is compared with, or null for the first one kept. */
  previous: number | null;
  changes: Change[];
  /** Restoring it would change nothing: its content is the latest's. */
  sameAsLatest: boolean;
}

/** Versions newest first (as scenarios.versions returns them), each against the one before it. */
export function describeVersions(versions: readonly ScenarioVersion[], metas: readonly AssumptionWords[]): VersionWithChanges[] {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const latest = newestFirst[0];
  return newestFirst.map((version, i) => {
    const previous = newestFirst[i + 1];
    return {
      version,
      previous: previous?.version ?? null,
      changes: previous ? contentChanges(previous, version, metas) : [],
      sameAsLatest: latest !== undefined && sameContent(version, latest, metas),
    };
  });
}
