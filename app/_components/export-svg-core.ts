/**
 * The pure half of the SVG export (no DOM): colours and CSS variables resolved to
 * values every SVG tool reads, the presentation attributes worth writing for an
 * element's computed style, and the panel's SVG document from a measured "scene".
 * `export-svg.ts` measures the page and calls these.
 */

export interface StyleSource {
  getPropertyValue(property: string): string;
}

/** A CSS colour as SVG tools read it: `none`, a `#rrggbb` hex plus an opacity, or the value as given (`url(#…)`). */
export interface SvgPaint {
  paint: string;
  opacity: number;
}

const hex2 = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');

/** Rounds to at most 3 decimals and drops trailing zeros (`0.180` → `0.18`, `2.000` → `2`). */
export function fmt(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

function channel(part: string): number {
  const p = part.trim();
  return p.endsWith('%') ? (parseFloat(p) / 100) * 255 : parseFloat(p);
}

function alphaOf(part: string | undefined): number {
  if (part === undefined) return 1;
  const p = part.trim();
  const a = p.endsWith('%') ? parseFloat(p) / 100 : parseFloat(p);
  return Number.isFinite(a) ? Math.max(0, Math.min(1, a)) : 1;
}

/**
 * Computed colours (`rgb(180, 35, 24)`, `rgba(0, 0, 0, 0)`, `rgb(0 0 0 / 50%)`), hex
 * colours and keywords to SVG paint. Anything else (a gradient `url(#…)`) passes as given.
 */
export function toSvgPaint(value: string): SvgPaint {
  const v = value.trim();
  const lower = v.toLowerCase();
  if (lower === '' || lower === 'none') return { paint: 'none', opacity: 1 };
  if (lower === 'transparent') return { paint: 'none', opacity: 1 };
  const rgb = /^rgba?\((.*)\)$/i.exec(v);
  if (rgb) {
    const [colours, slashAlpha] = rgb[1]!.split('/');
    const parts = colours!.includes(',') ? colours!.split(',') : colours!.trim().split(/\s+/);
    const alpha = alphaOf(slashAlpha ?? parts[3]);
    if (alpha === 0) return { paint: 'none', opacity: 1 };
    const [r, g, b] = parts.slice(0, 3).map(channel);
    if ([r, g, b].some((n) => n === undefined || !Number.isFinite(n))) return { paint: v, opacity: 1 };
    return { paint: `#${hex2(r!)}${hex2(g!)}${hex2(b!)}`, opacity: alpha };
  }
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(v);
  if (hex) {
    let digits = hex[1]!.toLowerCase();
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    const alpha = digits.length === 8 ? parseInt(digits.slice(6), 16) / 255 : 1;
    if (alpha === 0) return { paint: 'none', opacity: 1 };
    return { paint: `#${digits.slice(0, 6)}`, opacity: alpha };
  }
  if (lower === 'black') return { paint: '#000000', opacity: 1 };
  if (lower === 'white') return { paint: '#ffffff', opacity: 1 };
  return { paint: v, opacity: 1 };
}

/** Index of the `)` closing the `(` at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Replaces every `var(--name[, fallback])` with the variable's value from `lookup`
 * (or the fallback when it is unset), nested fallbacks included: SVG editors and
 * image converters drop CSS variables, so an exported file must carry none.
 * A variable with neither a value nor a fallback becomes the empty string.
 */
export function resolveCssVars(value: string, lookup: (name: string) => string | undefined, depth = 0): string {
  if (depth > 8) return value;
  let out = '';
  let i = 0;
  for (;;) {
    const at = value.indexOf('var(', i);
    if (at === -1) return out + value.slice(i);
    const close = closingParen(value, at + 3);
    if (close === -1) return out + value.slice(i);
    out += value.slice(i, at);
    const inner = value.slice(at + 4, close);
    const comma = inner.indexOf(',');
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma === -1 ? undefined : inner.slice(comma + 1).trim();
    const own = lookup(name)?.trim();
    const chosen = own ? own : fallback ?? '';
    out += resolveCssVars(chosen, lookup, depth + 1);
    i = close + 1;
  }
}

const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath', 'use']);
const TEXTS = new Set(['text', 'tspan', 'textPath']);

const px = (value: string) => value.trim().replace(/px\b/g, '');
const numberOr = (value: string, fallback: number) => {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : fallback;
};

/**
 * The presentation attributes that reproduce an SVG element's computed style with no
 * stylesheet: paint on shapes and text (colours as hex, transparency as opacity), font
 * on text, opacity and visibility anywhere. Defaults are left out to keep files small.
 * `null` means the element is not displayed and should be dropped.
 */
export function presentationAttributes(tag: string, style: StyleSource): Record<string, string> | null {
  const get = (p: string) => style.getPropertyValue(p).trim();
  if (get('display') === 'none') return null;
  const out: Record<string, string> = {};
  const opacity = numberOr(get('opacity'), 1);
  if (opacity < 1) out.opacity = fmt(opacity);
  const visibility = get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') out.visibility = 'hidden';

  if (SHAPES.has(tag)) {
    const fill = toSvgPaint(get('fill'));
    out.fill = fill.paint;
    const fillOpacity = numberOr(get('fill-opacity'), 1) * fill.opacity;
    if (fill.paint !== 'none' && fillOpacity < 1) out['fill-opacity'] = fmt(fillOpacity);
    if (get('fill-rule') === 'evenodd') out['fill-rule'] = 'evenodd';

    const stroke = toSvgPaint(get('stroke'));
    const strokeWidth = numberOr(px(get('stroke-width')), 1);
    if (stroke.paint === 'none' || strokeWidth <= 0) {
      out.stroke = 'none';
    } else {
      out.stroke = stroke.paint;
      out['stroke-width'] = fmt(strokeWidth);
      const strokeOpacity = numberOr(get('stroke-opacity'), 1) * stroke.opacity;
      if (strokeOpacity < 1) out['stroke-opacity'] = fmt(strokeOpacity);
      const dash = get('stroke-dasharray');
      if (dash && dash !== 'none') {
        const parts = px(dash).split(/[\s,]+/).filter(Boolean).map((d) => numberOr(d, 0));
        if (parts.some((d) => d > 0)) out['stroke-dasharray'] = parts.map(fmt).join(' ');
      }
      const offset = numberOr(px(get('stroke-dashoffset')), 0);
      if (offset !== 0) out['stroke-dashoffset'] = fmt(offset);
      const cap = get('stroke-linecap');
      if (cap && cap !== 'butt') out['stroke-linecap'] = cap;
      const join = get('stroke-linejoin');
      if (join && join !== 'miter') out['stroke-linejoin'] = join;
    }
  }

  if (TEXTS.has(tag)) {
    const family = get('font-family');
    if (family) out['font-family'] = family;
    const size = px(get('font-size'));
    if (size) out['font-size'] = fmt(numberOr(size, 16));
    const weight = get('font-weight');
    if (weight && weight !== '400' && weight !== 'normal') out['font-weight'] = weight;
    const fontStyle = get('font-style');
    if (fontStyle && fontStyle !== 'normal') out['font-style'] = fontStyle;
    const anchor = get('text-anchor');
    if (anchor && anchor !== 'start') out['text-anchor'] = anchor;
    const baseline = get('dominant-baseline');
    if (baseline && baseline !== 'auto') out['dominant-baseline'] = baseline;
  }

  if (tag === 'stop') {
    const stop = toSvgPaint(get('stop-color'));
    out['stop-color'] = stop.paint === 'none' ? '#000000' : stop.paint;
    const stopOpacity = numberOr(get('stop-opacity'), 1) * (stop.paint === 'none' ? 0 : stop.opacity);
    if (stopOpacity < 1) out['stop-opacity'] = fmt(stopOpacity);
  }
  return out;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** One line of HTML text (title, units, a legend label) placed at its baseline. */
export interface SceneText {
  /** Where the line starts: its left edge, or its right edge when `direction` is 'rtl'. */
  x: number;
  y: number;
  text: string;
  fontFamily: string;
  fontSize: number;
  fontWeight: string;
  fill: string;
  /** Right-to-left text (Hebrew, Arabic, Persian): anchored at its right edge, laid out right to left. */
  direction?: 'rtl';
}

/** A legend mark in the frame's own look. */
export interface SceneMark {
  kind: 'swatch' | 'line' | 'dashed' | 'band';
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  /** Fill opacity of a band mark. */
  opacity?: number;
}

/** One chart, already serialised as an SVG `<g>` placed in the panel's coordinates. */
export interface SceneChart {
  markup: string;
}

export interface PanelScene {
  width: number;
  height: number;
  /** The panel's title: the document's `<title>`. */
  title: string;
  /** The page's language (BCP 47), written as the document's `xml:lang`. */
  lang?: string;
  /** A longer description (subtitle and units): the document's `<desc>`. */
  description?: string;
  background: string;
  border?: { color: string; radius: number };
  fontFamily: string;
  texts: SceneText[];
  marks: SceneMark[];
  charts: SceneChart[];
}

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? fmt(v) : v!)}"`)
    .join('');
}

function markMarkup(mark: SceneMark): string {
  const { x, y, width, height, color } = mark;
  const paint = toSvgPaint(color);
  const fill = paint.paint === 'none' ? '#000000' : paint.paint;
  switch (mark.kind) {
    case 'line':
      return `<rect${attrs({ x, y, width, height: Math.max(height, 2), fill })}/>`;
    case 'dashed': {
      const mid = y + Math.max(height, 2) / 2;
      return `<line${attrs({ x1: x, y1: mid, x2: x + width, y2: mid, stroke: fill, 'stroke-width': Math.max(height, 2), 'stroke-dasharray': '5 3' })}/>`;
    }
    case 'band':
      return `<rect${attrs({ x, y, width, height, fill, 'fill-opacity': mark.opacity ?? 0.22 })}/>`;
    default:
      return `<rect${attrs({ x, y, width, height, rx: 2, fill, 'fill-opacity': paint.opacity < 1 ? paint.opacity : undefined })}/>`;
  }
}

/** The standalone SVG document of a panel: background, frame, title and legend as text, then the charts. */
export function renderPanelSvg(scene: PanelScene): string {
  const { width, height } = scene;
  const background = toSvgPaint(scene.background).paint;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width, height, viewBox: `0 0 ${fmt(width)} ${fmt(height)}`, 'font-family': scene.fontFamily, 'xml:lang': scene.lang })}>`,
    `<title>${escapeXml(scene.title)}</title>`,
  ];
  if (scene.description) parts.push(`<desc>${escapeXml(scene.description)}</desc>`);
  parts.push(`<rect${attrs({ width, height, fill: background === 'none' ? '#ffffff' : background })}/>`);
  if (scene.border) {
    const stroke = toSvgPaint(scene.border.color).paint;
    if (stroke !== 'none') {
      parts.push(`<rect${attrs({ x: 0.5, y: 0.5, width: width - 1, height: height - 1, rx: scene.border.radius, fill: 'none', stroke })}/>`);
    }
  }
  for (const t of scene.texts) {
    const fill = toSvgPaint(t.fill);
    parts.push(
      `<text${attrs({
        x: t.x,
        y: t.y,
        'font-family': t.fontFamily === scene.fontFamily ? undefined : t.fontFamily,
        'font-size': t.fontSize,
        'font-weight': t.fontWeight === '400' || t.fontWeight === 'normal' ? undefined : t.fontWeight,
        fill: fill.paint === 'none' ? '#000000' : fill.paint,
        // Start (the right edge, for right-to-left text) at x, with the bidi order of the page.
        direction: t.direction,
        'unicode-bidi': t.direction ? 'embed' : undefined,
      })}>${escapeXml(t.text)}</text>`,
    );
  }
  for (const m of scene.marks) parts.push(markMarkup(m));
  for (const c of scene.charts) parts.push(c.markup);
  parts.push('</svg>');
  return parts.join('\n');
}
