/**
 * Which briefing a link names. Pure (no server imports), so it is unit-tested:
 * the PDF route takes `scenario=<id>` alone (a saved scenario as saved),
 * `ids=a,b[,c,d]` (a comparison) or the dashboard's own parameters.
 */
import { isLocale, type Locale } from '@/server/i18n/locales';

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

/**
 * The export routes' `locale` parameter: absent → English; a known locale → it; anything
 * else → null (the route refuses it). Routes delete it before `sourceFromQuery`.
 */
export function localeFromQuery(params: URLSearchParams): Locale | null {
  const value = params.get('locale');
  if (value === null || value === '') return 'en';
  return isLocale(value) ? value : null;
}

/** The PDF route's parameters, as the source they name (`print` and `locale` are ignored). */
export function sourceFromQuery(params: URLSearchParams): BriefingSource {
  const raw: RawParams = {};
  for (const key of new Set(params.keys())) {
    if (key === 'locale') continue;
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  if (params.has('ids')) return { kind: 'compare', params: raw };
  const keys = [...new Set(params.keys())].filter((k) => k !== 'print' && k !== 'locale');
  if (keys.length === 1 && keys[0] === 'scenario') return { kind: 'saved', id: params.get('scenario')! };
  const dashboard = new URLSearchParams(params);
  dashboard.delete('locale');
  return { kind: 'dashboard', params: dashboard };
}
