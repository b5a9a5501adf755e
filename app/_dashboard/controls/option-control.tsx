'use client';
/** An enumeration: a segmented radio group (arrow keys move between options). */
import { memo, useId } from 'react';
import { ControlHeader } from './control-header';
import styles from './controls.module.css';
import type { ControlProps, Domain } from './types';

export const OptionControl = memo(function OptionControl({ meta, value, statusQuo, sources, onChange }: ControlProps<string>) {
  const id = useId();
  const domain = meta.domain as Domain<'enum'>;
  const modified = value !== statusQuo;
  return (
    <div className={`${styles.control} ${modified ? styles.modified : ''}`}>
      <ControlHeader meta={meta} sources={sources} htmlFor={null} labelId={`${id}-label`} modified={modified} onReset={() => onChange(meta.id, statusQuo)} />
      <div role="radiogroup" aria-labelledby={`${id}-label`} className={styles.segments}>
        {domain.options.map((option) => (
          <label key={option.value} className={styles.segment}>
            <input type="radio" name={id} value={option.value} checked={value === option.value} onChange={() => onChange(meta.id, option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
});
