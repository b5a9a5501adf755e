'use client';
/** Who is signed in, the users page for administrators, and sign-out (then the sign-in page). */
import { useLocale, useTranslations } from 'next-intl';
import { useSessionUser } from '@/app/_components/session';
import { getPathname } from '@/server/i18n/navigation';

export function AccountMenu({ className }: { className?: string }) {
  const t = useTranslations('auth');
  const locale = useLocale();
  const user = useSessionUser();
  if (!user) return null;
  const signOut = async () => {
    const response = await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await response.arrayBuffer(); // read it all: leaving mid-body would cancel the request
    window.location.assign(getPathname({ href: '/sign-in', locale }));
  };
  return (
    <span className={className}>
      <span>{t('signedInAs', { name: user.name })}</span>
      {user.role === 'admin' && <> · <a href={getPathname({ href: '/admin/users', locale })}>{t('menu.users')}</a></>}
      {' · '}
      <button type="button" onClick={signOut}>{t('signOut')}</button>
    </span>
  );
}
