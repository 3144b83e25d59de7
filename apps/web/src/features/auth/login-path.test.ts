import { describe, expect, it } from 'vitest';
import { loginPath, loginReasonOf, safeNextPath } from './login-path';

describe('safeNextPath', () => {
  it.each([
    ['/', '/'],
    ['/?from=2021-10-01&to=2021-12-31', '/?from=2021-10-01&to=2021-12-31'],
    ['/hoat-dong/42#dong-gop', '/hoat-dong/42#dong-gop'],
    ['/x/../hoat-dong', '/hoat-dong'],
  ])('keeps the same-origin path %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['https://evil.example/'],
    ['//evil.example/phish'],
    ['/\\evil.example'],
    ['/\t/evil.example'],
    ['javascript:alert(1)'],
    ['hoat-dong'],
    ['/dang-nhap?next=/'],
  ])('sends %j to the home page instead', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });
});

describe('loginPath', () => {
  it('carries the address to come back to, encoded', () => {
    expect(loginPath('/?from=2021-10-01&to=2021-12-31')).toBe(
      '/dang-nhap?next=%2F%3Ffrom%3D2021-10-01%26to%3D2021-12-31',
    );
  });
});

describe('loginReasonOf', () => {
  it('reads only the reasons it knows', () => {
    expect(loginReasonOf({ loginReason: 'expired' })).toBe('expired');
    expect(loginReasonOf({ loginReason: 'signed-out' })).toBe('signed-out');
    expect(loginReasonOf({ loginReason: 'other' })).toBeUndefined();
    expect(loginReasonOf(null)).toBeUndefined();
  });
});
