'use client';
/** Saved scenarios or the recently deleted ones: two toggle buttons, the pressed one is the view shown. */
import type { ListView } from '@/app/_scenarios/list-query';
import styles from './list.module.css';

const VIEWS: readonly { view: ListView; label: string }[] = [
  { view: 'saved', label: 'Saved' },
  { view: 'deleted', label: 'Recently deleted' },
];

export function ViewSwitch({ view, onChange }: { view: ListView; onChange: (view: ListView) => void }) {
  return (
    <div role="group" aria-label="Which scenarios to list" className={styles.viewSwitch}>
      {VIEWS.map((v) => (
        <button key={v.view} type="button" aria-pressed={view === v.view} onClick={() => onChange(v.view)}>
          {v.label}
        </button>
      ))}
    </div>
  );
}
