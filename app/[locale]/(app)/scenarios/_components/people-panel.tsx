'use client';
/**
 * Who has access to a saved scenario: its owner and the users it is shared with, each as
 * viewer (reads, copies) or editor (also saves). The owner adds people by email, changes
 * their role and removes them; a member can leave. Everyone with access sees the list.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTRPC } from '@/app/_trpc/client';
import { useWords } from '@/app/_scenarios/use-words';
import { useRouter } from '@/server/i18n/navigation';
import { MEMBER_ROLES, type MemberRole, type ScenarioPeople } from '@/server/scenarios/member-schema';
import styles from './share-panel.module.css';
import ui from './ui.module.css';

interface Props {
  scenarioId: string;
  access: 'owner' | 'editor' | 'viewer';
}

export function PeoplePanel({ scenarioId, access }: Props) {
  const id = useId();
  const trpc = useTRPC();
  const router = useRouter();
  const { t, format } = useWords();
  const queryClient = useQueryClient();
  const owner = access === 'owner';
  const people = useQuery(trpc.members.list.queryOptions({ scenarioId }));
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('viewer');
  const [done, setDone] = useState<string | null>(null);
  const show = (data: ScenarioPeople) => queryClient.setQueryData(trpc.members.list.queryKey({ scenarioId }), data);
  const add = useMutation(trpc.members.add.mutationOptions({ onSuccess: show }));
  const remove = useMutation(trpc.members.remove.mutationOptions());
  const error = add.error ?? remove.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    add.mutate({ scenarioId, email: email.trim(), role }, {
      onSuccess: (data) => {
        const added = data.members.find((m) => m.email.toLowerCase() === email.trim().toLowerCase());
        setDone(t('people.added', { name: added?.name ?? email.trim(), role: t(`people.role.${role}`) }));
        setEmail('');
      },
    });
  };
  const changeRole = (memberEmail: string, name: string, next: MemberRole) => {
    setDone(null);
    add.mutate({ scenarioId, email: memberEmail, role: next }, { onSuccess: () => setDone(t('people.changed', { name, role: t(`people.role.${next}`) })) });
  };
  const removeMember = (userId: string, name: string) => {
    setDone(null);
    remove.mutate({ scenarioId, userId }, { onSuccess: (data) => { if (data) show(data); setDone(t('people.removed', { name })); } });
  };
  const leave = (userId: string) =>
    remove.mutate({ scenarioId, userId }, {
      onSuccess: async () => {
        // The scenario is no longer this user's to see: back to the list.
        await queryClient.invalidateQueries({ queryKey: trpc.scenarios.pathKey() });
        router.push('/scenarios');
      },
    });

  return (
    <section aria-labelledby={`${id}-heading`} className={styles.panel} data-testid="people-panel">
      <div className={styles.header}>
        <h2 id={`${id}-heading`}>{t('people.title')}</h2>
      </div>
      <p className={styles.note}>{owner ? t('people.noteOwner') : t('people.noteMember')}</p>
      <div role="status">{done && <p className={`${ui.success} ${styles.message}`}>{done}</p>}</div>
      {error && <p role="alert" className={`${ui.alert} ${styles.message}`}>{error.message}</p>}
      {people.isPending && <p role="status" className={ui.muted}>{t('people.loading')}</p>}
      {people.error && (
        <p role="alert" className={`${ui.alert} ${styles.message}`}>
          {t('people.loadFailed', { reason: people.error.message })}{' '}
          <button type="button" className={`${ui.button} ${ui.small}`} onClick={() => void people.refetch()}>{t('common.retry')}</button>
        </p>
      )}
      {people.data && (
        <ul className={styles.links} aria-label={t('people.title')}>
          {people.data.owner && (
            <li data-person={people.data.owner.email}>
              <span dir="auto">{people.data.owner.name}</span>
              <span className={styles.meta} dir="ltr">{people.data.owner.email}</span>
              <span className={styles.actions}><span className={styles.role}>{t('people.role.owner')}</span></span>
            </li>
          )}
          {people.data.members.map((member) => (
            <li key={member.userId} data-person={member.email}>
              <span dir="auto">{member.name}</span>
              <span className={styles.meta} dir="ltr">{member.email}</span>
              <span className={styles.meta}>{t('people.since', { date: format.dateTime(member.addedAt) })}</span>
              <span className={styles.actions}>
                {owner ? (
                  <>
                    <select
                      aria-label={t('people.roleOf', { name: member.name })} value={member.role} disabled={add.isPending}
                      onChange={(event) => changeRole(member.email, member.name, event.target.value as MemberRole)}
                    >
                      {MEMBER_ROLES.map((r) => <option key={r} value={r}>{t(`people.role.${r}`)}</option>)}
                    </select>
                    <button type="button" className={`${ui.button} ${ui.small}`} disabled={remove.isPending} onClick={() => removeMember(member.userId, member.name)} aria-label={t('people.removeLabel', { name: member.name })}>
                      {t('people.remove')}
                    </button>
                  </>
                ) : (
                  <>
                    <span className={styles.role}>{t(`people.role.${member.role}`)}</span>
                    {member.userId === people.data.you && (
                      <button type="button" className={`${ui.button} ${ui.small}`} disabled={remove.isPending} onClick={() => leave(member.userId)}>
                        {t('people.leave')}
                      </button>
                    )}
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {people.data && people.data.members.length === 0 && <p className={ui.muted}>{t('people.none')}</p>}
      {owner && (
        <form className={styles.addForm} onSubmit={submit} aria-label={t('people.addLabel')}>
          <label htmlFor={`${id}-email`}>{t('people.email')}</label>
          <input id={`${id}-email`} type="email" required value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="off" dir="ltr" />
          <label htmlFor={`${id}-role`}>{t('people.roleLabel')}</label>
          <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as MemberRole)}>
            {MEMBER_ROLES.map((r) => <option key={r} value={r}>{t(`people.role.${r}`)}</option>)}
          </select>
          <button type="submit" className={`${ui.button} ${ui.small}`} disabled={add.isPending}>{t('people.add')}</button>
        </form>
      )}
    </section>
  );
}
