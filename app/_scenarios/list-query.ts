/**
 * The /scenarios list's state in the URL (?q=&tag=&sort=&dir=&view=&whose=), so a
 * filtered list can be bookmarked or shared. Defaults are left out of the URL;
 * anything unreadable falls back to its default rather than failing the page.
 */
import type { ListInput } from '@/server/scenarios/schema';
import type { Translate } from './words';

export type ListSort = 'updated' | 'created' | 'name';
export type ListDirection = 'asc' | 'desc';
export type ListView = 'saved' | 'deleted';
/** All the scenarios the user may read, their own, or those others shared with them. */
export type ListWhose = 'all' | 'mine' | 'shared';

export interface ListQuery {
  search: string;
  tag: string;
  sort: ListSort;
  direction: ListDirection;
  view: ListView;
  whose: ListWhose;
}

export const DEFAULT_LIST_QUERY: ListQuery = { search: '', tag: '', sort: 'updated', direction: 'desc', view: 'saved', whose: 'all' };

// The server's own limits: longer values would be refused, so they are cut here.
const SEARCH_MAX = 200;
const TAG_MAX = 32;

/** Names read A–Z first; dates newest first. */
export function defaultDirection(sort: ListSort): ListDirection {
  return sort === 'name' ? 'asc' : 'desc';
}

/** The sort menu: one choice per column and direction; its label is `sort.<sort>_<direction>` in the messages. */
export const SORT_CHOICES: readonly { sort: ListSort; direction: ListDirection }[] = [
  { sort: 'updated', direction: 'desc' },
  { sort: 'updated', direction: 'asc' },
  { sort: 'created', direction: 'desc' },
  { sort: 'created', direction: 'asc' },
  { sort: 'name', direction: 'asc' },
  { sort: 'name', direction: 'desc' },
];

export function sortLabel(choice: { sort: ListSort; direction: ListDirection }, t: Translate): string {
  return t(`sort.${choice.sort}_${choice.direction}`);
}

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: RawParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

function parseWhose(value: string | undefined): ListWhose {
  return value === 'mine' || value === 'shared' ? value : 'all';
}

export function parseListQuery(params: RawParams): ListQuery {
  const rawSort = first(params, 'sort');
  const sort: ListSort = rawSort === 'created' || rawSort === 'name' || rawSort === 'updated' ? rawSort : DEFAULT_LIST_QUERY.sort;
  const rawDirection = first(params, 'dir');
  return {
    search: (first(params, 'q') ?? '').slice(0, SEARCH_MAX),
    tag: (first(params, 'tag') ?? '').trim().slice(0, TAG_MAX),
    sort,
    direction: rawDirection === 'asc' || rawDirection === 'desc' ? rawDirection : defaultDirection(sort),
    view: first(params, 'view') === 'deleted' ? 'deleted' : 'saved',
    whose: parseWhose(first(params, 'whose')),
  };
}

/** "?q=hanoi&sort=name", or "" when everything is at its default. */
export function listQueryToSearch(query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.search.trim()) params.set('q', query.search.trim());
  if (query.tag) params.set('tag', query.tag);
  if (query.sort !== DEFAULT_LIST_QUERY.sort) params.set('sort', query.sort);
  if (query.direction !== defaultDirection(query.sort)) params.set('dir', query.direction);
  if (query.view === 'deleted') params.set('view', 'deleted');
  if (query.view === 'saved' && query.whose !== 'all') params.set('whose', query.whose);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * The scenarios.list input for a query. The server page and the browser both
 * build it here, so the prefetched result lands under the same query key.
 * "Recently deleted" is always newest deletion first, and ignores tag and sort.
 */
export function listInput(query: ListQuery): ListInput {
  const search = query.search.trim() || undefined;
  if (query.view === 'deleted') return { search, sort: 'updated', deleted: true, whose: 'mine' };
  return { search, tag: query.tag || undefined, sort: query.sort, direction: query.direction, deleted: false, whose: query.whose };
}

/** Whether a search or a tag narrows the list (the empty state then offers to clear them). */
export function isFiltered(query: ListQuery): boolean {
  return query.search.trim() !== '' || (query.view === 'saved' && (query.tag !== '' || query.whose !== 'all'));
}

/** The filters in force, for the messages that mention them: which kind, and their values. */
export function filtersOf(query: ListQuery): { filter: 'none' | 'search' | 'tag' | 'both'; search: string; tag: string } {
  const search = query.search.trim();
  const tag = query.view === 'saved' ? query.tag : '';
  const filter = search && tag ? 'both' : search ? 'search' : tag ? 'tag' : 'none';
  return { filter, search, tag };
}
