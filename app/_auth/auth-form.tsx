'use client';
/**
 * The setup and sign-in forms: post JSON to the server, then load the product (a whole-page
 * load, so every page starts with the new session). Errors are shown in place, in words.
 */
import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { formatterFor } from '@/server/i18n/format';
import type { Locale } from '@/server/i18n/locales';
import { getPathname } from '@/server/i18n/navigation';
import styles from './auth.module.css';

interface Props {
  mode: 'setup' | 'signIn';
  /** Where to go once signed in (a path on this site), else the dashboard. */
  next?: string | null;
  minPasswordLength: number;
}

export function AuthForm({ mode, next, minPasswordLength }: Props) {
  const t = useTranslations('auth');
  const locale = useLocale() as Locale;
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = Object.fromEntries(['name', 'email', 'password'].filter((k) => form.has(k)).map((k) => [k, String(form.get(k))]));
    setWorking(true);
    setError(null);
    try {
      const response = await fetch(mode === 'setup' ? '/api/setup' : '/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-locale': locale },
        body: JSON.stringify(body),
      });
      if (response.ok) {
        await response.arrayBuffer(); // read it all: leaving mid-body would cancel the request
        window.location.assign(next ?? getPathname({ href: '/', locale }));
        return;
      }
      setError(await problemText(response));
    } catch (failure) {
      setError(t('signIn.failed', { message: (failure as Error).message }));
    }
    setWorking(false);
  }

  async function problemText(response: Response): Promise<string> {
    const payload = (await response.json().catch(() => null)) as { message?: string; error?: { message?: string }; code?: string } | null;
    if (response.status === 429) {
      const seconds = Number(response.headers.get('retry-after') ?? 60);
      return t('signIn.tooMany', { seconds, value: formatterFor(locale).number(seconds) });
    }
    if (mode === 'signIn' && response.status === 401) return t('signIn.wrong');
    if (mode === 'signIn' && response.status === 403) return t('signIn.disabled');
    return payload?.error?.message ?? payload?.message ?? t('signIn.failed', { message: String(response.status) });
  }

  const page = mode === 'setup' ? 'setup' : 'signIn';
  return (
    <main className={styles.page}>
      <form className={styles.card} onSubmit={submit} aria-labelledby="auth-title">
        <h1 id="auth-title">{t(`${page}.title`)}</h1>
        {mode === 'setup' && <p className={styles.intro}>{t('setup.intro')}</p>}
        {mode === 'setup' && (
          <label className={styles.field}>
            {t('setup.name')}
            <input name="name" required maxLength={120} autoComplete="name" />
          </label>
        )}
        <label className={styles.field}>
          {t(`${page}.email`)}
          <input name="email" type="email" required autoComplete="email" dir="ltr" />
        </label>
        <label className={styles.field}>
          {t(`${page}.password`)}
          <input
            name="password"
            type="password"
            required
            minLength={mode === 'setup' ? minPasswordLength : undefined}
            autoComplete={mode === 'setup' ? 'new-password' : 'current-password'}
            dir="ltr"
          />
          {mode === 'setup' && <span className={styles.hint}>{t('setup.passwordHint', { count: minPasswordLength })}</span>}
        </label>
        {error && <p role="alert" className={styles.error}>{error}</p>}
        <button type="submit" className={styles.submit} disabled={working}>
          {working ? t(`${page}.working`) : t(`${page}.submit`)}
        </button>
      </form>
    </main>
  );
}
