import { describe, expect, it } from 'vitest';
import { pageParam } from './page-param';

describe('pageParam', () => {
  it('reads a whole page number from 1, by default from ?page=', () => {
    expect(pageParam(new URLSearchParams('page=3'))).toBe(3);
    expect(pageParam(new URLSearchParams('placesPage=2&page=5'), 'placesPage')).toBe(2);
  });

  it('falls back to the first page for anything else', () => {
    for (const value of ['', '0', '-2', '1.5', 'abc', '1e400']) {
      expect(pageParam(new URLSearchParams({ page: value })), value).toBe(1);
    }
    expect(pageParam(new URLSearchParams())).toBe(1);
  });
});
