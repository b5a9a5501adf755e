/**
 * docs/model.md rendered as HTML: GitHub-flavoured tables, headings with ids, one level
 * below the page's own h1 (the card's title becomes an h2 so the outline stays correct).
 * Raw HTML in the card (the generated tables' marker comments) is skipped, not shown.
 *
 * The card's text is English in every locale (marked lang="en", laid out left to right);
 * its headings are shown in the page's locale, with a note saying the text is English.
 * Links to the site's own pages keep the locale.
 */
import type { ReactNode } from 'react';
import Markdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { directionOf, type Locale } from '@/server/i18n/locales';
import { getPathname } from '@/server/i18n/navigation';
import { translatorFor } from '@/server/i18n/translator';
import { headingText } from '../_lib/card-headings';
import { rehypeNumericColumns } from '../_lib/numeric-columns';
import { nodeText, slugify } from '../_lib/slug';
import styles from '../methodology.module.css';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
type NodeProps = ExtraProps & { children?: ReactNode };
type Translate = (key: string, values?: Record<string, string>) => string;

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

function components(locale: Locale, t: Translate): Components {
  function heading(Tag: HeadingTag) {
    return function CardHeading({ node, children }: NodeProps) {
      const english = node ? nodeText(node) : '';
      const id = node ? slugify(english) : undefined;
      const shown = id ? headingText(id, english, t, locale) : english;
      // A translated heading keeps the card's alignment but its own language and direction.
      return shown === english ? (
        <Tag id={id}>{children}</Tag>
      ) : (
        <Tag id={id}>
          <span lang={locale} dir={directionOf(locale)}>{shown}</span>
        </Tag>
      );
    };
  }
  return {
    h1: heading('h2'),
    h2: heading('h3'),
    h3: heading('h4'),
    h4: heading('h5'),
    h5: heading('h6'),
    a({ href, children }) {
      // Site paths get the page's locale ("/scenarios" → "/he/scenarios"); anchors and other sites stay.
      const target = href?.startsWith('/') ? getPathname({ href, locale }) : href;
      return <a href={target}>{children}</a>;
    },
    table({ node, children }) {
      const cells = node ? headerCells(node) : [];
      const wide = cells.includes('rationale');
      const label = cells.length > 0 ? t('card.tableLabel', { columns: cells.join(', ') }) : t('card.table');
      return (
        // Focusable so keyboard users can scroll a table wider than the screen.
        <div className={styles.tableWrap} role="region" aria-label={label} tabIndex={0}>
          <table className={wide ? `${styles.table} ${styles.coefficients}` : styles.table}>{children}</table>
        </div>
      );
    },
  };
}

export function ModelCard({ markdown, locale }: { markdown: string; locale: Locale }) {
  const typed = translatorFor(locale, 'methodology');
  const t: Translate = (key, values) => (typed as unknown as Translate)(key, values);
  return (
    <>
      {locale !== 'en' && <p className={styles.languageNote}>{t('card.englishNote')}</p>}
      <div className={styles.card} lang="en" dir="ltr">
        <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeNumericColumns]} components={components(locale, t)} skipHtml>
          {markdown}
        </Markdown>
      </div>
    </>
  );
}
