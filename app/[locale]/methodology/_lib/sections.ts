/**
 * The generated sections of the methodology page (assumptions, outlooks, sources) as
 * plain data, built from the model's metadata in the page's locale so the page cannot
 * drift from the model. Ids and anchors are the same in every locale.
 */
import type { Locale } from '@/server/i18n/locales';
import { translatorFor } from '@/server/i18n/translator';
import { localizedModelTexts } from '@/server/model/localize';
import type { OutlookId } from '@/server/model/outlooks';
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

export function assumptionSections(locale: Locale = 'en'): AssumptionGroupSection[] {
  const texts = localizedModelTexts(locale);
  return texts.groups.map((group) => ({
    id: groupAnchor(group.id),
    label: group.label,
    entries: texts.assumptions.filter((a) => a.group === group.id).map((a) => assumptionEntry(a, locale)),
  }));
}

export interface OutlookEntry {
  id: OutlookId;
  label: string;
  unit: string;
  help: string;
  sources: SourceRef[];
}

export function outlookEntries(locale: Locale = 'en'): OutlookEntry[] {
  const t = translatorFor(locale, 'methodology');
  return localizedModelTexts(locale).outlooks.map((o) => ({
    id: o.id,
    label: o.label,
    unit: t(`units.${o.unit}`),
    help: o.help,
    sources: o.sources.map(sourceRef),
  }));
}

// Object.keys loses the key type; SOURCES is a const object, so its keys are SourceIds.
const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

export function sourceEntries(): SourceRef[] {
  return SOURCE_IDS.map(sourceRef);
}

/** The page's top-level sections after the model card, for the table of contents (labels: `sections.<id>`). */
export const GENERATED_SECTIONS = [{ id: 'assumptions' }, { id: 'outlooks' }, { id: 'sources' }] as const;
