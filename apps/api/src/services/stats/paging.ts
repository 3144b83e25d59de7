/** Sorting and paging of the figures' lists (compliance units, communes). */

export interface Page {
  page: number;
  limit: number;
}

/** `name` or `-name`: the field and whether it is descending. */
export function parseSort<F extends string>(sort: string): { field: F; descending: boolean } {
  return sort.startsWith('-')
    ? { field: sort.slice(1) as F, descending: true }
    : { field: sort as F, descending: false };
}

/** Sorts by the field (either way), then by id ascending, and cuts out the page. */
export function sortAndPage<T>(
  rows: T[],
  compare: (a: T, b: T) => number,
  id: (row: T) => number,
  descending: boolean,
  page: Page,
): { rows: T[]; total: number; page: number; limit: number; pages: number } {
  const sign = descending ? -1 : 1;
  rows.sort((a, b) => sign * compare(a, b) || id(a) - id(b));
  const start = (page.page - 1) * page.limit;
  return {
    rows: rows.slice(start, start + page.limit),
    total: rows.length,
    page: page.page,
    limit: page.limit,
    pages: Math.ceil(rows.length / page.limit),
  };
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
