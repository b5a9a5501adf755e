/**
 * Heading ids for the model card. One function turns a heading's text into an id, so the
 * table of contents (built from the markdown source) and the rendered headings (built from
 * the HTML tree) agree.
 */

/** Lower-case words joined by hyphens: "Exact probabilities, Monte Carlo" → "exact-probabilities-monte-carlo". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // diacritics, so "Kim–Putin" and "Pyongyang" stay ASCII
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A markdown or HTML node, typed only as far as text extraction needs. */
export interface TextNode {
  type: string;
  value?: string;
  children?: readonly TextNode[];
}

/** The plain text of a node and its descendants (what a reader sees of a heading). */
export function nodeText(node: TextNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(nodeText).join('');
}
