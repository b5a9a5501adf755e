'use client';
/** Every assumption, grouped as the model's metadata groups them, each with the control its domain calls for. */
import { useMemo } from 'react';
import type { Assumptions } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';
import type { ResolutionNumber } from '@/server/model/resolutions';
import { OptionControl } from './option-control';
import { PercentControl } from './percent-control';
import { SanctionsControl } from './sanctions-control';
import { SwitchControl } from './switch-control';
import styles from './controls.module.css';
import type { AssumptionDescription, ChangeAssumption } from './types';

interface Props {
  description: ModelDescription;
  assumptions: Assumptions;
  onChange: ChangeAssumption;
}

export function ControlColumn({ description, assumptions, onChange }: Props) {
  // Computed once per description, so each control gets the same array every render.
  const sources = useMemo(
    () => new Map(description.assumptions.map((meta) => [meta.id, meta.sources.map((s) => description.sources[s] ?? { file: s, title: '' })])),
    [description],
  );
  const sourcesOf = (meta: AssumptionDescription) => sources.get(meta.id) ?? [];
  const control = (meta: AssumptionDescription) => {
    const common = { meta, sources: sourcesOf(meta), key: meta.id };
    const statusQuo = description.statusQuo;
    switch (meta.domain.kind) {
      case 'percent': {
        const id = meta.id as 'exerciseScale';
        return <PercentControl {...common} value={assumptions[id]} statusQuo={statusQuo[id]} onChange={onChange} />;
      }
      case 'enum':
        return (
          <OptionControl {...common} value={String(assumptions[meta.id])} statusQuo={String(statusQuo[meta.id])}
            onChange={onChange} />
        );
      case 'boolean': {
        const id = meta.id as 'yongbyonDismantlement';
        return <SwitchControl {...common} value={assumptions[id]} statusQuo={statusQuo[id]} onChange={onChange} />;
      }
      case 'resolutions':
        return (
          <SanctionsControl {...common} resolutions={description.resolutions} value={assumptions.sanctionsLifted as ResolutionNumber[]}
            statusQuo={statusQuo.sanctionsLifted as ResolutionNumber[]} onChange={onChange} />
        );
    }
  };
  return (
    <>
      {description.groups.map((group) => (
        <fieldset key={group.id} className={styles.group}>
          <legend>{group.label}</legend>
          {description.assumptions.filter((a) => a.group === group.id).map(control)}
        </fieldset>
      ))}
    </>
  );
}
