'use client';
/** "Recently deleted": what was deleted and when, each with Restore. */
import { excerpt, quoted } from '@/app/_scenarios/format';
import { useWords } from '@/app/_scenarios/use-words';
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
  const words = useWords();
  const { t, format } = words;
  return (
    <table className={styles.table}>
      <caption className={ui.srOnly}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columns.name')}</th>
          <th scope="col">{t('columns.tags')}</th>
          <th scope="col" aria-sort="descending">{t('columns.deleted')}</th>
          <th scope="col" className={styles.number}>{t('columns.version')}</th>
          <th scope="col"><span className={ui.srOnly}>{t('columns.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {scenarios.map((scenario) => {
          const deletedAt = scenario.deletedAt ?? scenario.updatedAt;
          return (
            <tr key={scenario.id} data-scenario-id={scenario.id}>
              <th scope="row" className={styles.nameCell}>
                <span className={styles.deletedName}>{scenario.name}</span>
                {scenario.description && <p className={styles.excerpt} dir="auto">{excerpt(scenario.description)}</p>}
              </th>
              <td className={styles.tagsCell}><TagList tags={scenario.tags} /></td>
              <td className={styles.nowrap}>
                <time dateTime={deletedAt}>
                  {format.dateTime(deletedAt)}
                </time>
              </td>
              <td className={styles.number}>{format.number(scenario.version)}</td>
              <td className={styles.actionsCell}>
                <div className={styles.actions}>
                  <button
                    type="button" className={`${ui.button} ${ui.small}`} aria-label={t('row.restore', { name: quoted(scenario.name, words) })}
                    disabled={busyId === scenario.id} onClick={() => onRestore(scenario)}
                  >
                    {t('row.restoreButton')}
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
