import { describe, expect, it } from 'vitest';
import { activeNavPath } from './main-navigation';

const ENTRIES = ['/', '/hoat-dong', '/hoat-dong/moi', '/duyet', '/don-vi', '/xa'];

describe('activeNavPath', () => {
  it('lights up the section of a detail or form page, not only its exact path', () => {
    expect(activeNavPath(ENTRIES, '/don-vi')).toBe('/don-vi');
    expect(activeNavPath(ENTRIES, '/don-vi/12')).toBe('/don-vi');
    expect(activeNavPath(ENTRIES, '/don-vi/12/sua')).toBe('/don-vi');
    expect(activeNavPath(ENTRIES, '/hoat-dong/117')).toBe('/hoat-dong');
  });

  it('prefers the most specific entry', () => {
    expect(activeNavPath(ENTRIES, '/hoat-dong/moi')).toBe('/hoat-dong/moi');
  });

  it('takes whole path segments, and the home page only for itself', () => {
    expect(activeNavPath(ENTRIES, '/')).toBe('/');
    expect(activeNavPath(ENTRIES, '/xa-hoi')).toBeNull();
    expect(activeNavPath(ENTRIES, '/khong-co')).toBeNull();
  });
});
