/**
 * The model card's headings, read from the markdown source for the table of contents.
 * Inline markup is stripped the way the renderer strips it, so slugs match the ids the
 * rendered headings get (a test checks every link resolves).
 */
import { slugify } from './slug';

export interface CardHeading {
  depth: number;
  text: string;
  id: string;
}

/** Markdown emphasis and code markers around words, which the rendered text drops. */
function plainText(inline: string): string {
  return inline
    .replace(/`([^`]*)`/g, '$1')
    // Only `*` emphasis: `_` inside words (file names) is not emphasis in CommonMark.
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .trim();
}

/** ATX headings (`#` … `######`) outside fenced code blocks. */
export function cardHeadings(markdown: string): CardHeading[] {
  const headings: CardHeading[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const text = plainText(match[2]);
    headings.push({ depth: match[1].length, text, id: slugify(text) });
  }
  return headings;
}
