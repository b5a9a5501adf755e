/** /present/compare?ids=a,b[,c,d]&horizon=N: saved scenarios compared, as a briefing (horizon: the first scenario's by default). */
import type { Metadata } from 'next';
import { PresentRoute, isPrint } from '../_components/present-route';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Present a comparison · Peninsula Outlook' };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function PresentComparePage({ searchParams }: Props) {
  const raw = await searchParams;
  return <PresentRoute source={{ kind: 'compare', params: raw }} print={isPrint(raw)} />;
}
