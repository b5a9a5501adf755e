/**
 * A chart panel as a standalone SVG file, measured from the page: the panel's HTML
 * text (title, units line, legend labels, any message in the plot) becomes SVG text
 * at the same place, the legend marks become shapes, and each Recharts `<svg>` is
 * cloned with its computed style written as plain attributes (CSS variables and
 * stylesheet rules resolved; SVG tools read neither). Browser only.
 */
import {
  presentationAttributes, renderPanelSvg, resolveCssVars,
  type PanelScene, type SceneMark, type SceneText,
} from './export-svg-core';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What never goes into an export: the action buttons, the data table, hover tooltips, hidden parts. */
export const EXPORT_SKIP = '[data-export-ignore], [hidden], .recharts-tooltip-wrapper';
/** Hover artefacts inside a chart's SVG. */
const HOVER_ONLY = '.recharts-tooltip-cursor, .recharts-active-dot';

export function isExported(node: Node): boolean {
  return !(node instanceof Element && node.matches(EXPORT_SKIP));
}

/** The charts of a panel: top-level Recharts SVGs outside anything skipped. */
function chartSvgs(panel: HTMLElement): SVGSVGElement[] {
  return [...panel.querySelectorAll('svg')].filter(
    (svg): svg is SVGSVGElement => svg instanceof SVGSVGElement && !svg.parentElement?.closest('svg') && !svg.closest(EXPORT_SKIP),
  );
}

function rootVariable(name: string): string | undefined {
  return getComputedStyle(document.documentElement).getPropertyValue(name) || undefined;
}

/** A deep clone of `source` whose every element carries its computed style as attributes. */
function inlineClone(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const sources: Element[] = [source, ...source.querySelectorAll('*')];
  const clones: Element[] = [clone, ...clone.querySelectorAll('*')];
  const drop: Element[] = [];
  sources.forEach((element, i) => {
    const target = clones[i]!;
    if (element.matches(HOVER_ONLY)) {
      drop.push(target);
      return;
    }
    const tag = element.localName;
    const computed = presentationAttributes(tag, getComputedStyle(element));
    if (computed === null) {
      drop.push(target);
      return;
    }
    target.removeAttribute('style');
    for (const [name, value] of Object.entries(computed)) target.setAttribute(name, value);
    // Whatever still names a CSS variable (an attribute no computed style covers) is resolved from :root.
    for (const attr of [...target.attributes]) {
      if (attr.value.includes('var(')) target.setAttribute(attr.name, resolveCssVars(attr.value, rootVariable));
    }
  });
  for (const element of drop) element.remove();
  return clone;
}

/** The chart placed at its offset in the panel, as one `<g>`. */
function chartMarkup(svg: SVGSVGElement, origin: DOMRect): string {
  const rect = svg.getBoundingClientRect();
  const inlined = inlineClone(svg);
  const group = document.createElementNS(SVG_NS, 'g');
  let transform = `translate(${round(rect.left - origin.left)} ${round(rect.top - origin.top)})`;
  const viewBox = svg.viewBox.baseVal;
  if (viewBox && viewBox.width > 0 && viewBox.height > 0 && (Math.abs(viewBox.width - rect.width) > 0.5 || Math.abs(viewBox.height - rect.height) > 0.5)) {
    transform += ` scale(${round(rect.width / viewBox.width)} ${round(rect.height / viewBox.height)}) translate(${round(-viewBox.x)} ${round(-viewBox.y)})`;
  }
  group.setAttribute('transform', transform);
  // The plot runs left to right in every language (its text anchors are meant that way).
  group.setAttribute('direction', 'ltr');
  // The chart's own font, so its ticks keep their size wherever the file goes.
  const font = getComputedStyle(svg);
  group.setAttribute('font-family', font.fontFamily);
  group.setAttribute('font-size', font.fontSize.replace('px', ''));
  while (inlined.firstChild) group.appendChild(inlined.firstChild);
  return new XMLSerializer().serializeToString(group);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Font ascent and descent (px) of a CSS font, as the browser lays out text with it. */
function fontMetrics(context: CanvasRenderingContext2D | null, font: string, size: number): { ascent: number; descent: number } {
  if (context) {
    context.font = font;
    const m = context.measureText('Hg');
    if (m.fontBoundingBoxAscent > 0) return { ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
  }
  return { ascent: size * 0.9, descent: size * 0.25 };
}

/**
 * The panel's HTML text, line by line as laid out: each text node's words grouped
 * by the line they sit on (a title that wraps becomes two SVG lines), each line
 * placed at its baseline in the font and colour it has on screen.
 */
function htmlTexts(panel: HTMLElement, origin: DOMRect): SceneText[] {
  const texts: SceneText[] = [];
  const context = document.createElement('canvas').getContext('2d');
  const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || parent.closest(`${EXPORT_SKIP}, svg`) || !(node as Text).data.trim()) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const range = document.createRange();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const style = getComputedStyle(node.parentElement!);
    if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
    const size = parseFloat(style.fontSize);
    const { ascent, descent } = fontMetrics(context, `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, size);
    // Right-to-left text is placed by its right edge (where it starts) and keeps its direction.
    const rtl = style.direction === 'rtl';
    let line: { top: number; height: number; left: number; right: number; start: number; end: number } | null = null;
    const flush = () => {
      if (!line) return;
      texts.push({
        x: round((rtl ? line.right : line.left) - origin.left),
        ...(rtl ? { direction: 'rtl' as const } : {}),
        y: round(line.top - origin.top + (line.height - ascent - descent) / 2 + ascent),
        text: node.data.slice(line.start, line.end).replace(/\s+/g, ' '),
        fontFamily: style.fontFamily,
        fontSize: size,
        fontWeight: style.fontWeight,
        fill: style.color,
      });
    };
    // Pieces the browser may wrap between: words, and words split after a hyphen or dash ("2017-|style").
    for (const piece of node.data.matchAll(/[^\s\-–—/]*[\-–—/]+(?=\S)|\S+?(?=[^\s\-–—/]*[\-–—/]+\S|\s|$)|\S+/g)) {
      range.setStart(node, piece.index);
      range.setEnd(node, piece.index + piece[0].length);
      const rect = range.getClientRects()[0];
      if (!rect || rect.width === 0) continue;
      const end = piece.index + piece[0].length;
      if (line && Math.abs(rect.top - line.top) < Math.max(2, size / 3)) {
        line.end = end;
        // In a right-to-left line the words run leftwards: the line spans all of them.
        line.left = Math.min(line.left, rect.left);
        line.right = Math.max(line.right, rect.right);
      } else {
        flush();
        line = { top: rect.top, height: rect.height, left: rect.left, right: rect.right, start: piece.index, end };
      }
    }
    flush();
  }
  range.detach();
  return texts;
}

function legendMarks(panel: HTMLElement, origin: DOMRect): SceneMark[] {
  return [...panel.querySelectorAll<HTMLElement>('[data-mark]')]
    .filter((el) => !el.closest(EXPORT_SKIP))
    .map((el) => {
      const rect = el.getBoundingClientRect();
      const kind = el.dataset.mark as SceneMark['kind'];
      const mark: SceneMark = {
        kind: kind === 'line' || kind === 'dashed' || kind === 'band' ? kind : 'swatch',
        x: round(rect.left - origin.left),
        y: round(rect.top - origin.top),
        width: round(rect.width),
        height: round(rect.height),
        color: getComputedStyle(el).color,
      };
      if (mark.kind === 'band') mark.opacity = Number(getComputedStyle(el, '::before').opacity) || 0.22;
      return mark;
    });
}

/**
 * The export box of a panel: its full width, and its height down to the figure
 * (the data table, when open, is not part of a picture of the chart).
 */
export function exportBox(panel: HTMLElement): { width: number; height: number } {
  const rect = panel.getBoundingClientRect();
  const figure = panel.querySelector('[data-chart-figure]');
  if (!figure) return { width: rect.width, height: rect.height };
  const style = getComputedStyle(panel);
  const bottom = figure.getBoundingClientRect().bottom + parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth);
  return { width: rect.width, height: Math.min(rect.height, bottom - rect.top) };
}

/** The panel as an SVG document (UTF-8 text). */
export function panelToSvg(panel: HTMLElement, title: string): string {
  const origin = panel.getBoundingClientRect();
  const { width, height } = exportBox(panel);
  const style = getComputedStyle(panel);
  const units = panel.querySelector('header p')?.textContent?.trim();
  const scene: PanelScene = {
    width: round(width),
    height: round(height),
    title,
    lang: document.documentElement.lang || undefined,
    description: units || undefined,
    background: style.backgroundColor,
    border: parseFloat(style.borderTopWidth) > 0 ? { color: style.borderTopColor, radius: parseFloat(style.borderTopLeftRadius) || 0 } : undefined,
    fontFamily: style.fontFamily,
    texts: htmlTexts(panel, origin),
    marks: legendMarks(panel, origin),
    charts: chartSvgs(panel).map((svg) => ({ markup: chartMarkup(svg, origin) })),
  };
  return renderPanelSvg(scene);
}
