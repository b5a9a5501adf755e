/**
 * "What changed" between two versions of a scenario, in words: name,
 * description, tags and horizon, then every assumption whose value differs
 * ("US–ROK exercise scale: 60 of 100 → 20 of 100"). Pure, for the history page
 * and its tests.
 */
import { differsFrom, sameValue } from '@/app/_dashboard/scenario';
import type { Assumptions } from '@/server/model/assumptions';
import type { ScenarioVersion } from '@/server/scenarios/schema';
import { assumptionValueInWords, type AssumptionVocabulary } from './assumption-words';
import { excerpt, horizonInWords, quoted } from './format';
import type { Words } from './words';

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

// Long enough to tell two descriptions apart, short enough for a list of changes.
const DESCRIPTION_EXCERPT = 160;

/** The vocabulary and the page's words: what a change needs to be said. */
export type DiffWords = Words & { vocabulary: Pick<AssumptionVocabulary, 'assumptions' | 'resolutions'> };

export function contentChanges(before: ScenarioContentFields, after: ScenarioContentFields, words: DiffWords): Change[] {
  const { t } = words;
  const none = t('history.none');
  const tagsInWords = (tags: string[]) => (tags.length ? tags.join(t('common.listSeparator')) : none);
  const descriptionInWords = (text: string) => (text.trim() ? excerpt(text, DESCRIPTION_EXCERPT) : none);
  const changes: Change[] = [];
  if (before.name !== after.name) changes.push({ field: 'name', label: t('fields.name'), from: quoted(before.name, words), to: quoted(after.name, words) });
  if (before.description !== after.description) {
    changes.push({ field: 'description', label: t('fields.description'), from: descriptionInWords(before.description), to: descriptionInWords(after.description) });
  }
  if (!sameValue(before.tags, after.tags)) changes.push({ field: 'tags', label: t('fields.tags'), from: tagsInWords(before.tags), to: tagsInWords(after.tags) });
  if (before.horizonMonths !== after.horizonMonths) {
    changes.push({ field: 'horizonMonths', label: t('fields.horizon'), from: horizonInWords(before.horizonMonths, words), to: horizonInWords(after.horizonMonths, words) });
  }
  for (const meta of words.vocabulary.assumptions) {
    if (!differsFrom(before.assumptions, after.assumptions, meta.id)) continue;
    changes.push({
      field: meta.id,
      label: meta.label,
      from: assumptionValueInWords(meta, before.assumptions, words.vocabulary, words),
      to: assumptionValueInWords(meta, after.assumptions, words.vocabulary, words),
    });
  }
  return changes;
}

export function sameContent(a: ScenarioContentFields, b: ScenarioContentFields, words: DiffWords): boolean {
  return contentChanges(a, b, words).length === 0;
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
export function describeVersions(versions: readonly ScenarioVersion[], words: DiffWords): VersionWithChanges[] {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const latest = newestFirst[0];
  return newestFirst.map((version, i) => {
    const previous = newestFirst[i + 1];
    return {
      version,
      previous: previous?.version ?? null,
      changes: previous ? contentChanges(previous, version, words) : [],
      sameAsLatest: latest !== undefined && sameContent(version, latest, words),
    };
  });
}
