/**
 * docs/model.md rendered as HTML: GitHub-flavoured tables, headings with ids, one level
 * below the page's own h1 (the card's title becomes an h2 so the outline stays correct).
 * Raw HTML in the card (the generated tables' marker comments) is skipped, not shown.
 */
import type { ReactNode } from 'react';
import Markdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { rehypeNumericColumns } from '../_lib/numeric-columns';
import { nodeText, slugify } from '../_lib/slug';
import styles from '../methodology.module.css';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
type NodeProps = ExtraProps & { children?: ReactNode };

function heading(Tag: HeadingTag) {
  return function CardHeading({ node, children }: NodeProps) {
    return <Tag id={node ? slugify(nodeText(node)) : undefined}>{children}</Tag>;
  };
}

function headerCells(node: NonNullable<NodeProps['node']>): string[] {
  const cells: string[] = [];
  const walk = (n: NonNullable<NodeProps['node']>) => {
    for (const child of n.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'th') cells.push(nodeText(child).trim());
      else if (child.tagName === 'thead' || child.tagName === 'tr') walk(child);
    }
  };
  walk(node);
  return cells;
}

/** "Table: coefficient, centre, spread, …": a name for the scrollable region from its header row. */
function tableLabel(node: NodeProps['node']): string {
  const cells = node ? headerCells(node) : [];
  return cells.length > 0 ? `Table: ${cells.join(', ')}` : 'Table';
}

const components: Components = {
  h1: heading('h2'),
  h2: heading('h3'),
  h3: heading('h4'),
  h4: heading('h5'),
  h5: heading('h6'),
  table({ node, children }) {
    const wide = node ? headerCells(node).includes('rationale') : false;
    return (
      // Focusable so keyboard users can scroll a table wider than the screen.
      <div className={styles.tableWrap} role="region" aria-label={tableLabel(node)} tabIndex={0}>
        <table className={wide ? `${styles.table} ${styles.coefficients}` : styles.table}>{children}</table>
      </div>
    );
  },
};

export function ModelCard({ markdown }: { markdown: string }) {
  return (
    <div className={styles.card}>
      <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeNumericColumns]} components={components} skipHtml>
        {markdown}
      </Markdown>
    </div>
  );
}
