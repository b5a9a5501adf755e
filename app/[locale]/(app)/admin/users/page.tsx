/** Administrators manage accounts: add a user with an initial password, disable or enable one. Others: not found. */
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { UsersAdmin, type UserRow } from '@/app/_auth/users-admin';
import { getAuth, sessionUser } from '@/server/auth';
import { MIN_PASSWORD_LENGTH } from '@/server/auth/auth';
import { isLocale } from '@/server/i18n/locales';
import { getPathname } from '@/server/i18n/navigation';

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'en';
  const requestHeaders = await headers();
  const me = await sessionUser(requestHeaders);
  if (me?.role !== 'admin') notFound();
  const t = await getTranslations({ locale, namespace: 'auth' });
  const { users } = await (await getAuth()).api.listUsers({ query: { limit: 500, sortBy: 'createdAt', sortDirection: 'asc' }, headers: requestHeaders });
  const rows: UserRow[] = users.map((u) => ({
    id: u.id, name: u.name, email: u.email, role: (u as { role?: string | null }).role ?? 'user', banned: Boolean((u as { banned?: boolean | null }).banned),
  }));
  return (
    <main style={{ maxWidth: '60rem', margin: '2rem auto', padding: '0 1.5rem' }}>
      <p><a href={getPathname({ href: '/', locale })}>{t('users.back')}</a></p>
      <h1>{t('users.title')}</h1>
      <p>{t('users.intro')}</p>
      <UsersAdmin users={rows} meId={me.id} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </main>
  );
}
