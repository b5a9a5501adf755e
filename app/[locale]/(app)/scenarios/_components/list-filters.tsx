'use client';
/** Search (all views), whose, tag and sort (saved view). The search is typed freely; the list follows after a pause. */
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { SORT_CHOICES, sortLabel, type ListQuery } from '@/app/_scenarios/list-query';
import { useFormat } from '@/app/_components/format-context';
import { loose } from '@/app/_scenarios/words';
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
  const t = useTranslations('scenarios');
  const format = useFormat();
  // A tag from the URL that no saved scenario carries any more is still shown as chosen.
  const tagOptions = query.tag && !tags.some((x) => x.tag === query.tag) ? [{ tag: query.tag, count: 0 }, ...tags] : tags;
  return (
    <div role="search" aria-label={t('filters.label')} className={styles.filters}>
      <div className={`${styles.field} ${styles.searchField}`}>
        <label htmlFor={`${id}-search`}>{t('filters.search')}</label>
        <input
          id={`${id}-search`} type="search" value={searchText} placeholder={t('filters.searchPlaceholder')} autoComplete="off"
          onChange={(event) => onSearchText(event.target.value)}
        />
      </div>
      {query.view === 'saved' ? (
        <>
          <div className={styles.field}>
            <label htmlFor={`${id}-whose`}>{t('filters.whose')}</label>
            <select id={`${id}-whose`} value={query.whose} onChange={(event) => onChange({ whose: event.target.value as ListQuery['whose'] })}>
              <option value="all">{t('filters.whoseAll')}</option>
              <option value="mine">{t('filters.whoseMine')}</option>
              <option value="shared">{t('filters.whoseShared')}</option>
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-tag`}>{t('filters.tag')}</label>
            <select id={`${id}-tag`} value={query.tag} onChange={(event) => onChange({ tag: event.target.value })}>
              <option value="">{t('filters.allTags')}</option>
              {tagOptions.map((option) => <option key={option.tag} value={option.tag}>{`${option.tag} (${format.number(option.count)})`}</option>)}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-sort`}>{t('filters.sortBy')}</label>
            <select
              id={`${id}-sort`} value={`${query.sort}:${query.direction}`}
              onChange={(event) => {
                const choice = SORT_CHOICES.find((c) => `${c.sort}:${c.direction}` === event.target.value);
                if (choice) onChange({ sort: choice.sort, direction: choice.direction });
              }}
            >
              {SORT_CHOICES.map((c) => <option key={`${c.sort}:${c.direction}`} value={`${c.sort}:${c.direction}`}>{sortLabel(c, loose(t))}</option>)}
            </select>
          </div>
        </>
      ) : (
        <p className={styles.filterNote}>{t('filters.deletedNote')}</p>
      )}
    </div>
  );
}
