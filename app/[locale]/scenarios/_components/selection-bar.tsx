'use client';
/** What to do with the selected scenarios: compare two to four, export them, or clear the selection. */
import { useId } from 'react';
import { countOf } from '@/app/_scenarios/format';
import styles from './list.module.css';
import ui from './ui.module.css';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

interface Props {
  count: number;
  /** Selected but filtered out of the rows shown. */
  hidden: number;
  exporting: boolean;
  onCompare: () => void;
  onExport: () => void;
  onClear: () => void;
}

function compareHint(count: number): string {
  if (count > COMPARE_MAX) return `Compare takes at most ${COMPARE_MAX} scenarios.`;
  if (count < COMPARE_MIN) return `Select ${COMPARE_MIN} to ${COMPARE_MAX} scenarios to compare them.`;
  return `Compare these ${count} side by side.`;
}

export function SelectionBar({ count, hidden, exporting, onCompare, onExport, onClear }: Props) {
  const id = useId();
  const canCompare = count >= COMPARE_MIN && count <= COMPARE_MAX;
  return (
    <div role="group" aria-label="Selected scenarios" className={styles.selectionBar} data-active={count > 0}>
      <p className={styles.selectionText}>
        {count === 0 ? 'None selected.' : `${countOf(count, 'scenario')} selected${hidden ? ` (${hidden} not shown by the current filters)` : ''}.`}{' '}
        <span id={`${id}-hint`} className={ui.muted}>{compareHint(count)}</span>
      </p>
      <button type="button" className={`${ui.button} ${canCompare ? ui.primary : ''}`} disabled={!canCompare} aria-describedby={`${id}-hint`} onClick={onCompare}>
        Compare
      </button>
      <button type="button" className={ui.button} disabled={count === 0 || exporting} onClick={onExport}>
        Export selected
      </button>
      <button type="button" className={ui.button} disabled={count === 0} onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
