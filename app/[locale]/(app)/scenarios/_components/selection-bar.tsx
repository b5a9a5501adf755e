'use client';
/** What to do with the selected scenarios: compare two to four, export them, or clear the selection. */
import { useId } from 'react';
import { useWords } from '@/app/_scenarios/use-words';
import type { Words } from '@/app/_scenarios/words';
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

function compareHint(count: number, { t, format }: Words): string {
  const [min, max] = [format.number(COMPARE_MIN), format.number(COMPARE_MAX)];
  if (count > COMPARE_MAX) return t('selection.tooMany', { max });
  if (count < COMPARE_MIN) return t('selection.tooFew', { min, max });
  return t('selection.ready', { count, n: format.number(count) });
}

export function SelectionBar({ count, hidden, exporting, onCompare, onExport, onClear }: Props) {
  const id = useId();
  const words = useWords();
  const { t, format } = words;
  const canCompare = count >= COMPARE_MIN && count <= COMPARE_MAX;
  return (
    <div role="group" aria-label={t('selection.label')} className={styles.selectionBar} data-active={count > 0}>
      <p className={styles.selectionText}>
        {count === 0
          ? t('selection.none')
          : hidden
            ? t('selection.countHidden', { count, n: format.number(count), hidden: format.number(hidden) })
            : t('selection.count', { count, n: format.number(count) })}{' '}
        <span id={`${id}-hint`} className={ui.muted}>{compareHint(count, words)}</span>
      </p>
      <button type="button" className={`${ui.button} ${canCompare ? ui.primary : ''}`} disabled={!canCompare} aria-describedby={`${id}-hint`} onClick={onCompare}>
        {t('selection.compare')}
      </button>
      <button type="button" className={ui.button} disabled={count === 0 || exporting} onClick={onExport}>
        {t('selection.export')}
      </button>
      <button type="button" className={ui.button} disabled={count === 0} onClick={onClear}>
        {t('selection.clear')}
      </button>
    </div>
  );
}
