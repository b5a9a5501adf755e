'use client';
/** The saved scenarios as a table: one row per scenario, a header checkbox for all rows shown. */
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { ListQuery } from '@/app/_scenarios/list-query';
import type { ScenarioSummary } from '@/server/scenarios/schema';
import { ScenarioRow } from './scenario-row';
import styles from './list.module.css';
import ui from './ui.module.css';

interface Props {
  scenarios: ScenarioSummary[];
  query: ListQuery;
  caption: string;
  selected: readonly string[];
  busyId: string | null;
  onSelect: (ids: string[], selected: boolean) => void;
  onDuplicate: (scenario: ScenarioSummary) => void;
  onDelete: (scenario: ScenarioSummary) => void;
  onRenamed: (scenario: ScenarioSummary, name: string) => void;
}

const ariaSort = (query: ListQuery, column: ListQuery['sort']) =>
  query.sort === column ? (query.direction === 'asc' ? 'ascending' : 'descending') : undefined;

export function ScenarioTable({ scenarios, query, caption, selected, busyId, onSelect, onDuplicate, onDelete, onRenamed }: Props) {
  const t = useTranslations('scenarios');
  const selectAll = useRef<HTMLInputElement>(null);
  const shownSelected = scenarios.filter((s) => selected.includes(s.id)).length;
  const all = scenarios.length > 0 && shownSelected === scenarios.length;
  useEffect(() => {
    // "Some selected" has no HTML attribute: the mixed state is set on the element.
    if (selectAll.current) selectAll.current.indeterminate = shownSelected > 0 && !all;
  }, [shownSelected, all]);
  const dateField = query.sort === 'created' ? 'createdAt' : 'updatedAt';

  return (
    <table className={styles.table}>
      <caption className={ui.srOnly}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.checkCell}>
            <input
              ref={selectAll} type="checkbox" checked={all} aria-label={t('list.selectAll')}
              onChange={(event) => onSelect(scenarios.map((s) => s.id), event.target.checked)}
            />
          </th>
          <th scope="col" aria-sort={ariaSort(query, 'name')}>{t('columns.name')}</th>
          <th scope="col">{t('columns.tags')}</th>
          <th scope="col">{t('columns.horizon')}</th>
          <th scope="col" aria-sort={ariaSort(query, dateField === 'createdAt' ? 'created' : 'updated')}>
            {dateField === 'createdAt' ? t('columns.created') : t('columns.updated')}
          </th>
          <th scope="col" className={styles.number}>{t('columns.version')}</th>
          <th scope="col"><span className={ui.srOnly}>{t('columns.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {scenarios.map((scenario) => (
          <ScenarioRow
            key={scenario.id}
            scenario={scenario}
            dateField={dateField}
            selected={selected.includes(scenario.id)}
            busy={busyId === scenario.id}
            onSelect={(on) => onSelect([scenario.id], on)}
            onDuplicate={() => onDuplicate(scenario)}
            onDelete={() => onDelete(scenario)}
            onRenamed={(name) => onRenamed(scenario, name)}
          />
        ))}
      </tbody>
    </table>
  );
}
