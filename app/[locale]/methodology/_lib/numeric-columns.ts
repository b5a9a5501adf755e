/**
 * A rehype plugin that marks table columns whose body cells are all numbers, header
 * included, with `data-numeric`, so the stylesheet can right-align the whole column.
 * The model card's tables carry no GFM alignment (they are generated), and a cell
 * component alone cannot see its column.
 */
import { nodeText, type TextNode } from './slug';

/** A HTML-tree node, typed only as far as this plugin reads and writes it. */
export interface HtmlNode extends TextNode {
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
}

const NUMBER = /^[−+-]?\d[\d.,]*%?$/;

const elements = (node: HtmlNode, tag: string): HtmlNode[] =>
  (node.children ?? []).filter((c) => c.type === 'element' && c.tagName === tag);

/** Rows of a table (thead and tbody), each as its cells. */
function rows(table: HtmlNode, section: 'thead' | 'tbody'): HtmlNode[][] {
  return elements(table, section).flatMap((s) => elements(s, 'tr').map((tr) => [...elements(tr, 'th'), ...elements(tr, 'td')]));
}

export function markNumericColumns(table: HtmlNode): void {
  const body = rows(table, 'tbody');
  if (body.length === 0) return;
  const width = Math.max(...body.map((r) => r.length));
  for (let col = 0; col < width; col++) {
    const numeric = body.every((r) => {
      const cell = r[col];
      return cell !== undefined && NUMBER.test(nodeText(cell).trim());
    });
    if (!numeric) continue;
    for (const row of [...rows(table, 'thead'), ...body]) {
      const cell = row[col];
      if (cell) cell.properties = { ...cell.properties, dataNumeric: true };
    }
  }
}

function visitTables(node: HtmlNode): void {
  if (node.type === 'element' && node.tagName === 'table') markNumericColumns(node);
  else for (const child of node.children ?? []) visitTables(child);
}

export function rehypeNumericColumns() {
  return (tree: HtmlNode) => visitTables(tree);
}
