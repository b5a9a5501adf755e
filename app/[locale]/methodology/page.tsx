/**
 * /methodology: the model card (docs/model.md) and sections generated from the model's
 * metadata. Prerendered at build time: the card is read from disk once, during `next build`.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { AssumptionsSection } from './_components/assumptions-section';
import { ModelCard } from './_components/model-card';
import { OutlooksSection } from './_components/outlooks-section';
import { SourcesSection } from './_components/sources-section';
import { TableOfContents } from './_components/table-of-contents';
import { cardHeadings } from './_lib/card-headings';
import { readModelCard } from './_lib/read-model-card';
import { assumptionSections, outlookEntries, sourceEntries } from './_lib/sections';
import styles from './methodology.module.css';


export const metadata: Metadata = {
  title: 'Methodology · Peninsula Outlook',
  description: 'How Peninsula Outlook forecasts: the model card, the assumptions, the outlooks and the sources.',
};

export default function MethodologyPage() {
  const markdown = readModelCard();
  const groups = assumptionSections();
  return (
    <main className={styles.page}>
      <p className={styles.back}>
        <Link href="/">← Dashboard</Link>
      </p>
      <header className={styles.header}>
        <h1>Methodology</h1>
        <p className={styles.lede}>
          How the forecasts are made: the model card, then the twelve assumptions, the outlooks and the sources, each
          generated from the model itself.
        </p>
      </header>
      <TableOfContents headings={cardHeadings(markdown)} groups={groups} />
      <ModelCard markdown={markdown} />
      <AssumptionsSection groups={groups} />
      <OutlooksSection outlooks={outlookEntries()} />
      <SourcesSection sources={sourceEntries()} />
    </main>
  );
}
