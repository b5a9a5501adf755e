/**
 * /methodology (and /he/methodology, …): the model card (docs/model.md) and sections
 * generated from the model's metadata, in the page's locale. The card's text stays English;
 * its headings and everything around it are translated. Prerendered at build time for
 * every locale: the card is read from disk once, during `next build`.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '@/server/i18n/locales';
import { getPathname } from '@/server/i18n/navigation';
import { translatorFor } from '@/server/i18n/translator';
import { AssumptionsSection } from './_components/assumptions-section';
import { ModelCard } from './_components/model-card';
import { OutlooksSection } from './_components/outlooks-section';
import { SourcesSection } from './_components/sources-section';
import { TableOfContents } from './_components/table-of-contents';
import { cardHeadings } from './_lib/card-headings';
import { readModelCard } from './_lib/read-model-card';
import { assumptionSections, outlookEntries, sourceEntries } from './_lib/sections';
import styles from './methodology.module.css';


interface Props {
  params: Promise<{ locale: string }>;
}

async function localeOf(params: Props['params']): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = translatorFor(await localeOf(params), 'methodology');
  return { title: t('meta.title'), description: t('meta.description') };
}

export default async function MethodologyPage({ params }: Props) {
  const locale = await localeOf(params);
  const t = translatorFor(locale, 'methodology');
  const markdown = readModelCard();
  const groups = assumptionSections(locale);
  return (
    <main className={styles.page}>
      <p className={styles.back}>
        <Link href={getPathname({ href: '/', locale })}>{t('back')}</Link>
      </p>
      <header className={styles.header}>
        <h1>{t('title')}</h1>
        <p className={styles.lede}>{t('lede')}</p>
      </header>
      <TableOfContents headings={cardHeadings(markdown)} groups={groups} locale={locale} />
      <ModelCard markdown={markdown} locale={locale} />
      <AssumptionsSection groups={groups} locale={locale} />
      <OutlooksSection outlooks={outlookEntries(locale)} locale={locale} />
      <SourcesSection sources={sourceEntries()} locale={locale} />
    </main>
  );
}
