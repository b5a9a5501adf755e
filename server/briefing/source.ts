/**
 * Which briefing a link names. Pure (no server imports), so it is unit-tested:
 * the PDF route takes `scenario=<id>` alone (a saved scenario as saved),
 * `ids=a,b[,c,d]` (a comparison) or the dashboard's own parameters.
 */
type RawParams = Record<string, string | string[] | undefined>;

export type BriefingSource =
  | { kind: 'dashboard'; params: URLSearchParams }
  | { kind: 'saved'; id: string }
  | { kind: 'compare'; params: RawParams }
  /** A read-only link's scenario: only the present page, never the export routes (which take no token). */
  | { kind: 'shared'; token: string };

/** A search-params object (as pages get it) as URLSearchParams, first value of each key. */
export function toSearchParams(raw: RawParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}

/** The PDF route's parameters, as the source they name (`print` is ignored). */
export function sourceFromQuery(params: URLSearchParams): BriefingSource {
  const raw: RawParams = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  if (params.has('ids')) return { kind: 'compare', params: raw };
  const keys = [...new Set(params.keys())].filter((k) => k !== 'print');
  if (keys.length === 1 && keys[0] === 'scenario') return { kind: 'saved', id: params.get('scenario')! };
  return { kind: 'dashboard', params };
}
