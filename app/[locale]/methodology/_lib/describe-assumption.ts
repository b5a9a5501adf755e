/**
 * Assumption metadata in words for the methodology page: the status-quo value, the
 * domain and the sources. Pure, so the page and its tests share it.
 */
import type { AssumptionDomain, AssumptionMeta, Assumptions } from '@/server/model/assumptions';
import { RESOLUTIONS, type ResolutionNumber } from '@/server/model/resolutions';
import { SOURCES, type SourceId } from '@/server/model/sources';

// Readonly lists too: the status quo is frozen.
type AssumptionValue = Assumptions[keyof Assumptions] | readonly ResolutionNumber[];

const byNumber = new Map(RESOLUTIONS.map((r) => [r.number, r]));

/** "2270 (2016-03)": the resolution as the dashboard's checkboxes name it. */
export function resolutionName(n: ResolutionNumber): string {
  const adopted = byNumber.get(n)?.adopted;
  return adopted ? `${n} (${adopted})` : String(n);
}

/** "2270 (2016-03): 14%": the resolution with its share of the regime's economic bite. */
export function resolutionWithBite(n: ResolutionNumber): string {
  const bite = byNumber.get(n)?.bite;
  return bite === undefined ? resolutionName(n) : `${resolutionName(n)}: ${Math.round(bite * 100)}%`;
}

/** A value of an assumption as a reader would say it, e.g. "60 of 100", "Codified", "None lifted". */
export function valueInWords(domain: AssumptionDomain, value: AssumptionValue): string {
  switch (domain.kind) {
    case 'percent':
      return `${String(value)} of 100`;
    case 'enum':
      return domain.options.find((o) => o.value === value)?.label ?? String(value);
    case 'boolean':
      return value === true ? domain.trueLabel : domain.falseLabel;
    case 'resolutions': {
      const lifted = Array.isArray(value) ? value : [];
      return lifted.length === 0 ? 'None lifted' : `Lifted: ${lifted.map(resolutionName).join(', ')}`;
    }
  }
}

/** The domain as a sentence plus, where it has them, the named points (anchors or options). */
export interface DomainWords {
  summary: string;
  points: string[];
}

export function domainInWords(domain: AssumptionDomain): DomainWords {
  switch (domain.kind) {
    case 'percent':
      return {
        summary: `Whole numbers from ${domain.min} to ${domain.max}.`,
        points: domain.anchors.map((a) => `${a.value}: ${a.label}`),
      };
    case 'enum':
      return { summary: `One of ${domain.options.length} options.`, points: domain.options.map((o) => o.label) };
    case 'boolean':
      return { summary: `${domain.trueLabel} or ${domain.falseLabel}.`, points: [] };
    case 'resolutions':
      return {
        summary: `Any set of the ${domain.options.length} UN Security Council resolutions, weighed by their share of the sanctions' economic bite:`,
        points: domain.options.map(resolutionWithBite),
      };
  }
}

/** Where a source file lives in the shared folder (seeds are the original articles). */
export function sourcePath(file: string): string {
  return file.startsWith('seeds/') ? `shared/${file}` : `shared/domain/${file}`;
}

/** Seeds are whole articles; record entries are sections of history.md. */
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

export function assumptionEntry(meta: AssumptionMeta): AssumptionEntry {
  return {
    id: meta.id,
    label: meta.label,
    help: meta.help,
    statusQuo: valueInWords(meta.domain, meta.statusQuo),
    domain: domainInWords(meta.domain),
    sources: meta.sources.map(sourceRef),
  };
}
