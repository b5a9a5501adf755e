'use client';
/** "Recently deleted": what was deleted and when, each with Restore. */
import { excerpt, formatDate, formatTime, quoted } from '@/app/_scenarios/format';
import type { ScenarioSummary } from '@/server/scenarios/schema';
import { TagList } from './tag-list';
import styles from './list.module.css';
import ui from './ui.module.css';

interface Props {
  scenarios: ScenarioSummary[];
  caption: string;
  busyId: string | null;
  onRestore: (scenario: ScenarioSummary) => void;
}

export function DeletedTable({ scenarios, caption, busyId, onRestore }: Props) {
  return (
    <table className={styles.table}>
      <caption className={ui.srOnly}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Tags</th>
          <th scope="col" aria-sort="descending">Deleted</th>
          <th scope="col" className={styles.number}>Version</th>
          <th scope="col"><span className={ui.srOnly}>Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {scenarios.map((scenario) => {
          const deletedAt = scenario.deletedAt ?? scenario.updatedAt;
          return (
            <tr key={scenario.id} data-scenario-id={scenario.id}>
              <th scope="row" className={styles.nameCell}>
                <span className={styles.deletedName}>{scenario.name}</span>
                {scenario.description && <p className={styles.excerpt}>{excerpt(scenario.description)}</p>}
              </th>
              <td className={styles.tagsCell}><TagList tags={scenario.tags} /></td>
              <td className={styles.nowrap}>
                <time dateTime={deletedAt}>
                  {formatDate(deletedAt)}
                  <span className={styles.time}>{formatTime(deletedAt)}</span>
                </time>
              </td>
              <td className={styles.number}>{scenario.version}</td>
              <td className={styles.actionsCell}>
                <div className={styles.actions}>
                  <button
                    type="button" className={`${ui.button} ${ui.small}`} aria-label={`Restore ${quoted(scenario.name)}`}
                    disabled={busyId === scenario.id} onClick={() => onRestore(scenario)}
                  >
                    Restore
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
