/** Sign-in, returning to the page that asked for it (`?next=`, a path on this site only). */
import { redirect } from 'next/navigation';
import { AuthForm } from '@/app/_auth/auth-form';
import { MIN_PASSWORD_LENGTH } from '@/server/auth/auth';
import { safeNext } from '@/server/auth/next-path';
import { needsSetup } from '@/server/auth/setup';
import { getDatabase } from '@/server/db';
import { isLocale } from '@/server/i18n/locales';
import { getPathname } from '@/server/i18n/navigation';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'en';
  if (await needsSetup(await getDatabase())) redirect(getPathname({ href: '/setup', locale }));
  const { next } = await searchParams;
  return <AuthForm mode="signIn" next={safeNext(typeof next === 'string' ? next : null)} minPasswordLength={MIN_PASSWORD_LENGTH} />;
}
