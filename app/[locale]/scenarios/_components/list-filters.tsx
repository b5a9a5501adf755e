'use client';
/** Search (all views), tag and sort (saved view). The search is typed freely; the list follows after a pause. */
import { useId } from 'react';
import { SORT_CHOICES, type ListQuery } from '@/app/_scenarios/list-query';
import styles from './list.module.css';

interface Props {
  query: ListQuery;
  searchText: string;
  tags: { tag: string; count: number }[];
  onSearchText: (text: string) => void;
  onChange: (changes: Partial<ListQuery>) => void;
}

export function ListFilters({ query, searchText, tags, onSearchText, onChange }: Props) {
  const id = useId();
  // A tag from the URL that no saved scenario carries any more is still shown as chosen.
  const tagOptions = query.tag && !tags.some((t) => t.tag === query.tag) ? [{ tag: query.tag, count: 0 }, ...tags] : tags;
  return (
    <div role="search" aria-label="Filter scenarios" className={styles.filters}>
      <div className={`${styles.field} ${styles.searchField}`}>
        <label htmlFor={`${id}-search`}>Search</label>
        <input
          id={`${id}-search`} type="search" value={searchText} placeholder="Name, description or tag" autoComplete="off"
          onChange={(event) => onSearchText(event.target.value)}
        />
      </div>
      {query.view === 'saved' ? (
        <>
          <div className={styles.field}>
            <label htmlFor={`${id}-tag`}>Tag</label>
            <select id={`${id}-tag`} value={query.tag} onChange={(event) => onChange({ tag: event.target.value })}>
              <option value="">All tags</option>
              {tagOptions.map((t) => <option key={t.tag} value={t.tag}>{`${t.tag} (${t.count})`}</option>)}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-sort`}>Sort by</label>
            <select
              id={`${id}-sort`} value={`${query.sort}:${query.direction}`}
              onChange={(event) => {
                const choice = SORT_CHOICES.find((c) => `${c.sort}:${c.direction}` === event.target.value);
                if (choice) onChange({ sort: choice.sort, direction: choice.direction });
              }}
            >
              {SORT_CHOICES.map((c) => <option key={`${c.sort}:${c.direction}`} value={`${c.sort}:${c.direction}`}>{c.label}</option>)}
            </select>
          </div>
        </>
      ) : (
        <p className={styles.filterNote}>Most recently deleted first. Restore a scenario to use it again.</p>
      )}
    </div>
  );
}
