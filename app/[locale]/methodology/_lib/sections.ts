/**
 * The generated sections of the methodology page (assumptions, outlooks, sources) as
 * plain data, built from the model's metadata so the page cannot drift from the model.
 */
import { ASSUMPTION_GROUPS, ASSUMPTIONS } from '@/server/model/assumptions';
import { OUTLOOKS, type OutlookId, type OutlookUnit } from '@/server/model/outlooks';
import { SOURCES, type SourceId } from '@/server/model/sources';
import { assumptionEntry, sourceRef, type AssumptionEntry, type SourceRef } from './describe-assumption';

export interface AssumptionGroupSection {
  id: string;
  label: string;
  entries: AssumptionEntry[];
}

/** Group anchors are prefixed: group ids must not collide with assumption or outlook ids. */
export const groupAnchor = (groupId: string) => `group-${groupId}`;
export const sourceAnchor = (sourceId: SourceId) => `source-${sourceId}`;

export function assumptionSections(): AssumptionGroupSection[] {
  return ASSUMPTION_GROUPS.map((group) => ({
    id: groupAnchor(group.id),
    label: group.label,
    entries: ASSUMPTIONS.filter((a) => a.group === group.id).map(assumptionEntry),
  }));
}

const UNIT_WORDS: Record<OutlookUnit, string> = {
  probability: 'Probability within the horizon',
  count: 'Expected number within the horizon',
  index: 'Index from 0 to 100, averaged over the horizon',
  warheads: 'Warheads at the end of the horizon',
};

export interface OutlookEntry {
  id: OutlookId;
  label: string;
  unit: string;
  help: string;
  sources: SourceRef[];
}

export function outlookEntries(): OutlookEntry[] {
  return OUTLOOKS.map((o) => ({
    id: o.id,
    label: o.label,
    unit: UNIT_WORDS[o.unit],
    help: o.help,
    sources: o.sources.map(sourceRef),
  }));
}

// Object.keys loses the key type; SOURCES is a const object, so its keys are SourceIds.
const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

export function sourceEntries(): SourceRef[] {
  return SOURCE_IDS.map(sourceRef);
}

/** The page's top-level sections after the model card, for the table of contents. */
export const GENERATED_SECTIONS = [
  { id: 'assumptions', label: 'Assumptions' },
  { id: 'outlooks', label: 'Outlooks' },
  { id: 'sources', label: 'Sources' },
] as const;
