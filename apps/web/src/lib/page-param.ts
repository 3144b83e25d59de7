/**
 * A page number from the address (`?page=3`, or a list's own name such as `placesPage`): a whole number from 1,
 * else the first page. For lists whose page only the URL knows; the paged lists of use-list-params and the
 * dashboards' tables also cap it.
 */
export function pageParam(params: URLSearchParams, name = 'page'): number {
  const value = Number(params.get(name));
  return Number.isInteger(value) && value >= 1 ? value : 1;
}
