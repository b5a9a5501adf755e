'use client';
/** The versions of a scenario, newest first, each with what changed from the one before and a way back to it. */
import { noteInWords } from '@/app/_scenarios/format';
import { useWords } from '@/app/_scenarios/use-words';
import { arrowIn } from '@/app/_scenarios/words';
import type { VersionWithChanges } from '@/app/_scenarios/version-diff';
import styles from './history.module.css';
import ui from './ui.module.css';

interface Props {
  versions: VersionWithChanges[];
  currentVersion: number;
  /** The version being restored, if any: every Restore waits for it. */
  restoring: number | null;
  /** Whether the user may restore (owner or editor): viewers see the history only. */
  canRestore: boolean;
  onRestore: (version: number) => void;
}

export function VersionList({ versions, currentVersion, restoring, canRestore, onRestore }: Props) {
  const words = useWords();
  const { t, format } = words;
  return (
    <ol className={styles.versions} aria-label={t('history.versionsLabel')}>
      {versions.map(({ version, previous, changes, sameAsLatest }) => {
        const current = version.version === currentVersion;
        const headingId = `version-${version.version}`;
        const n = format.number(version.version);
        const before = previous === null ? '' : format.number(previous);
        return (
          <li key={version.version}>
            <article className={styles.version} aria-labelledby={headingId} data-current={current} data-version={version.version}>
              <div className={styles.versionHeader}>
                <h3 id={headingId}>{t('history.version', { n })}</h3>
                {current && <span className={styles.badge}>{t('history.current')}</span>}
              </div>
              <p className={styles.versionMeta}>
                <time dateTime={version.savedAt}>{format.dateTime(version.savedAt)}</time> · {noteInWords(version.note, words)}
                {version.savedBy && <> · <span data-saved-by>{t('history.savedBy', { name: version.savedBy })}</span></>}
                {' · '}{t('history.model', { version: version.modelVersion })}
              </p>
              {previous === null ? (
                <p className={styles.noChanges}>{t('history.first')}</p>
              ) : changes.length === 0 ? (
                <p className={styles.noChanges}>{t('history.noChanges', { n: before })}</p>
              ) : (
                <>
                  <h4 className={styles.changesTitle}>{t('history.changedFrom', { n: before })}</h4>
                  <ul className={styles.changes}>
                    {changes.map((change) => (
                      <li key={change.field} data-field={change.field}>
                        <span className={styles.changeLabel}>{change.label}</span>:{' '}
                        <span className={styles.from}>{change.from}</span>
                        <span className={styles.arrow} aria-hidden="true">{arrowIn(format.locale)}</span>
                        <span className={ui.srOnly}> {t('history.changedTo')} </span>
                        <span className={styles.to}>{change.to}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {!current && canRestore && (
                <div className={styles.versionActions}>
                  {sameAsLatest ? (
                    <span className={ui.muted}>{t('history.sameAsCurrent')}</span>
                  ) : (
                    <button type="button" className={`${ui.button} ${ui.small}`} disabled={restoring !== null} onClick={() => onRestore(version.version)}>
                      {restoring === version.version ? t('history.restoring') : t('history.restore', { n })}
                    </button>
                  )}
                </div>
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
