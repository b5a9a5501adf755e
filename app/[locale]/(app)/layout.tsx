/**
 * Every page of the product needs a signed-in user: without one, the first start's setup
 * page (no account yet) or the sign-in page, which returns here. Shared read-only links,
 * the methodology and the sign-in and setup pages are outside this group.
 */
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { SessionProvider } from '@/app/_components/session';
import { sessionUser } from '@/server/auth';
import { safeNext } from '@/server/auth/next-path';
import { needsSetup } from '@/server/auth/setup';
import { getDatabase } from '@/server/db';
import { isLocale } from '@/server/i18n/locales';
import { getPathname } from '@/server/i18n/navigation';

export default async function SignedInLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'en';
  const requestHeaders = await headers();
  const user = await sessionUser(requestHeaders);
  if (!user) {
    if (await needsSetup(await getDatabase())) redirect(getPathname({ href: '/setup', locale }));
    const next = safeNext(requestHeaders.get('x-requested-path'));
    redirect(getPathname({ href: next ? { pathname: '/sign-in', query: { next } } : '/sign-in', locale }));
  }
  return <SessionProvider user={user}>{children}</SessionProvider>;
}
