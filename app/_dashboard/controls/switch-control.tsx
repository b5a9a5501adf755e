'use client';
/** A yes/no assumption: a switch. */
import { memo, useId } from 'react';
import { ControlHeader } from './control-header';
import styles from './controls.module.css';
import type { ControlProps, Domain } from './types';

export const SwitchControl = memo(function SwitchControl({ meta, value, statusQuo, sources, onChange }: ControlProps<boolean>) {
  const id = useId();
  const domain = meta.domain as Domain<'boolean'>;
  const modified = value !== statusQuo;
  return (
    <div className={`${styles.control} ${modified ? styles.modified : ''}`}>
      <ControlHeader meta={meta} sources={sources} htmlFor={id} labelId={`${id}-label`} modified={modified} onReset={() => onChange(meta.id, statusQuo)} />
      <div className={styles.switchRow}>
        <input id={id} type="checkbox" role="switch" className={styles.switch} checked={value} onChange={(event) => onChange(meta.id, event.target.checked)} />
        <span aria-hidden="true">{value ? domain.trueLabel : domain.falseLabel}</span>
      </div>
    </div>
  );
});
