/**
 * /present?<the dashboard's parameters> (and /he/present…, /ar/…, /fa/…): the dashboard's
 * current scenario (saved or not) as a briefing, in the page's language. `scenario=<id>&rev=<n>`
 * names the saved scenario the edits started from (its name and description are used; the
 * assumptions are the link's); `scenario=<id>` alone presents it as saved. `print=1`: the PDF layout.
 */
import type { Metadata } from 'next';
import { toSearchParams } from '@/server/briefing/source';
import { PresentRoute, isPrint, localeOf, presentMetadata } from './_components/present-route';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return presentMetadata((await params).locale, 'present');
}

export default async function PresentDashboardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const raw = await searchParams;
  const search = toSearchParams(raw);
  search.delete('print');
  return <PresentRoute source={{ kind: 'dashboard', params: search }} print={isPrint(raw)} locale={localeOf(locale)} />;
}
