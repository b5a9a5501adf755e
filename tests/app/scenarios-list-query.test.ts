/** The /scenarios list state ⇄ URL, and the list input both the server page and the browser send. */
import { describe, expect, test } from 'vitest';
import { listInputSchema } from '@/server/scenarios/schema';
import { DEFAULT_LIST_QUERY, SORT_CHOICES, filtersOf, isFiltered, listInput, listQueryToSearch, parseListQuery, type ListQuery } from '@/app/_scenarios/list-query';

const query = (changes: Partial<ListQuery>): ListQuery => ({ ...DEFAULT_LIST_QUERY, ...changes });

describe('parseListQuery', () => {
  test('an empty URL is the default list', () => {
    expect(parseListQuery(new URLSearchParams())).toEqual(DEFAULT_LIST_QUERY);
  });

  test('reads search, tag, sort, direction, view and whose', () => {
    const parsed = parseListQuery(new URLSearchParams('q=hanoi summit&tag=example&sort=name&dir=desc&view=deleted&whose=shared'));
    expect(parsed).toEqual({ search: 'hanoi summit', tag: 'example', sort: 'name', direction: 'desc', view: 'deleted', whose: 'shared' });
    expect(parseListQuery(new URLSearchParams('whose=everyone')).whose).toBe('all');
  });

  test('reads the record Next passes a page, taking the first of repeated values', () => {
    expect(parseListQuery({ q: ['a', 'b'], sort: 'created', tag: undefined })).toEqual(query({ search: 'a', sort: 'created' }));
  });

  test('the direction defaults to the sort’s natural one: names A–Z, dates newest first', () => {
    expect(parseListQuery(new URLSearchParams('sort=name')).direction).toBe('asc');
    expect(parseListQuery(new URLSearchParams('sort=created')).direction).toBe('desc');
  });

  test('unreadable values fall back to their defaults instead of failing', () => {
    expect(parseListQuery(new URLSearchParams('sort=size&dir=up&view=trash'))).toEqual(DEFAULT_LIST_QUERY);
  });

  test('values longer than the server accepts are cut to its limits', () => {
    const parsed = parseListQuery(new URLSearchParams({ q: 'x'.repeat(500), tag: 't'.repeat(50) }));
    expect(parsed.search).toHaveLength(200);
    expect(parsed.tag).toHaveLength(32);
  });
});

describe('listQueryToSearch', () => {
  test('the default list has a clean URL', () => {
    expect(listQueryToSearch(DEFAULT_LIST_QUERY)).toBe('');
  });

  test('leaves out defaults, including the sort’s natural direction', () => {
    expect(listQueryToSearch(query({ sort: 'name', direction: 'asc' }))).toBe('?sort=name');
    expect(listQueryToSearch(query({ sort: 'name', direction: 'desc' }))).toBe('?sort=name&dir=desc');
    expect(listQueryToSearch(query({ direction: 'asc' }))).toBe('?dir=asc');
  });

  test('trims the search and drops a blank one', () => {
    expect(listQueryToSearch(query({ search: '  freeze ' }))).toBe('?q=freeze');
    expect(listQueryToSearch(query({ search: '   ' }))).toBe('');
  });

  test.each([
    query({ search: 'a&b=c', tag: 'US–ROK' }),
    query({ sort: 'created', direction: 'asc', view: 'deleted' }),
    query({ sort: 'name', direction: 'desc', tag: 'preset' }),
    query({ whose: 'shared' }),
    query({ whose: 'mine', search: 'x' }),
    ...SORT_CHOICES.map(({ sort, direction }) => query({ sort, direction })),
  ])('round-trips %o', (state) => {
    expect(parseListQuery(new URLSearchParams(listQueryToSearch(state)))).toEqual(state);
  });
});

describe('listInput', () => {
  test('the saved view sends every filter, with the direction explicit', () => {
    expect(listInput(query({ search: ' hanoi ', tag: 'example', sort: 'name', direction: 'asc' }))).toEqual({
      search: 'hanoi', tag: 'example', sort: 'name', direction: 'asc', deleted: false, whose: 'all',
    });
  });

  test('blank filters are left out rather than sent empty (the server refuses an empty tag)', () => {
    const input = listInput(DEFAULT_LIST_QUERY);
    expect(input.search).toBeUndefined();
    expect(input.tag).toBeUndefined();
    expect(listInputSchema.safeParse(input).success).toBe(true);
  });

  test('recently deleted keeps the search but ignores tag and sort', () => {
    expect(listInput(query({ view: 'deleted', search: 'x', tag: 'example', sort: 'name', direction: 'desc' }))).toEqual({
      search: 'x', sort: 'updated', deleted: true, whose: 'mine',
    });
  });

  test.each(SORT_CHOICES)('every sort choice is valid server input ($sort $direction)', ({ sort, direction }) => {
    expect(listInputSchema.safeParse(listInput(query({ sort, direction, search: 'a', tag: 'b' }))).success).toBe(true);
  });
});

test('isFiltered: a search or (outside recently deleted) a tag or whose', () => {
  expect(isFiltered(query({ whose: 'shared' }))).toBe(true);
  expect(isFiltered(DEFAULT_LIST_QUERY)).toBe(false);
  expect(isFiltered(query({ search: ' ' }))).toBe(false);
  expect(isFiltered(query({ search: 'a' }))).toBe(true);
  expect(isFiltered(query({ tag: 'a' }))).toBe(true);
  expect(isFiltered(query({ tag: 'a', view: 'deleted' }))).toBe(false);
});

test('filtersOf says which filters are in force', () => {
  expect(filtersOf(DEFAULT_LIST_QUERY)).toEqual({ filter: 'none', search: '', tag: '' });
  expect(filtersOf(query({ search: ' hanoi ' }))).toEqual({ filter: 'search', search: 'hanoi', tag: '' });
  expect(filtersOf(query({ search: 'hanoi', tag: 'example' }))).toEqual({ filter: 'both', search: 'hanoi', tag: 'example' });
  expect(filtersOf(query({ tag: 'example', view: 'deleted' }))).toEqual({ filter: 'none', search: '', tag: '' });
});
