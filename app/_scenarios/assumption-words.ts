/**
 * The slice of model.describe the scenario pages need to put assumptions into
 * words: labels, groups and domains. Built on the server and passed down, so the
 * browser does not download the help texts and sources.
 */
import { valueInWords } from '@/app/[locale]/methodology/_lib/describe-assumption';
import type { AssumptionDomain, AssumptionId, Assumptions } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';

export interface AssumptionWords {
  id: AssumptionId;
  label: string;
  group: string;
  domain: AssumptionDomain;
}

export interface AssumptionVocabulary {
  groups: { id: string; label: string }[];
  assumptions: AssumptionWords[];
  statusQuo: Assumptions;
  modelVersion: string;
}

export function vocabularyFrom(description: ModelDescription): AssumptionVocabulary {
  return {
    groups: description.groups.map(({ id, label }) => ({ id, label })),
    // describe's schema types domains loosely (options: number[]); they are the model's own AssumptionDomain.
    assumptions: description.assumptions.map(({ id, label, group, domain }) => ({ id, label, group, domain: domain as AssumptionDomain })),
    statusQuo: description.statusQuo,
    modelVersion: description.modelVersion,
  };
}

/** One assumption's value in words, e.g. "60 of 100", "Leader summit", "Lifted: 2270 (2016-03)". */
export function assumptionValueInWords(meta: AssumptionWords, assumptions: Assumptions): string {
  return valueInWords(meta.domain, assumptions[meta.id]);
}
