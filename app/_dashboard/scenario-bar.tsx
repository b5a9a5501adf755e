'use client';
/** Top of the control column: preset, horizon and reset-all. */
import { useId } from 'react';
import type { ModelDescription } from '@/server/model/describe';
import { HORIZON_CHOICES } from './scenario';
import { useWords } from './use-words';
import { plainNumber } from './words';
import styles from './dashboard.module.css';

interface Props {
  presets: ModelDescription['presets'];
  presetId: string | null;
  modified: boolean;
  horizonMonths: number;
  atStatusQuo: boolean;
  onPreset: (id: string) => void;
  onHorizon: (months: number) => void;
  onResetAll: () => void;
}

export function ScenarioBar({ presets, presetId, modified, horizonMonths, atStatusQuo, onPreset, onHorizon, onResetAll }: Props) {
  const id = useId();
  const w = useWords();
  const { t } = w;
  const horizons = HORIZON_CHOICES.includes(horizonMonths as (typeof HORIZON_CHOICES)[number]) ? HORIZON_CHOICES : [...HORIZON_CHOICES, horizonMonths].sort((a, b) => a - b);
  const preset = presets.find((p) => p.id === presetId);
  return (
    <div className={styles.scenarioBar}>
      <div className={styles.field}>
        <label htmlFor={`${id}-preset`}>{t('controls.preset')}</label>
        <select id={`${id}-preset`} value={presetId ?? ''} onChange={(event) => onPreset(event.target.value)}>
          {presetId === null && <option value="">{t('scenario.custom')}</option>}
          {presets.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        {preset && modified && <span className={styles.modifiedTag}>{t('controls.modified')}</span>}
      </div>
      {preset && <p className={styles.rationale}>{preset.rationale}</p>}
      <div className={styles.barRow}>
        <div className={styles.field}>
          <label htmlFor={`${id}-horizon`}>{t('controls.horizon')}</label>
          <select id={`${id}-horizon`} value={horizonMonths} onChange={(event) => onHorizon(Number(event.target.value))}>
            {horizons.map((m) => <option key={m} value={m}>{t('controls.months', { count: m, months: plainNumber(w, m) })}</option>)}
          </select>
        </div>
        <button type="button" className={styles.resetAll} disabled={atStatusQuo} onClick={onResetAll}>
          {t('controls.resetAll')}
        </button>
      </div>
    </div>
  );
}
