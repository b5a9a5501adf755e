/**
 * Assumption metadata in words for the methodology page: the status-quo value, the
 * domain and the sources, in the page's locale (English by default). Pure, so the page
 * and its tests share it. `domain` carries labels already in that locale (from the
 * localized model description); this module adds the page's own words and figures.
 */
import { formatterFor, intlTag } from '@/server/i18n/format';
import type { Locale } from '@/server/i18n/locales';
import { translatorFor } from '@/server/i18n/translator';
import type { AssumptionDomain, AssumptionMeta, Assumptions } from '@/server/model/assumptions';
import { RESOLUTIONS, type ResolutionNumber } from '@/server/model/resolutions';
import { SOURCES, type SourceId } from '@/server/model/sources';

// Readonly lists too: the status quo is frozen.
type AssumptionValue = Assumptions[keyof Assumptions] | readonly ResolutionNumber[];

const byNumber = new Map(RESOLUTIONS.map((r) => [r.number, r]));

/** Digits in the locale's script, without grouping: resolution numbers and dates such as 2016-03. */
function digits(locale: Locale, text: string): string {
  const format = new Intl.NumberFormat(intlTag(locale), { useGrouping: false });
  return text.replace(/\d/g, (d) => format.format(Number(d)));
}

/** "2270, 2321": a short list, as the locale separates items. */
const shortList = (locale: Locale, items: string[]) => new Intl.ListFormat(intlTag(locale), { style: 'short', type: 'unit' }).format(items);

/** "40: Dong Maeng (2019)": a value and its name, punctuated alike in every locale. */
const labelled = (value: string, label: string) => `${value}: ${label}`;

/** "2270 (2016-03)": the resolution as the dashboard's checkboxes name it. */
export function resolutionName(n: ResolutionNumber, locale: Locale = 'en'): string {
  const adopted = byNumber.get(n)?.adopted;
  const number = digits(locale, String(n));
  return adopted ? `${number} (${digits(locale, adopted)})` : number;
}

/** "2270 (2016-03): 14%": the resolution with its share of the regime's economic bite. */
export function resolutionWithBite(n: ResolutionNumber, locale: Locale = 'en'): string {
  const bite = byNumber.get(n)?.bite;
  if (bite === undefined) return resolutionName(n, locale);
  const share = formatterFor(locale).percent(Math.round(bite * 100) / 100);
  return labelled(resolutionName(n, locale), share);
}

/** A value of an assumption as a reader would say it, e.g. "60 of 100", "Codified", "None lifted". */
export function valueInWords(domain: AssumptionDomain, value: AssumptionValue, locale: Locale = 'en'): string {
  const t = translatorFor(locale, 'methodology');
  switch (domain.kind) {
    case 'percent':
      return t('values.percent', { value: formatterFor(locale).number(Number(value)) });
    case 'enum':
      return domain.options.find((o) => o.value === value)?.label ?? String(value);
    case 'boolean':
      return value === true ? domain.trueLabel : domain.falseLabel;
    case 'resolutions': {
      const lifted = Array.isArray(value) ? value : [];
      if (lifted.length === 0) return t('values.noneLifted');
      return t('values.lifted', { resolutions: shortList(locale, lifted.map((n: ResolutionNumber) => resolutionName(n, locale))) });
    }
  }
}

/** The domain as a sentence plus, where it has them, the named points (anchors or options). */
export interface DomainWords {
  summary: string;
  points: string[];
}

export function domainInWords(domain: AssumptionDomain, locale: Locale = 'en'): DomainWords {
  const t = translatorFor(locale, 'methodology');
  const f = formatterFor(locale);
  switch (domain.kind) {
    case 'percent':
      return {
        summary: t('values.wholeNumbers', { min: f.number(domain.min), max: f.number(domain.max) }),
        points: domain.anchors.map((a) => labelled(f.number(a.value), a.label)),
      };
    case 'enum':
      return {
        summary: t('values.oneOf', { count: domain.options.length, number: f.number(domain.options.length) }),
        points: domain.options.map((o) => o.label),
      };
    case 'boolean':
      return { summary: t('values.either', { yes: domain.trueLabel, no: domain.falseLabel }), points: [] };
    case 'resolutions':
      return {
        summary: t('values.resolutions', { count: domain.options.length, number: f.number(domain.options.length) }),
        points: domain.options.map((n) => resolutionWithBite(n as ResolutionNumber, locale)),
      };
  }
}

/** Where a source file lives in the shared folder (seeds are the original articles). */
export function sourcePath(file: string): string {
  return file.startsWith('seeds/') ? `shared/${file}` : `shared/domain/${file}`;
}

/** Seeds are whole articles; record entries are sections of history.md. Titles stay as written. */
export interface SourceRef {
  id: SourceId;
  kind: 'seed' | 'record';
  path: string;
  title: string;
}

export function sourceRef(id: SourceId): SourceRef {
  const source = SOURCES[id];
  const kind = source.file.startsWith('seeds/') ? 'seed' : 'record';
  return { id, kind, path: sourcePath(source.file), title: source.title };
}

/** Everything the page shows for one assumption. */
export interface AssumptionEntry {
  id: AssumptionMeta['id'];
  label: string;
  help: string;
  statusQuo: string;
  domain: DomainWords;
  sources: SourceRef[];
}

/** `meta` in the page's locale (localizedModelTexts(locale).assumptions). */
export function assumptionEntry(meta: AssumptionMeta, locale: Locale = 'en'): AssumptionEntry {
  return {
    id: meta.id,
    label: meta.label,
    help: meta.help,
    statusQuo: valueInWords(meta.domain, meta.statusQuo, locale),
    domain: domainInWords(meta.domain, locale),
    sources: meta.sources.map(sourceRef),
  };
}
