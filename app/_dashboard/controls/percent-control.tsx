'use client';
/** A 0–100 assumption: a slider, its value, and the historical anchors of the scale. */
import { memo, useId } from 'react';
import { ControlHeader } from './control-header';
import styles from './controls.module.css';
import type { ControlProps, Domain } from './types';

export const PercentControl = memo(function PercentControl({ meta, value, statusQuo, sources, onChange }: ControlProps<number>) {
  const id = useId();
  const domain = meta.domain as Domain<'percent'>;
  const modified = value !== statusQuo;
  return (
    <div className={`${styles.control} ${modified ? styles.modified : ''}`}>
      <ControlHeader meta={meta} sources={sources} htmlFor={id} labelId={`${id}-label`} value={value} modified={modified} onReset={() => onChange(meta.id, statusQuo)} />
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
        {domain.anchors.map((a) => `${a.value}: ${a.label}`).join(' · ')} · status quo {statusQuo}
      </p>
    </div>
  );
});
