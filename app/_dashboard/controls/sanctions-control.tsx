'use client';
/** The eleven UN resolutions: a checklist with quick picks (none, the Hanoi five, all). */
import { memo, useId } from 'react';
import { HANOI_FIVE, type ResolutionNumber } from '@/server/model/resolutions';
import type { ModelDescription } from '@/server/model/describe';
import { sameValue } from '../scenario';
import { useWords } from '../use-words';
import { localDigits, plainNumber } from '../words';
import { ControlHeader } from './control-header';
import styles from './controls.module.css';
import type { ControlProps } from './types';

interface Props extends ControlProps<ResolutionNumber[]> {
  resolutions: ModelDescription['resolutions'];
}

export const SanctionsControl = memo(function SanctionsControl({ meta, value, statusQuo, sources, onChange, resolutions }: Props) {
  const id = useId();
  const all = resolutions.map((r) => r.number as ResolutionNumber);
  const w = useWords();
  const { t } = w;
  const picks: [string, ResolutionNumber[]][] = [
    [t('controls.sanctions.none'), []],
    [t('controls.sanctions.hanoiFive'), [...HANOI_FIVE]],
    [t('controls.sanctions.all'), all],
  ];
  const toggle = (n: ResolutionNumber, on: boolean) => onChange(meta.id, on ? [...value, n].sort((a, b) => a - b) : value.filter((v) => v !== n));
  const modified = !sameValue(value, statusQuo);
  return (
    <div className={`${styles.control} ${modified ? styles.modified : ''}`} role="group" aria-labelledby={`${id}-label`}>
      <ControlHeader meta={meta} sources={sources} htmlFor={null} labelId={`${id}-label`} value={t('controls.sanctions.count', { count: plainNumber(w, value.length), total: plainNumber(w, all.length) })} modified={modified} onReset={() => onChange(meta.id, statusQuo)} />
      <div className={styles.picks}>
        {picks.map(([label, set]) => (
          <button key={label} type="button" className={styles.pick} aria-pressed={sameValue(value, set)} onClick={() => onChange(meta.id, set)}>
            {label}
          </button>
        ))}
      </div>
      <ul className={styles.checklist}>
        {resolutions.map((r) => (
          <li key={r.number}>
            <label className={styles.check}>
              <input
                type="checkbox"
                checked={value.includes(r.number as ResolutionNumber)}
                aria-label={t('controls.sanctions.resolution', { number: localDigits(w, String(r.number)), adopted: w.format.locale === 'en' ? r.adopted : w.format.date(r.adopted) })}
                aria-describedby={`${id}-${r.number}`}
                onChange={(event) => toggle(r.number as ResolutionNumber, event.target.checked)}
              />
              <span className={styles.checkNumber}>{localDigits(w, String(r.number))}</span>
              <span className={styles.checkBans} id={`${id}-${r.number}`}>{localDigits(w, r.adopted.slice(0, 4))} · {r.bans}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
});
