/**
 * The columns that are computed from a record's own fields: the folded `search` text and the
 * Vietnamese `sort_key`s. Every writer (repositories, demo loader, imports) goes through these.
 */
import { foldVietnamese, vietnameseSortKey } from '@danvan/domain';

function fold(...parts: (string | null | undefined)[]): string {
  return foldVietnamese(parts.filter(Boolean).join(' '));
}

export function directiveDerived(d: { code: string; title: string; issuer: string }) {
  return { search: fold(d.code, d.title, d.issuer), sortKey: vietnameseSortKey(d.title) };
}

export function unitDerived(u: { code: string; name: string; agency: string }) {
  return { search: fold(u.code, u.name, u.agency), sortKey: vietnameseSortKey(u.name) };
}

export function communeDerived(c: { code: string; name: string; district: string }) {
  return {
    search: fold(c.code, c.name, c.district),
    sortKey: vietnameseSortKey(c.name),
    districtSortKey: vietnameseSortKey(c.district),
  };
}

export function activityDerived(a: { title: string; description: string }) {
  return { search: fold(a.title, a.description) };
}

export function difficultyDerived(d: { text: string; recommendation: string }) {
  return { search: fold(d.text, d.recommendation) };
}

export function userDerived(u: { username: string; fullName: string }) {
  return { search: fold(u.username, u.fullName), sortKey: vietnameseSortKey(u.fullName) };
}
