/**
 * /scenarios: the saved scenarios. The list for the URL's filters is fetched
 * here and handed to the browser with the page, so it shows at first paint;
 * searching, sorting and every change then happen in the client component.
 */
import { pageContext } from '@/server/api/page-context';
import { HydrationBoundary, dehydrate } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { vocabularyFrom } from '@/app/_scenarios/assumption-words';
import { listInput, listQueryToSearch, parseListQuery } from '@/app/_scenarios/list-query';
import { serverQueries } from '@/app/_scenarios/server-queries';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/server/i18n/locales';
import { ScenarioManager } from './_components/scenario-manager';
import { SiteHeader } from './_components/site-header';
import ui from './_components/ui.module.css';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const localeOf = (value: string): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf((await params).locale), namespace: 'scenarios' });
  return { title: t('meta.listTitle'), description: t('meta.listDescription') };
}

export default async function ScenariosPage({ params, searchParams }: Props) {
  const locale = localeOf((await params).locale);
  setRequestLocale(locale);
  const query = parseListQuery(await searchParams);
  const { queryClient, trpc } = serverQueries(locale);
  // A failed prefetch is not fatal: nothing is handed over, and the browser asks
  // again and shows the error in place, with Retry.
  await Promise.all([
    queryClient.prefetchQuery(trpc.scenarios.list.queryOptions(listInput(query))),
    queryClient.prefetchQuery(trpc.scenarios.tags.queryOptions()),
  ]);
  const { assumptions } = vocabularyFrom(await createCaller(await pageContext(locale)).model.describe({ locale }));
  return (
    <div className={ui.page}>
      <SiteHeader current="/scenarios" />
      <main>
        <HydrationBoundary state={dehydrate(queryClient)}>
          {/* Keyed by the URL's query: following a link to other filters starts afresh. */}
          <ScenarioManager key={listQueryToSearch(query)} initialQuery={query} assumptions={assumptions.map(({ id, label }) => ({ id, label }))} />
        </HydrationBoundary>
      </main>
    </div>
  );
}
