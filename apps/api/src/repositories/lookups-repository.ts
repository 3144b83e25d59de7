/** Codes and names by id, so that CSV downloads can show who and where next to the ids. */
import type { Db } from '../db/client.js';
import { communes, directives, units } from '../db/schema.js';

export interface Named {
  code: string;
  name: string;
}

export function unitNames(db: Db): Map<number, Named> {
  const rows = db.select({ id: units.id, code: units.code, name: units.name }).from(units).all();
  return new Map(rows.map(({ id, ...r }) => [id, r]));
}

export function communeNames(db: Db): Map<number, Named & { district: string }> {
  const rows = db
    .select({ id: communes.id, code: communes.code, name: communes.name, district: communes.district })
    .from(communes)
    .all();
  return new Map(rows.map(({ id, ...r }) => [id, r]));
}

export function directiveCodes(db: Db): Map<number, string> {
  const rows = db.select({ id: directives.id, code: directives.code }).from(directives).all();
  return new Map(rows.map((r) => [r.id, r.code]));
}
