/**
 * The slice of model.describe the scenario pages need to put assumptions into
 * words: labels, groups and domains, in the page's language (model.describe is
 * asked in that locale). Built on the server and passed down, so the browser does
 * not download the help texts and sources.
 */
import type { AssumptionDomain, AssumptionId, Assumptions } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';
import type { Words } from './words';

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
  /** Resolution number → the month it was adopted ("2016-03"). */
  resolutions: Record<number, string>;
}

export function vocabularyFrom(description: ModelDescription): AssumptionVocabulary {
  return {
    groups: description.groups.map(({ id, label }) => ({ id, label })),
    // describe's schema types domains loosely (options: number[]); they are the model's own AssumptionDomain.
    assumptions: description.assumptions.map(({ id, label, group, domain }) => ({ id, label, group, domain: domain as AssumptionDomain })),
    statusQuo: description.statusQuo,
    modelVersion: description.modelVersion,
    resolutions: Object.fromEntries(description.resolutions.map((r) => [r.number, r.adopted])),
  };
}

/** Digits of a code-like text ("2016-03") in the locale's digits, without grouping. */
export function localDigits(text: string, { format }: Pick<Words, 'format'>): string {
  return text.replace(/\d/g, (d) => format.number(Number(d)));
}

/** "2270 (2016-03)", as the dashboard's checkboxes name a resolution. */
export function resolutionName(n: number, resolutions: Record<number, string>, words: Words): string {
  const adopted = resolutions[n];
  return adopted ? `${localDigits(String(n), words)} (${localDigits(adopted, words)})` : localDigits(String(n), words);
}

type Value = Assumptions[keyof Assumptions] | readonly number[];

/** A value of an assumption in words: "60 of 100", "Codified", "None lifted", "Lifted: 2270 (2016-03)". */
export function valueInWords(domain: AssumptionDomain, value: Value, resolutions: Record<number, string>, words: Words): string {
  switch (domain.kind) {
    case 'percent':
      return words.t('values.outOf100', { value: words.format.number(Number(value)) });
    case 'enum':
      return domain.options.find((o) => o.value === value)?.label ?? String(value);
    case 'boolean':
      return value === true ? domain.trueLabel : domain.falseLabel;
    case 'resolutions': {
      const lifted = Array.isArray(value) ? (value as number[]) : [];
      return lifted.length === 0
        ? words.t('values.noneLifted')
        : words.t('values.lifted', { list: lifted.map((n) => resolutionName(n, resolutions, words)).join(words.t('common.listSeparator')) });
    }
  }
}

/** One assumption's value in words. */
export function assumptionValueInWords(meta: AssumptionWords, assumptions: Assumptions, vocabulary: Pick<AssumptionVocabulary, 'resolutions'>, words: Words): string {
  return valueInWords(meta.domain, assumptions[meta.id], vocabulary.resolutions, words);
}
