/**
 * /present?<the dashboard's parameters>: the dashboard's current scenario (saved
 * or not) as a briefing. `scenario=<id>&rev=<n>` names the saved scenario the
 * edits started from (its name and description are used; the assumptions are the
 * link's); `scenario=<id>` alone presents it as saved. `print=1`: the PDF layout.
 */
import type { Metadata } from 'next';
import { toSearchParams } from '@/server/briefing/source';
import { PresentRoute, isPrint } from './_components/present-route';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Present · Peninsula Outlook' };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function PresentDashboardPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = toSearchParams(raw);
  params.delete('print');
  return <PresentRoute source={{ kind: 'dashboard', params }} print={isPrint(raw)} />;
}
