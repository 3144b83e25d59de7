/**
 * Functions of the application registered on a better-sqlite3 connection, for the queries that compare
 * text as the domain does without a stored folded column.
 */
import { foldVietnamese } from '@danvan/domain';
import type Database from 'better-sqlite3';

/** `fold_vi(text)`: the text folded by `foldVietnamese` (null stays null). */
export const FOLD_FUNCTION = 'fold_vi';

const registered = new WeakSet<Database.Database>();
/** Folded values of the names seen lately: the same item names ("Xi măng", "Gạo") come back row after row. */
const MAX_CACHED = 5_000;

export function registerSqlFunctions(sqlite: Database.Database): void {
  if (registered.has(sqlite)) return;
  const cache = new Map<string, string>();
  sqlite.function(FOLD_FUNCTION, { deterministic: true }, (value: unknown) => {
    if (typeof value !== 'string') return null;
    let folded = cache.get(value);
    if (folded === undefined) {
      folded = foldVietnamese(value);
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(value, folded);
    }
    return folded;
  });
  registered.add(sqlite);
}
