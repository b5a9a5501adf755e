'use client';
/**
 * What the last action did, in place above the list: a polite status for
 * successes (with Undo after a delete) and alerts for failures, including
 * every problem of a refused import file.
 */
import { useEffect, useRef } from 'react';
import { quoted } from '@/app/_scenarios/format';
import { useWords } from '@/app/_scenarios/use-words';
import type { ImportResult } from './use-import';
import type { Notice } from './use-scenario-actions';
import styles from './list.module.css';
import ui from './ui.module.css';

// A refused file of 2,000 bad scenarios should not become a page of 2,000 lines.
const PROBLEMS_SHOWN = 20;

export function ActionNotice({ notice, onUndo, onDismiss }: { notice: Notice | null; onUndo: (id: string, name: string) => void; onDismiss: () => void }) {
  const words = useWords();
  const { t } = words;
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The deleted row's buttons are gone: Undo is where the keyboard user continues.
    if (notice?.kind === 'deleted') undo.current?.focus();
  }, [notice]);
  const dismiss = <button type="button" className={`${ui.button} ${ui.small}`} onClick={onDismiss}>{t('common.dismiss')}</button>;
  return (
    <>
      <div role="status" className={notice && notice.kind !== 'error' ? ui.notice : undefined}>
        {notice?.kind === 'info' && <><p className={ui.grow}>{notice.text}</p>{dismiss}</>}
        {notice?.kind === 'deleted' && (
          <>
            <p className={ui.grow}>{t('notices.deleted', { name: quoted(notice.name, words) })}</p>
            <button ref={undo} type="button" className={`${ui.button} ${ui.small} ${ui.primary}`} onClick={() => onUndo(notice.id, notice.name)}>{t('notices.undo')}</button>
            {dismiss}
          </>
        )}
      </div>
      {notice?.kind === 'error' && (
        <div role="alert" className={ui.alert}>
          <p className={ui.grow}>{notice.text}</p>
          {dismiss}
        </div>
      )}
    </>
  );
}

export function ImportMessage({ result, onDismiss }: { result: ImportResult | null; onDismiss: () => void }) {
  const words = useWords();
  const { t, format } = words;
  if (!result) return null;
  const dismiss = <button type="button" className={`${ui.button} ${ui.small}`} onClick={onDismiss}>{t('common.dismiss')}</button>;
  if (result.kind === 'imported') {
    return <div role="status" className={ui.success}><p className={ui.grow}>{result.text}</p>{dismiss}</div>;
  }
  const shown = result.problems.slice(0, PROBLEMS_SHOWN);
  const more = result.problems.length - shown.length;
  return (
    <div role="alert" className={ui.alert}>
      <p className={ui.grow}>
        <strong>{t('import.nothingFrom', { file: quoted(result.fileName, words) })}</strong>
        {result.problems.length > 1 || shown[0]?.where ? <> {t('import.fixProblems')}</> : null}
      </p>
      {dismiss}
      {shown.length === 1 && !shown[0]?.where ? (
        <p className={styles.problemText}>{shown[0]?.message}</p>
      ) : (
        <ul className={styles.problems}>
          {shown.map((problem, i) => (
            <li key={i}>{problem.where ? <><strong>{problem.where}</strong>: </> : null}{problem.message}</li>
          ))}
          {more > 0 && <li>{t('import.moreProblems', { count: more, n: format.number(more) })}</li>}
        </ul>
      )}
    </div>
  );
}
