'use client';
/**
 * The /scenarios page's client side: the list state (kept in the URL), the
 * selection, and the actions on scenarios. The first list arrives prefetched
 * from the server; later ones are fetched as the filters change.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useTRPC } from '@/app/_trpc/client';
import type { AssumptionWords } from '@/app/_scenarios/assumption-words';
import { quoted } from '@/app/_scenarios/format';
import { filtersOf, isFiltered, listInput, listQueryToSearch, type ListQuery } from '@/app/_scenarios/list-query';
import { useWords } from '@/app/_scenarios/use-words';
import { Link, getPathname } from '@/server/i18n/navigation';
import { useDebouncedValue } from '@/app/_scenarios/use-debounced-value';
import { useHydrated } from '@/app/_scenarios/use-hydrated';
import { DeletedTable } from './deleted-table';
import { ImportButton } from './import-button';
import { ListFilters } from './list-filters';
import { ActionNotice, ImportMessage } from './messages';
import { QueryError } from './query-error';
import { ScenarioTable } from './scenario-table';
import { SelectionBar } from './selection-bar';
import { useImport } from './use-import';
import { useScenarioActions } from './use-scenario-actions';
import { ViewSwitch } from './view-switch';
import styles from './list.module.css';
import ui from './ui.module.css';

const SEARCH_PAUSE_MS = 300;

/** Whether a scenarios.list query key was for the recently deleted view. */
const listedDeleted = (key: readonly unknown[] | undefined) => (key?.[1] as { input?: { deleted?: boolean } } | undefined)?.input?.deleted ?? false;

interface Props {
  initialQuery: ListQuery;
  assumptions: Pick<AssumptionWords, 'id' | 'label'>[];
}

export function ScenarioManager({ initialQuery, assumptions }: Props) {
  const trpc = useTRPC();
  // The comparison loads in full (nothing of this page is needed there), in this page's language.
  const locale = useLocale();
  const words = useWords();
  const { t, format } = words;
  const [filters, setFilters] = useState(initialQuery);
  const [searchText, setSearchText] = useState(initialQuery.search);
  const search = useDebouncedValue(searchText, SEARCH_PAUSE_MS);
  const query: ListQuery = { ...filters, search };
  const [selected, setSelected] = useState<string[]>([]);
  const actions = useScenarioActions((id) => setSelected((ids) => ids.filter((x) => x !== id)));
  const importer = useImport(assumptions);
  const hydrated = useHydrated();

  const urlSearch = listQueryToSearch(query);
  useEffect(() => {
    window.history.replaceState(null, '', `${window.location.pathname}${urlSearch}`);
  }, [urlSearch]);

  const input = listInput(query);
  const list = useQuery(trpc.scenarios.list.queryOptions(input, {
    // While a new search loads, the old rows stay (dimmed) rather than flashing empty;
    // but never across views, where old rows would be the wrong kind.
    placeholderData: (previous, previousQuery) => (listedDeleted(previousQuery?.queryKey) === input.deleted ? keepPreviousData(previous) : undefined),
  }));
  const tags = useQuery(trpc.scenarios.tags.queryOptions());

  const change = (changes: Partial<ListQuery>) => setFilters((f) => ({ ...f, ...changes }));
  const clearFilters = () => {
    setSearchText('');
    change({ search: '', tag: '', whose: 'all' });
  };
  const select = (ids: string[], on: boolean) =>
    setSelected((current) => (on ? [...current, ...ids.filter((id) => !current.includes(id))] : current.filter((id) => !ids.includes(id))));

  const rows = list.data ?? [];
  const deletedView = query.view === 'deleted';
  const inForce = filtersOf(query);
  const caption = t('list.caption', { view: query.view, ...inForce });
  const hiddenSelected = selected.filter((id) => !rows.some((s) => s.id === id)).length;

  return (
    <div data-ready={hydrated}>
      <div className={styles.titleRow}>
        <div>
          <h1>{t('list.title')}</h1>
          <p className={styles.lede}>{t('list.lede')}</p>
        </div>
        <div className={styles.fileActions}>
          <button type="button" className={ui.button} disabled={actions.exporting} onClick={() => void actions.exportFile()}>
            {actions.exporting ? t('list.exporting') : t('list.exportAll')}
          </button>
          <ImportButton busy={importer.busy} onFile={(file) => void importer.importFile(file)} />
        </div>
      </div>

      <ViewSwitch view={query.view} onChange={(view) => change({ view })} />
      <ListFilters query={query} searchText={searchText} tags={tags.data ?? []} onSearchText={setSearchText} onChange={change} />

      <div className={styles.messages}>
        <ActionNotice notice={actions.notice} onUndo={(id, name) => actions.restore({ id, name })} onDismiss={actions.dismiss} />
        <ImportMessage result={importer.result} onDismiss={importer.dismiss} />
      </div>

      {!deletedView && (
        <SelectionBar
          count={selected.length}
          hidden={hiddenSelected}
          exporting={actions.exporting}
          onCompare={() => window.location.assign(`${getPathname({ href: '/compare', locale })}?ids=${selected.join(',')}`)}
          onExport={() => void actions.exportFile(selected)}
          onClear={() => setSelected([])}
        />
      )}

      <section aria-labelledby="scenario-list-heading">
        <h2 id="scenario-list-heading" className={ui.srOnly}>{deletedView ? t('views.deleted') : t('list.heading')}</h2>
        {list.isError ? (
          <QueryError what="scenarios" error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
        ) : list.isPending ? (
          <p role="status" className={ui.loading}>{t('list.loading')}</p>
        ) : rows.length === 0 ? (
          <EmptyList query={query} onClear={clearFilters} />
        ) : (
          <>
            <p className={styles.resultsLine} role="status">
              {t('list.results', { view: query.view, count: rows.length, n: format.number(rows.length), ...inForce })}
              {list.isPlaceholderData ? <> {t('list.updating')}</> : null}
            </p>
            <div className={styles.tableWrap} aria-busy={list.isPlaceholderData}>
              {deletedView ? (
                <DeletedTable scenarios={rows} caption={caption} busyId={actions.busyId} onRestore={actions.restore} />
              ) : (
                <ScenarioTable
                  scenarios={rows}
                  query={query}
                  caption={caption}
                  selected={selected}
                  busyId={actions.busyId}
                  onSelect={select}
                  onDuplicate={actions.duplicate}
                  onDelete={actions.remove}
                  onRenamed={(scenario, name) => actions.say(t('notices.renamed', { from: quoted(scenario.name, words), to: quoted(name, words) }))}
                />
              )}
            </div>
          </>
        )}
      </section>
    </div>
  );
}

function EmptyList({ query, onClear }: { query: ListQuery; onClear: () => void }) {
  const t = useTranslations('scenarios');
  const filtered = isFiltered(query);
  const filters = filtersOf(query);
  if (query.view === 'deleted') {
    return (
      <div className={styles.empty}>
        <h3>{filtered ? t('empty.deletedFiltered', filters) : t('empty.deleted')}</h3>
        <p>{filtered ? <button type="button" className={ui.linkButton} onClick={onClear}>{t('empty.clearSearch')}</button> : t('empty.deletedNote')}</p>
      </div>
    );
  }
  if (filtered) {
    return (
      <div className={styles.empty}>
        <h3>{query.whose === 'shared' && filters.filter === 'none' ? t('empty.noneShared') : t('empty.savedFiltered', filters)}</h3>
        <p><button type="button" className={ui.button} onClick={onClear}>{t('empty.clearFilters')}</button></p>
      </div>
    );
  }
  return (
    <div className={styles.empty}>
      <h3>{t('empty.none')}</h3>
      <p>{t.rich('empty.noneNote', { link: (chunks) => <Link href="/">{chunks}</Link> })}</p>
    </div>
  );
}
