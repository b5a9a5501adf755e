'use client';
/** Saved scenarios or the recently deleted ones: two toggle buttons, the pressed one is the view shown. */
import { useTranslations } from 'next-intl';
import type { ListView } from '@/app/_scenarios/list-query';
import styles from './list.module.css';

const VIEWS: readonly ListView[] = ['saved', 'deleted'];

export function ViewSwitch({ view, onChange }: { view: ListView; onChange: (view: ListView) => void }) {
  const t = useTranslations('scenarios');
  return (
    <div role="group" aria-label={t('views.label')} className={styles.viewSwitch}>
      {VIEWS.map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => onChange(v)}>
          {v === 'saved' ? t('views.saved') : t('views.deleted')}
        </button>
      ))}
    </div>
  );
}
