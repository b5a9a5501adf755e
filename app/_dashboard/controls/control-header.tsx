/** A control's first line: its label, its current value, help and reset to status quo. */
'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { HelpPopover, type HelpSource } from './help-popover';
import styles from './controls.module.css';
import type { AssumptionDescription } from './types';

interface Props {
  meta: AssumptionDescription;
  sources: HelpSource[];
  /** The id of the input the label names, or null when a group names itself. */
  htmlFor: string | null;
  labelId: string;
  value?: ReactNode;
  modified: boolean;
  onReset: () => void;
}

export function ControlHeader({ meta, sources, htmlFor, labelId, value, modified, onReset }: Props) {
  const t = useTranslations('dashboard');
  const mark = <span className={styles.modifiedMark} aria-hidden="true" title={t('controls.differs')}>•</span>;
  return (
    <div className={styles.header}>
      {/* aria-hidden keeps the mark out of the control's accessible name, which stays its label. */}
      {htmlFor ? (
        <label className={styles.label} htmlFor={htmlFor} id={labelId}>{meta.label}{modified && mark}</label>
      ) : (
        <span className={styles.label} id={labelId}>{meta.label}{modified && mark}</span>
      )}
      {value !== undefined && <output className={styles.value} htmlFor={htmlFor ?? undefined}>{value}</output>}
      <HelpPopover anchor={meta.id} label={meta.label} help={meta.help} sources={sources} />
      <button
        type="button"
        className={`${styles.iconButton} ${styles.resetIcon}`}
        aria-label={t('controls.reset', { label: meta.label })}
        title={t('controls.resetTitle')}
        disabled={!modified}
        onClick={onReset}
      >
        ↺
      </button>
    </div>
  );
}
