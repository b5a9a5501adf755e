'use client';
/** A failed load, said in place, with a Retry that asks again. */
import type { ReactNode } from 'react';
import { errorInfo } from '@/app/_scenarios/errors';
import { useWords } from '@/app/_scenarios/use-words';
import ui from './ui.module.css';

interface Props {
  /** What could not be loaded: the list, one scenario, its versions. */
  what: 'scenarios' | 'scenario' | 'versions';
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
  children?: ReactNode;
}

export function QueryError({ what, error, onRetry, retrying = false, children }: Props) {
  const { t } = useWords();
  const reason = errorInfo(error, t).message;
  return (
    <div role="alert" className={ui.alert}>
      <p className={ui.grow}>
        {what === 'scenarios' ? t('errors.loadScenarios', { reason }) : what === 'scenario' ? t('errors.loadScenario', { reason }) : t('errors.loadVersions', { reason })}
      </p>
      {children}
      <button type="button" className={ui.button} onClick={onRetry} disabled={retrying}>
        {retrying ? t('common.retrying') : t('common.retry')}
      </button>
    </div>
  );
}
