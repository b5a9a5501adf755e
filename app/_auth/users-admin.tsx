'use client';
/** The users table and the add-a-user form (better-auth's admin endpoints). */
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import styles from './auth.module.css';

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: string;
  banned: boolean;
}

async function post(path: string, body: unknown): Promise<void> {
  const response = await fetch(`/api/auth/admin/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const payload = (await response.json().catch(() => null)) as { message?: string } | null;
  if (!response.ok) throw new Error(payload?.message ?? `HTTP ${response.status}`);
}

export function UsersAdmin({ users, meId, minPasswordLength }: { users: UserRow[]; meId: string; minPasswordLength: number }) {
  const t = useTranslations('auth');
  const [rows, setRows] = useState(users);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [working, setWorking] = useState(false);

  const toggle = async (row: UserRow) => {
    try {
      await post(row.banned ? 'unban-user' : 'ban-user', { userId: row.id });
      setRows((all) => all.map((r) => (r.id === row.id ? { ...r, banned: !r.banned } : r)));
    } catch (error) {
      setMessage({ text: t('users.failed', { message: (error as Error).message }), error: true });
    }
  };

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const body = { name: String(form.get('name')), email: String(form.get('email')), password: String(form.get('password')), role: String(form.get('role')) };
    setWorking(true);
    try {
      await post('create-user', body);
      window.location.reload();
      setMessage({ text: t('users.create.done', { name: body.name }), error: false });
      formElement.reset();
    } catch (error) {
      setMessage({ text: t('users.failed', { message: (error as Error).message }), error: true });
    }
    setWorking(false);
  };

  return (
    <>
      <table aria-label={t('users.title')}>
        <thead>
          <tr><th scope="col">{t('users.name')}</th><th scope="col">{t('users.email')}</th><th scope="col">{t('users.role')}</th><th scope="col">{t('users.status')}</th><th /></tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}{row.id === meId ? ` (${t('users.yourself')})` : ''}</th>
              <td dir="ltr">{row.email}</td>
              <td>{t(row.role === 'admin' ? 'users.roles.admin' : 'users.roles.user')}</td>
              <td>{row.banned ? t('users.disabled') : t('users.active')}</td>
              <td>
                {row.id !== meId && (
                  <button type="button" onClick={() => toggle(row)} aria-label={`${row.banned ? t('users.enable') : t('users.disable')}: ${row.name}`}>
                    {row.banned ? t('users.enable') : t('users.disable')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {message && <p role={message.error ? 'alert' : 'status'} className={message.error ? styles.error : undefined}>{message.text}</p>}
      <form onSubmit={create} aria-labelledby="add-user" className={styles.card} style={{ marginBlockStart: '1.5rem' }}>
        <h2 id="add-user">{t('users.create.title')}</h2>
        <label className={styles.field}>{t('users.name')}<input name="name" required maxLength={120} /></label>
        <label className={styles.field}>{t('users.email')}<input name="email" type="email" required dir="ltr" /></label>
        <label className={styles.field}>
          {t('users.create.password')}
          <input name="password" type="password" required minLength={minPasswordLength} autoComplete="new-password" dir="ltr" />
          <span className={styles.hint}>{t('users.create.passwordHint', { count: minPasswordLength })}</span>
        </label>
        <label className={styles.field}>
          {t('users.role')}
          <select name="role" defaultValue="user">
            <option value="user">{t('users.roles.user')}</option>
            <option value="admin">{t('users.roles.admin')}</option>
          </select>
        </label>
        <button type="submit" className={styles.submit} disabled={working}>{working ? t('users.create.working') : t('users.create.submit')}</button>
      </form>
    </>
  );
}
