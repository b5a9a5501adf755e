'use client';
/**
 * Read-only links for one saved scenario: create one, copy it, revoke it. A
 * link shows the dashboard and present mode with every control disabled; its
 * holder can change nothing. Revoked links stay listed, marked as such.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '@/app/_trpc/client';
import { formatDateTime } from '@/app/_scenarios/format';
import styles from './share-panel.module.css';
import ui from './ui.module.css';

export function SharePanel({ scenarioId }: { scenarioId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const links = useQuery(trpc.shares.list.queryOptions({ scenarioId }));
  const [copied, setCopied] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.shares.list.queryKey({ scenarioId }) });
  const create = useMutation(trpc.shares.create.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.shares.revoke.mutationOptions({ onSuccess: refresh }));
  const urlOf = (token: string) => `${window.location.origin}/shared/${token}`;

  const copy = async (token: string) => {
    await navigator.clipboard?.writeText(urlOf(token)).catch(() => undefined);
    setCopied(token);
  };

  return (
    <section aria-labelledby="share-heading" className={styles.panel}>
      <div className={styles.header}>
        <h2 id="share-heading">Read-only links</h2>
        <button type="button" className={`${ui.button} ${ui.small}`} disabled={create.isPending} onClick={() => create.mutate({ scenarioId })}>
          Create read-only link
        </button>
      </div>
      <p className={styles.note}>Anyone with a link sees this scenario&rsquo;s dashboard and presentation, and cannot change anything. Revoke a link to stop it working.</p>
      {(create.error ?? revoke.error) && <p role="alert" className={`${ui.alert} ${styles.message}`}>{(create.error ?? revoke.error)?.message}</p>}
      {links.isPending && <p role="status" className={ui.muted}>Loading links…</p>}
      {links.error && (
        <p role="alert" className={`${ui.alert} ${styles.message}`}>
          The links could not be loaded: {links.error.message}{' '}
          <button type="button" className={`${ui.button} ${ui.small}`} onClick={() => void links.refetch()}>Retry</button>
        </p>
      )}
      {links.data && links.data.length === 0 && <p className={ui.muted}>No links yet.</p>}
      {links.data && links.data.length > 0 && (
        <ul className={styles.links} aria-label="Read-only links">
          {links.data.map((link) => (
            <li key={link.token} data-revoked={link.revokedAt ? 'true' : 'false'}>
              {link.revokedAt ? (
                <span className={styles.revoked}>Revoked {formatDateTime(link.revokedAt)}</span>
              ) : (
                <a href={`/shared/${link.token}`} className={styles.url}>/shared/{link.token.slice(0, 10)}…</a>
              )}
              <span className={styles.meta}>created {formatDateTime(link.createdAt)}</span>
              {!link.revokedAt && (
                <span className={styles.actions}>
                  <button type="button" className={`${ui.button} ${ui.small}`} onClick={() => void copy(link.token)} aria-label={`Copy link created ${formatDateTime(link.createdAt)}`}>
                    {copied === link.token ? 'Copied' : 'Copy'}
                  </button>
                  <button type="button" className={`${ui.button} ${ui.small}`} disabled={revoke.isPending} onClick={() => revoke.mutate({ token: link.token })} aria-label={`Revoke link created ${formatDateTime(link.createdAt)}`}>
                    Revoke
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
