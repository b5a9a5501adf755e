'use client';
/**
 * One saved scenario in the list: select, open, history, rename in place, duplicate, delete.
 * A scenario shared with the user says by whom and how; it offers only what they may do
 * (rename: owner or editor; delete: owner), so no button leads to a refusal.
 */
import { useRef, useState } from 'react';
import { excerpt, horizonInWords, quoted } from '@/app/_scenarios/format';
import { useWords } from '@/app/_scenarios/use-words';
import { Link } from '@/server/i18n/navigation';
import type { ScenarioSummary } from '@/server/scenarios/schema';
import { RenameForm } from './rename-form';
import { TagList } from './tag-list';
import styles from './list.module.css';
import ui from './ui.module.css';

interface Props {
  scenario: ScenarioSummary;
  /** Which date the list shows: the one it is sorted by. */
  dateField: 'updatedAt' | 'createdAt';
  selected: boolean;
  busy: boolean;
  onSelect: (selected: boolean) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onRenamed: (name: string) => void;
}

export function ScenarioRow({ scenario, dateField, selected, busy, onSelect, onDuplicate, onDelete, onRenamed }: Props) {
  const words = useWords();
  const { t, format } = words;
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const { id, name } = scenario;
  const q = quoted(name, words);
  const date = scenario[dateField];

  const finishRename = (renamedTo?: string) => {
    setRenaming(false);
    if (renamedTo) onRenamed(renamedTo);
    // Back where the user started, once the button is rendered again.
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    <tr data-selected={selected} data-scenario-id={id}>
      <td className={styles.checkCell}>
        <input type="checkbox" checked={selected} aria-label={t('row.select', { name: q })} onChange={(event) => onSelect(event.target.checked)} />
      </td>
      <th scope="row" className={styles.nameCell}>
        {renaming ? (
          <RenameForm scenario={scenario} onDone={finishRename} />
        ) : (
          <>
            <Link href={{ pathname: '/', query: { scenario: id } }} className={styles.name} dir="auto">{name}</Link>
            {scenario.access !== 'owner' && (
              <p className={styles.sharedBy} data-access={scenario.access}>
                {t(scenario.access === 'editor' ? 'row.sharedEditor' : 'row.sharedViewer', { owner: scenario.ownerName ?? '' })}
              </p>
            )}
            {scenario.description && <p className={styles.excerpt} dir="auto">{excerpt(scenario.description)}</p>}
          </>
        )}
      </th>
      <td className={styles.tagsCell}><TagList tags={scenario.tags} /></td>
      <td className={styles.nowrap}>{horizonInWords(scenario.horizonMonths, words)}</td>
      <td className={styles.nowrap}>
        <time dateTime={date}>
          {format.dateTime(date)}
        </time>
      </td>
      <td className={styles.number}>{format.number(scenario.version)}</td>
      <td className={styles.actionsCell}>
        <div className={styles.actions}>
          <Link href={{ pathname: '/', query: { scenario: id } }} className={`${ui.button} ${ui.small}`} aria-label={t('row.openLabel', { name: q })}>{t('row.open')}</Link>
          <Link href={`/scenarios/${id}`} className={`${ui.button} ${ui.small}`} aria-label={t('row.historyLabel', { name: q })}>{t('row.history')}</Link>
          {scenario.access !== 'viewer' && (
            <button ref={renameButton} type="button" className={`${ui.button} ${ui.small}`} aria-label={t('row.renameLabel', { name: q })} disabled={busy || renaming} onClick={() => setRenaming(true)}>
              {t('row.rename')}
            </button>
          )}
          <button type="button" className={`${ui.button} ${ui.small}`} aria-label={t('row.duplicateLabel', { name: q })} disabled={busy} onClick={onDuplicate}>
            {t('row.duplicate')}
          </button>
          {scenario.access === 'owner' && (
            <button type="button" className={`${ui.button} ${ui.small} ${ui.danger}`} aria-label={t('row.deleteLabel', { name: q })} disabled={busy} onClick={onDelete}>
              {t('row.delete')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
