/** The first start's page: create the administrator. Once an account exists, it is sign-in's. */
import { redirect } from 'next/navigation';
import { AuthForm } from '@/app/_auth/auth-form';
import { MIN_PASSWORD_LENGTH } from '@/server/auth/auth';
import { needsSetup } from '@/server/auth/setup';
import { getDatabase } from '@/server/db';
import { isLocale } from '@/server/i18n/locales';
import { getPathname } from '@/server/i18n/navigation';

export default async function SetupPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'en';
  if (!(await needsSetup(await getDatabase()))) redirect(getPathname({ href: '/sign-in', locale }));
  return <AuthForm mode="setup" minPasswordLength={MIN_PASSWORD_LENGTH} />;
}
