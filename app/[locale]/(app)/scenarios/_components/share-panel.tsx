'use client';
/**
 * Read-only links for one saved scenario: create one, copy it, revoke it. A
 * link shows the dashboard and present mode with every control disabled; its
 * holder can change nothing. Revoked links stay listed, marked as such.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { useState } from 'react';
import { useTRPC } from '@/app/_trpc/client';
import { useWords } from '@/app/_scenarios/use-words';
import { getPathname } from '@/server/i18n/navigation';
import styles from './share-panel.module.css';
import ui from './ui.module.css';

export function SharePanel({ scenarioId }: { scenarioId: string }) {
  const trpc = useTRPC();
  const { t, format } = useWords();
  // A link opens in the language it was created in: the holder reads what the sharer read.
  const locale = useLocale();
  const pathOf = (token: string) => getPathname({ href: `/shared/${token}`, locale });
  const queryClient = useQueryClient();
  const links = useQuery(trpc.shares.list.queryOptions({ scenarioId }));
  const [copied, setCopied] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.shares.list.queryKey({ scenarioId }) });
  const create = useMutation(trpc.shares.create.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.shares.revoke.mutationOptions({ onSuccess: refresh }));
  const urlOf = (token: string) => `${window.location.origin}${pathOf(token)}`;

  const copy = async (token: string) => {
    await navigator.clipboard?.writeText(urlOf(token)).catch(() => undefined);
    setCopied(token);
  };

  return (
    <section aria-labelledby="share-heading" className={styles.panel}>
      <div className={styles.header}>
        <h2 id="share-heading">{t('share.title')}</h2>
        <button type="button" className={`${ui.button} ${ui.small}`} disabled={create.isPending} onClick={() => create.mutate({ scenarioId })}>
          {t('share.create')}
        </button>
      </div>
      <p className={styles.note}>{t('share.note')}</p>
      {(create.error ?? revoke.error) && <p role="alert" className={`${ui.alert} ${styles.message}`}>{(create.error ?? revoke.error)?.message}</p>}
      {links.isPending && <p role="status" className={ui.muted}>{t('share.loading')}</p>}
      {links.error && (
        <p role="alert" className={`${ui.alert} ${styles.message}`}>
          {t('share.loadFailed', { reason: links.error.message })}{' '}
          <button type="button" className={`${ui.button} ${ui.small}`} onClick={() => void links.refetch()}>{t('common.retry')}</button>
        </p>
      )}
      {links.data && links.data.length === 0 && <p className={ui.muted}>{t('share.none')}</p>}
      {links.data && links.data.length > 0 && (
        <ul className={styles.links} aria-label={t('share.title')}>
          {links.data.map((link) => (
            <li key={link.token} data-revoked={link.revokedAt ? 'true' : 'false'}>
              {link.revokedAt ? (
                <span className={styles.revoked}>{t('share.revoked', { date: format.dateTime(link.revokedAt) })}</span>
              ) : (
                <a href={pathOf(link.token)} className={styles.url} dir="ltr">{pathOf(link.token.slice(0, 10))}…</a>
              )}
              <span className={styles.meta}>{t('share.created', { date: format.dateTime(link.createdAt) })}</span>
              {!link.revokedAt && (
                <span className={styles.actions}>
                  <button type="button" className={`${ui.button} ${ui.small}`} onClick={() => void copy(link.token)} aria-label={t('share.copyLabel', { date: format.dateTime(link.createdAt) })}>
                    {copied === link.token ? t('share.copied') : t('share.copy')}
                  </button>
                  <button type="button" className={`${ui.button} ${ui.small}`} disabled={revoke.isPending} onClick={() => revoke.mutate({ token: link.token })} aria-label={t('share.revokeLabel', { date: format.dateTime(link.createdAt) })}>
                    {t('share.revoke')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
