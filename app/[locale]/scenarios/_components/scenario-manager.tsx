'use client';
/**
 * The /scenarios page's client side: the list state (kept in the URL), the
 * selection, and the actions on scenarios. The first list arrives prefetched
 * from the server; later ones are fetched as the filters change.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useTRPC } from '@/app/_trpc/client';
import type { AssumptionWords } from '@/app/_scenarios/assumption-words';
import { countOf, quoted } from '@/app/_scenarios/format';
import { describeFilters, isFiltered, listInput, listQueryToSearch, type ListQuery } from '@/app/_scenarios/list-query';
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
  const router = useRouter();
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
    change({ search: '', tag: '' });
  };
  const select = (ids: string[], on: boolean) =>
    setSelected((current) => (on ? [...current, ...ids.filter((id) => !current.includes(id))] : current.filter((id) => !ids.includes(id))));

  const rows = list.data ?? [];
  const deletedView = query.view === 'deleted';
  const filtersInWords = describeFilters(query);
  const caption = `${deletedView ? 'Recently deleted scenarios' : 'Saved scenarios'}${filtersInWords ? `, ${filtersInWords}` : ''}`;
  const hiddenSelected = selected.filter((id) => !rows.some((s) => s.id === id)).length;

  return (
    <div data-ready={hydrated}>
      <div className={styles.titleRow}>
        <div>
          <h1>Saved scenarios</h1>
          <p className={styles.lede}>
            Every scenario saved from the dashboard, with each version kept. Open one on the dashboard, compare two to four side by
            side, or export them to a file to share.
          </p>
        </div>
        <div className={styles.fileActions}>
          <button type="button" className={ui.button} disabled={actions.exporting} onClick={() => void actions.exportFile()}>
            {actions.exporting ? 'Exporting…' : 'Export all'}
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
          onCompare={() => router.push(`/compare?ids=${selected.join(',')}`)}
          onExport={() => void actions.exportFile(selected)}
          onClear={() => setSelected([])}
        />
      )}

      <section aria-labelledby="scenario-list-heading">
        <h2 id="scenario-list-heading" className={ui.srOnly}>{deletedView ? 'Recently deleted' : 'Scenarios'}</h2>
        {list.isError ? (
          <QueryError what="the scenarios" error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
        ) : list.isPending ? (
          <p role="status" className={ui.loading}>Loading scenarios…</p>
        ) : rows.length === 0 ? (
          <EmptyList query={query} onClear={clearFilters} />
        ) : (
          <>
            <p className={styles.resultsLine} role="status">
              {countOf(rows.length, deletedView ? 'deleted scenario' : 'scenario')}{filtersInWords ? ` ${filtersInWords}` : ''}
              {list.isPlaceholderData ? ' (updating…)' : ''}
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
                  onRenamed={(scenario, name) => actions.say(`Renamed ${quoted(scenario.name)} to ${quoted(name)}.`)}
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
  const filtered = isFiltered(query);
  const filters = describeFilters(query);
  if (query.view === 'deleted') {
    return (
      <div className={styles.empty}>
        <h3>{filtered ? `No deleted scenarios ${filters}` : 'Nothing has been deleted'}</h3>
        <p>{filtered ? <button type="button" className={ui.linkButton} onClick={onClear}>Clear the search</button> : 'Deleted scenarios appear here, and can be restored.'}</p>
      </div>
    );
  }
  if (filtered) {
    return (
      <div className={styles.empty}>
        <h3>No saved scenarios {filters}</h3>
        <p><button type="button" className={ui.button} onClick={onClear}>Clear search and tag</button></p>
      </div>
    );
  }
  return (
    <div className={styles.empty}>
      <h3>No saved scenarios yet</h3>
      <p>Set the assumptions on the <Link href="/">dashboard</Link> and save them as a scenario, or import a file exported from Peninsula Outlook.</p>
    </div>
  );
}
