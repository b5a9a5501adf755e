'use client';
/** One saved scenario in the list: select, open, history, rename in place, duplicate, delete. */
import Link from 'next/link';
import { useRef, useState } from 'react';
import { excerpt, formatDate, formatTime, horizonInWords, quoted } from '@/app/_scenarios/format';
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
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const { id, name } = scenario;
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
        <input type="checkbox" checked={selected} aria-label={`Select ${quoted(name)}`} onChange={(event) => onSelect(event.target.checked)} />
      </td>
      <th scope="row" className={styles.nameCell}>
        {renaming ? (
          <RenameForm scenario={scenario} onDone={finishRename} />
        ) : (
          <>
            <Link href={`/?scenario=${id}`} className={styles.name}>{name}</Link>
            {scenario.description && <p className={styles.excerpt}>{excerpt(scenario.description)}</p>}
          </>
        )}
      </th>
      <td className={styles.tagsCell}><TagList tags={scenario.tags} /></td>
      <td className={styles.nowrap}>{horizonInWords(scenario.horizonMonths)}</td>
      <td className={styles.nowrap}>
        <time dateTime={date}>
          {formatDate(date)}
          <span className={styles.time}>{formatTime(date)}</span>
        </time>
      </td>
      <td className={styles.number}>{scenario.version}</td>
      <td className={styles.actionsCell}>
        <div className={styles.actions}>
          <Link href={`/?scenario=${id}`} className={`${ui.button} ${ui.small}`} aria-label={`Open ${quoted(name)} on the dashboard`}>Open</Link>
          <Link href={`/scenarios/${id}`} className={`${ui.button} ${ui.small}`} aria-label={`Version history of ${quoted(name)}`}>History</Link>
          <button ref={renameButton} type="button" className={`${ui.button} ${ui.small}`} aria-label={`Rename ${quoted(name)}`} disabled={busy || renaming} onClick={() => setRenaming(true)}>
            Rename
          </button>
          <button type="button" className={`${ui.button} ${ui.small}`} aria-label={`Duplicate ${quoted(name)}`} disabled={busy} onClick={onDuplicate}>
            Duplicate
          </button>
          <button type="button" className={`${ui.button} ${ui.small} ${ui.danger}`} aria-label={`Delete ${quoted(name)}`} disabled={busy} onClick={onDelete}>
            Delete
          </button>
        </div>
      </td>
    </tr>
  );
}
