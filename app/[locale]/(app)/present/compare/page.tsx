/** /present/compare?ids=a,b[,c,d]&horizon=N: saved scenarios compared, as a briefing (horizon: the first scenario's by default). */
import type { Metadata } from 'next';
import { PresentRoute, isPrint, localeOf, presentMetadata } from '../_components/present-route';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return presentMetadata((await params).locale, 'compare');
}

export default async function PresentComparePage({ params, searchParams }: Props) {
  const { locale } = await params;
  const raw = await searchParams;
  return <PresentRoute source={{ kind: 'compare', params: raw }} print={isPrint(raw)} locale={localeOf(locale)} />;
}
