'use client';
/**
 * The save dialog (button or Ctrl/Cmd+S): name, description and tags; save
 * over the open scenario (as a new version) or as a new one. A save from an
 * out-of-date version is refused by the server; the dialog then says so and
 * offers to reload the latest or to save these edits as a copy. A scenario the
 * user may only view (shared with them as a viewer) is never saved over: the
 * dialog says so and saves a copy of their own.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Assumptions } from '@/server/model/assumptions';
import { DESCRIPTION_MAX, NAME_MAX, TAGS_MAX, TAG_MAX, descriptionSchema, scenarioNameSchema, tagsSchema, type Scenario } from '@/server/scenarios/schema';
import { useLocale } from 'next-intl';
import { getPathname } from '@/server/i18n/navigation';
import { useWords } from '../use-words';
import { plainNumber } from '../words';
import { useTRPC } from '../../_trpc/client';
import { tagsFromText, tagsToText } from './tags-text';
import styles from './save.module.css';

export interface SaveTarget {
  id: string;
  version: number;
  name: string;
  description: string;
  tags: string[];
  /** The user's access to it; a viewer's save makes a copy. */
  access?: 'owner' | 'editor' | 'viewer';
  ownerName?: string | null;
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** The open saved scenario, if any: "Save" writes its next version. */
  target: SaveTarget | null;
  assumptions: Assumptions;
  horizonMonths: number;
  onSaved: (scenario: Scenario) => void;
}

type Problem = { kind: 'invalid'; message: string } | { kind: 'conflict'; message: string } | { kind: 'failed'; message: string };

function errorCode(error: unknown): string | undefined {
  return (error as { data?: { code?: string } } | null)?.data?.code;
}

export function SaveDialog({ open, onClose, target: opened, assumptions, horizonMonths, onSaved }: Props) {
  // What "Save" writes over: the open scenario, unless the user may only view it.
  const viewOnly = opened !== null && opened.access === 'viewer';
  const target = viewOnly ? null : opened;
  const id = useId();
  const w = useWords();
  const locale = useLocale();
  const { t } = w;
  const n = (value: number) => plainNumber(w, value);
  const dialog = useRef<HTMLDialogElement>(null);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [tagsText, setTagsText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);

  const settle = (scenario: Scenario) => {
    void queryClient.invalidateQueries({ queryKey: trpc.scenarios.pathKey() });
    onSaved(scenario);
    onClose();
  };
  const failed = (error: unknown) => {
    const code = errorCode(error);
    // The server's own words (it names the versions of a conflict); a generic sentence when it has none.
    const message = error instanceof Error && error.message && (w.format.locale === 'en' || code === 'CONFLICT') ? error.message : t('save.failed');
    setProblem({ kind: code === 'CONFLICT' ? 'conflict' : code === 'BAD_REQUEST' ? 'invalid' : 'failed', message });
  };
  const create = useMutation(trpc.scenarios.create.mutationOptions({ onSuccess: settle, onError: failed }));
  const save = useMutation(trpc.scenarios.save.mutationOptions({ onSuccess: settle, onError: failed }));
  const pending = create.isPending || save.isPending;

  // Each opening starts from the open scenario's details (or empty), with no stale message.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setName(viewOnly && opened ? t('save.copyName', { name: opened.name }).slice(0, NAME_MAX) : (target?.name ?? ''));
      setDescription(opened?.description ?? '');
      setTagsText(tagsToText(opened?.tags ?? []));
      setProblem(null);
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, target, opened, viewOnly, t]);

  const content = () => {
    const parsed = {
      name: scenarioNameSchema.safeParse(name),
      description: descriptionSchema.safeParse(description),
      tags: tagsSchema.safeParse(tagsFromText(tagsText)),
    };
    const messages = [
      parsed.name.success ? null : t('save.invalidName', { max: n(NAME_MAX) }),
      parsed.description.success ? null : t('save.invalidDescription', { max: n(DESCRIPTION_MAX) }),
      parsed.tags.success ? null : t('save.invalidTags', { count: n(TAGS_MAX), chars: n(TAG_MAX) }),
    ].filter((m): m is string => m !== null);
    if (messages.length > 0 || !parsed.name.success || !parsed.description.success || !parsed.tags.success) {
      setProblem({ kind: 'invalid', message: messages.join(' ') });
      return null;
    }
    return { name: parsed.name.data, description: parsed.description.data, tags: parsed.tags.data, assumptions, horizonMonths };
  };

  const submit = (asNew: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    setProblem(null);
    const valid = content();
    if (!valid) return;
    if (target && !asNew) save.mutate({ ...valid, id: target.id, baseVersion: target.version });
    else create.mutate(valid);
  };

  const copyName = target && name.trim() === target.name ? t('save.copyName', { name: target.name }).slice(0, NAME_MAX) : name;

  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      <form onSubmit={submit(false)} className={styles.form}>
        <h2 id={`${id}-title`}>
          {target ? t('save.titleExisting', { name: target.name }) : viewOnly && opened ? t('save.titleCopy', { name: opened.name }) : t('save.title')}
        </h2>
        <p className={styles.hint}>
          {target
            ? t('save.hintExisting', { next: n(target.version + 1), current: n(target.version) })
            : viewOnly
              ? t('save.hintViewOnly', { owner: opened?.ownerName ?? '' })
              : t('save.hintNew')}
        </p>
        <label htmlFor={`${id}-name`}>{t('save.name')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={NAME_MAX} required autoFocus />
        <label htmlFor={`${id}-description`}>{t('save.description')}</label>
        <textarea id={`${id}-description`} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={DESCRIPTION_MAX} rows={4} />
        <label htmlFor={`${id}-tags`}>{t('save.tags')}</label>
        <input id={`${id}-tags`} value={tagsText} onChange={(e) => setTagsText(e.target.value)} aria-describedby={`${id}-tags-hint`} />
        <p id={`${id}-tags-hint`} className={styles.hint}>{t('save.tagsHint', { count: n(TAGS_MAX), chars: n(TAG_MAX) })}</p>

        {problem && (
          <div role="alert" className={problem.kind === 'conflict' ? styles.conflict : styles.problem}>
            <p>{problem.message}</p>
            {problem.kind === 'conflict' && target && (
              <div className={styles.actions}>
                {/* A whole-page load: the dashboard must start again from the saved scenario. */}
                <a href={getPathname({ href: { pathname: '/', query: { scenario: target.id } }, locale })}>{t('save.reload')}</a>
                <button type="button" disabled={pending} onClick={() => create.mutate({ ...content()!, name: copyName })}>
                  {t('save.saveCopy')}
                </button>
              </div>
            )}
          </div>
        )}

        <div className={styles.actions}>
          <button type="submit" className={styles.primary} disabled={pending}>
            {pending ? t('save.saving') : target ? t('save.saveVersion', { version: n(target.version + 1) }) : t('save.submit')}
          </button>
          {target && (
            <button type="button" disabled={pending} onClick={submit(true)}>
              {t('save.saveAsNew')}
            </button>
          )}
          <button type="button" onClick={onClose}>{t('save.cancel')}</button>
        </div>
      </form>
    </dialog>
  );
}
