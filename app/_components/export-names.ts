/**
 * File names for exported charts and briefings, pure (no DOM) so the browser and the
 * server name files the same way: `<what>-<scenario-slug>-<YYYY-MM-DD>.<ext>`.
 */

/** Used when a name slugs to nothing (only punctuation, or empty). */
export const FALLBACK_SLUG = 'scenario';
const MAX_SLUG = 60;

/**
 * A file-name-safe slug: lower case, accents dropped ("Pyeongyang Détente" →
 * "pyeongyang-detente"), any run of other characters one hyphen, at most 60
 * characters cut at a hyphen. Letters of any script are kept (a Hangul name stays
 * readable); quotes, slashes, dots and spaces never reach the file name.
 */
export function slugify(name: string, fallback = FALLBACK_SLUG): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC') // recompose what is not an accent (Hangul syllables)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return fallback;
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen >= 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** The calendar date as YYYY-MM-DD in local time (what the person downloading sees on their calendar). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A panel's own export name when it gives none: its id without the page prefix ("chart-tension" → "tension"). */
export function panelExportName(id: string, exportName?: string): string {
  return slugify(exportName ?? id.replace(/^(chart|compare)-/, ''), 'chart');
}

/** `tension-hanoi-accepted-2025-06-01.png`. */
export function exportFileName(panel: string, scenario: string, date: Date, extension: 'png' | 'svg' | 'pptx' | 'pdf'): string {
  return `${slugify(panel, 'chart')}-${slugify(scenario)}-${localIsoDate(date)}.${extension}`;
}

/**
 * A Content-Disposition header for an attachment whose name may hold non-ASCII
 * letters: an ASCII fallback (`filename=`) plus the exact name (`filename*=`, RFC 6266 / 5987).
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\x20-\x7e]+/g, '-')
    .replace(/["\\]/g, '-')
    .replace(/-{2,}/g, '-');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return ascii === fileName ? `attachment; filename="${fileName}"` : `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
