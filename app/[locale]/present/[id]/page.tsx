/** /present/<id>: a saved scenario, as saved, as a briefing. An unknown id is a 404 page that says so. */
import type { Metadata } from 'next';
import { PresentRoute, isPrint } from '../_components/present-route';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Present · Peninsula Outlook' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function PresentSavedPage({ params, searchParams }: Props) {
  const { id } = await params;
  return <PresentRoute source={{ kind: 'saved', id }} print={isPrint(await searchParams)} missingIsNotFound />;
}
