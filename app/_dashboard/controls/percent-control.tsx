'use client';
/** A 0–100 assumption: a slider, its value, and the historical anchors of the scale. */
import { memo, useId } from 'react';
import { useWords } from '../use-words';
import { localDigits, plainNumber } from '../words';
import { ControlHeader } from './control-header';
import styles from './controls.module.css';
import type { ControlProps, Domain } from './types';

export const PercentControl = memo(function PercentControl({ meta, value, statusQuo, sources, onChange }: ControlProps<number>) {
  const id = useId();
  const domain = meta.domain as Domain<'percent'>;
  const modified = value !== statusQuo;
  const w = useWords();
  return (
    <div className={`${styles.control} ${modified ? styles.modified : ''}`}>
      <ControlHeader meta={meta} sources={sources} htmlFor={id} labelId={`${id}-label`} value={plainNumber(w, value)} modified={modified} onReset={() => onChange(meta.id, statusQuo)} />
      <input
        id={id}
        className={styles.range}
        type="range"
        min={domain.min}
        max={domain.max}
        step={domain.step}
        value={value}
        aria-describedby={`${id}-anchors`}
        onChange={(event) => onChange(meta.id, Number(event.target.value))}
      />
      <p id={`${id}-anchors`} className={styles.anchors}>
        {w.t('controls.anchors', {
          anchors: domain.anchors.map((a) => `${localDigits(w, String(a.value))}: ${a.label}`).join(' · '),
          value: plainNumber(w, statusQuo),
        })}
      </p>
    </div>
  );
});
