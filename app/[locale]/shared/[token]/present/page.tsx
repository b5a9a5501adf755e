/**
 * /shared/<token>/present: a read-only link's scenario as a briefing. The same
 * Presentation as everywhere (it has no edit controls), without the export
 * buttons; a revoked or unknown token gets the "no longer valid" page.
 */
import type { Metadata } from 'next';
import { PresentRoute } from '@/app/[locale]/present/_components/present-route';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Shared briefing · Peninsula Outlook', robots: { index: false } };

interface Props {
  params: Promise<{ token: string }>;
}

export default async function SharedPresentPage({ params }: Props) {
  const { token } = await params;
  return <PresentRoute source={{ kind: 'shared', token }} print={false} missingIsNotFound />;
}
