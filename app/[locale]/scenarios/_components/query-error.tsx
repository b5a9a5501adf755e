'use client';
/** A failed load, said in place, with a Retry that asks again. */
import type { ReactNode } from 'react';
import { errorInfo } from '@/app/_scenarios/errors';
import ui from './ui.module.css';

interface Props {
  what: string;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
  children?: ReactNode;
}

export function QueryError({ what, error, onRetry, retrying = false, children }: Props) {
  return (
    <div role="alert" className={ui.alert}>
      <p className={ui.grow}>
        Could not load {what}: {errorInfo(error).message}
      </p>
      {children}
      <button type="button" className={ui.button} onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
