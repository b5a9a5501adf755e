/**
 * /scenarios/[id]: one saved scenario, its assumptions in words and its version
 * history. The scenario and its versions are fetched here and handed to the
 * browser with the page; a missing or deleted scenario is a 404 page.
 */
import { pageContext } from '@/server/api/page-context';
import { HydrationBoundary, dehydrate } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { vocabularyFrom } from '@/app/_scenarios/assumption-words';
import { serverQueries } from '@/app/_scenarios/server-queries';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/server/i18n/locales';
import { scenarioIdSchema } from '@/server/scenarios/schema';
import { ScenarioHistory } from '../_components/scenario-history';
import { SiteHeader } from '../_components/site-header';
import ui from '../_components/ui.module.css';

interface Props {
  params: Promise<{ id: string; locale: string }>;
}

const localeOf = (value: string): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

type Loaded =
  | { status: 'found'; data: Awaited<ReturnType<ReturnType<typeof createCaller>['scenarios']['get']>> }
  | { status: 'missing' }
  | { status: 'failed' };

/** Once per request, for both the title and the page. */
const loadScenario = cache(async (id: string, locale: Locale): Promise<Loaded> => {
  if (!scenarioIdSchema.safeParse(id).success) return { status: 'missing' };
  try {
    return { status: 'found', data: await createCaller(await pageContext(locale)).scenarios.get({ id }) };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'NOT_FOUND') return { status: 'missing' };
    // Anything else (the database is down) is for the browser to show, with Retry.
    return { status: 'failed' };
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, locale: raw } = await params;
  const locale = localeOf(raw);
  const t = await getTranslations({ locale, namespace: 'scenarios' });
  const loaded = await loadScenario(id, locale);
  const name = loaded.status === 'found' ? loaded.data.scenario.name : t('history.scenario');
  return { title: t('meta.historyTitle', { name }) };
}

export default async function ScenarioHistoryPage({ params }: Props) {
  const { id, locale: raw } = await params;
  const locale = localeOf(raw);
  setRequestLocale(locale);
  const loaded = await loadScenario(id, locale);
  if (loaded.status === 'missing') notFound();
  const { queryClient, trpc } = serverQueries(locale);
  if (loaded.status === 'found') queryClient.setQueryData(trpc.scenarios.get.queryKey({ id }), loaded.data);
  await Promise.all([
    queryClient.prefetchQuery(trpc.scenarios.versions.queryOptions({ id })),
    queryClient.prefetchQuery(trpc.members.list.queryOptions({ scenarioId: id })),
  ]);
  const vocabulary = vocabularyFrom(await createCaller(await pageContext(locale)).model.describe({ locale }));
  return (
    <div className={ui.page}>
      <SiteHeader />
      <main>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <ScenarioHistory id={id} vocabulary={vocabulary} />
        </HydrationBoundary>
      </main>
    </div>
  );
}
