/** /present/<id>: a saved scenario, as saved, as a briefing. An unknown id is a 404 page that says so. */
import type { Metadata } from 'next';
import { PresentRoute, isPrint, localeOf, presentMetadata } from '../_components/present-route';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return presentMetadata((await params).locale, 'present');
}

export default async function PresentSavedPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  return <PresentRoute source={{ kind: 'saved', id }} print={isPrint(await searchParams)} locale={localeOf(locale)} missingIsNotFound />;
}
