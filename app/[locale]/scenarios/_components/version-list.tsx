'use client';
/** The versions of a scenario, newest first, each with what changed from the one before and a way back to it. */
import { formatDateTime, noteInWords } from '@/app/_scenarios/format';
import type { VersionWithChanges } from '@/app/_scenarios/version-diff';
import styles from './history.module.css';
import ui from './ui.module.css';

interface Props {
  versions: VersionWithChanges[];
  currentVersion: number;
  /** The version being restored, if any: every Restore waits for it. */
  restoring: number | null;
  onRestore: (version: number) => void;
}

export function VersionList({ versions, currentVersion, restoring, onRestore }: Props) {
  return (
    <ol className={styles.versions} aria-label="Versions, newest first">
      {versions.map(({ version, previous, changes, sameAsLatest }) => {
        const current = version.version === currentVersion;
        const headingId = `version-${version.version}`;
        return (
          <li key={version.version}>
            <article className={styles.version} aria-labelledby={headingId} data-current={current} data-version={version.version}>
              <div className={styles.versionHeader}>
                <h3 id={headingId}>Version {version.version}</h3>
                {current && <span className={styles.badge}>Current</span>}
              </div>
              <p className={styles.versionMeta}>
                <time dateTime={version.savedAt}>{formatDateTime(version.savedAt)}</time> · {noteInWords(version.note)} · model {version.modelVersion}
              </p>
              {previous === null ? (
                <p className={styles.noChanges}>The first version kept.</p>
              ) : changes.length === 0 ? (
                <p className={styles.noChanges}>No changes from version {previous}.</p>
              ) : (
                <>
                  <h4 className={styles.changesTitle}>Changed from version {previous}</h4>
                  <ul className={styles.changes}>
                    {changes.map((change) => (
                      <li key={change.field} data-field={change.field}>
                        <span className={styles.changeLabel}>{change.label}</span>:{' '}
                        <span className={styles.from}>{change.from}</span>
                        <span className={styles.arrow} aria-hidden="true">→</span>
                        <span className={ui.srOnly}> changed to </span>
                        <span className={styles.to}>{change.to}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {!current && (
                <div className={styles.versionActions}>
                  {sameAsLatest ? (
                    <span className={ui.muted}>Same content as the current version.</span>
                  ) : (
                    <button type="button" className={`${ui.button} ${ui.small}`} disabled={restoring !== null} onClick={() => onRestore(version.version)}>
                      {restoring === version.version ? 'Restoring…' : `Restore version ${version.version}`}
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
