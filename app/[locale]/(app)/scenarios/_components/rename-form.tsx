'use client';
/**
 * Inline rename in a list row. The name is checked with the server's own schema
 * first (same messages, no round trip); the server may still refuse it, or
 * answer CONFLICT when the scenario was saved elsewhere meanwhile: then the
 * user reloads and decides, and nothing is overwritten.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTRPC } from '@/app/_trpc/client';
import { errorInfo, fieldMessage, isConflict } from '@/app/_scenarios/errors';
import { quoted, sentence } from '@/app/_scenarios/format';
import { issueText } from '@/app/_scenarios/issue-text';
import { useWords } from '@/app/_scenarios/use-words';
import { scenarioNameSchema, type ScenarioSummary } from '@/server/scenarios/schema';
import styles from './list.module.css';
import ui from './ui.module.css';

interface Props {
  scenario: ScenarioSummary;
  /** Called with the new name after a rename, or without when cancelled or unchanged. */
  onDone: (renamedTo?: string) => void;
}

type Problem = { message: string; conflict: boolean } | { reloaded: true };

export function RenameForm({ scenario, onDone }: Props) {
  const trpc = useTRPC();
  const words = useWords();
  const { t, format } = words;
  const queryClient = useQueryClient();
  const id = useId();
  const [name, setName] = useState(scenario.name);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reloading, setReloading] = useState(false);
  const rename = useMutation(trpc.scenarios.rename.mutationOptions());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = scenarioNameSchema.safeParse(name);
    if (!checked.success) {
      setProblem({ message: issueText(checked.error.issues[0], words), conflict: false });
      return;
    }
    // Saving the same name would only add an empty version to the history.
    if (checked.data === scenario.name) return onDone();
    rename.mutate({ id: scenario.id, baseVersion: scenario.version, name: checked.data }, {
      onSuccess: async (renamed) => {
        await queryClient.invalidateQueries({ queryKey: trpc.scenarios.pathKey() });
        onDone(renamed.name);
      },
      onError: (error) => {
        const info = errorInfo(error, t);
        setProblem({ message: fieldMessage(info, 'name'), conflict: isConflict(info) });
      },
    });
  };

  const reload = async () => {
    setReloading(true);
    await queryClient.invalidateQueries({ queryKey: trpc.scenarios.pathKey() });
    setReloading(false);
    setProblem({ reloaded: true });
  };

  const invalid = problem !== null && !('reloaded' in problem);
  return (
    <form className={styles.renameForm} onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onDone()}>
      <label htmlFor={`${id}-name`} className={ui.srOnly}>{t('rename.label', { name: quoted(scenario.name, words) })}</label>
      <input
        id={`${id}-name`} value={name} autoFocus autoComplete="off" aria-invalid={invalid}
        aria-describedby={problem ? `${id}-problem` : undefined} onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className={`${ui.button} ${ui.small} ${ui.primary}`} disabled={rename.isPending}>
        {rename.isPending ? t('rename.saving') : t('rename.save')}
      </button>
      <button type="button" className={`${ui.button} ${ui.small}`} onClick={() => onDone()}>{t('common.cancel')}</button>
      {problem && 'reloaded' in problem && (
        <p id={`${id}-problem`} role="status" className={styles.fieldNote}>
          {t('rename.reloaded', { version: format.number(scenario.version), name: quoted(scenario.name, words) })}
        </p>
      )}
      {problem && !('reloaded' in problem) && (
        <div id={`${id}-problem`} role="alert" className={styles.fieldError}>
          <span>{sentence(problem.message)}</span>
          {problem.conflict && (
            <button type="button" className={`${ui.button} ${ui.small}`} onClick={() => void reload()} disabled={reloading}>
              {reloading ? t('common.reloading') : t('common.reload')}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
