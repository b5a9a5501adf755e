/**
 * /shared/<token>/present: a read-only link's scenario as a briefing. The same
 * Presentation as everywhere (it has no edit controls), without the export
 * buttons; a revoked or unknown token gets the "no longer valid" page.
 */
import type { Metadata } from 'next';
import { PresentRoute, localeOf, presentMetadata } from '@/app/[locale]/(app)/present/_components/present-route';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string; token: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return presentMetadata((await params).locale, 'shared');
}

export default async function SharedPresentPage({ params }: Props) {
  const { locale, token } = await params;
  return <PresentRoute source={{ kind: 'shared', token }} print={false} locale={localeOf(locale)} missingIsNotFound />;
}
