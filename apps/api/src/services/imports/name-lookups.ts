/**
 * Finding the unit or commune a cell names: by code, or by name without regard to diacritics, case
 * or NFC/NFD ("xa tan lap", "Tân Lập", an NFD "Xã Tân Lập"), also without the "Chi bộ"/"Đảng bộ"
 * or "Xã"/"Phường" in front; two communes of one name are told apart by their district
 * ("Xã Tân Lập (Huyện Hòa An)") or by which of them existed on the activity's date.
 */
import { foldVietnamese } from '@danvan/domain';
import type { Db } from '../../db/client.js';
import { communes, units } from '../../db/schema.js';

export interface UnitEntry {
  id: number;
  code: string;
  name: string;
}

export interface CommuneEntry {
  id: number;
  code: string;
  name: string;
  district: string;
  validFrom: string;
  validTo: string | null;
}

export type Resolved<T> = { ok: T } | { error: string };

const UNIT_PREFIX = /^(chi bo|dang bo)( co so)? /;
const COMMUNE_PREFIX = /^(xa|phuong|thi tran) /;
const DISTRICT_PREFIX = /^(huyen|thanh pho|thi xa|quan|tp\.?) /;

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** `"X (Y)"`, `"X - Y"` or `"X, Y"` → [X, Y]; otherwise [text, null]. */
function splitQualifier(text: string): [string, string | null] {
  const paren = /^(.*?)\s*\((.+)\)\s*$/.exec(text);
  if (paren) return [paren[1]!, paren[2]!];
  const dash = /^(.*?)\s+[-–]\s+(.+)$/.exec(text);
  if (dash) return [dash[1]!, dash[2]!];
  const comma = /^(.*?),\s*(.+)$/.exec(text);
  if (comma) return [comma[1]!, comma[2]!];
  return [text, null];
}

function foldDistrict(district: string): string {
  return foldVietnamese(district).replace(DISTRICT_PREFIX, '');
}

export class UnitLookup {
  private readonly byCode = new Map<string, UnitEntry>();
  private readonly byName = new Map<string, UnitEntry[]>();
  private readonly cache = new Map<string, Resolved<UnitEntry>>();
  private readonly ids = new Map<number, UnitEntry>();

  constructor(readonly entries: readonly UnitEntry[]) {
    for (const u of entries) {
      this.ids.set(u.id, u);
      this.byCode.set(foldVietnamese(u.code), u);
      const name = foldVietnamese(u.name);
      addTo(this.byName, name, u);
      addTo(this.byName, name.replace(UNIT_PREFIX, ''), u);
    }
  }

  byId(id: number): UnitEntry | undefined {
    return this.ids.get(id);
  }

  resolve(text: string): Resolved<UnitEntry> {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const result = this.find(text);
    this.cache.set(text, result);
    return result;
  }

  private find(text: string): Resolved<UnitEntry> {
    const folded = foldVietnamese(text);
    const code = this.byCode.get(folded);
    if (code) return { ok: code };
    // "CB-BDVTU - Chi bộ Ban Dân vận Tỉnh ủy", as the template's lists show them.
    const [head, rest] = splitQualifier(text);
    if (rest !== null) {
      const byCode = this.byCode.get(foldVietnamese(head));
      if (byCode) return { ok: byCode };
    }
    const named = this.byName.get(folded) ?? this.byName.get(folded.replace(UNIT_PREFIX, '')) ?? [];
    if (named.length === 1) return { ok: named[0]! };
    if (named.length > 1) {
      return {
        error: `Tên đơn vị "${text}" trùng với ${named.length} đơn vị (${named.map((u) => u.code).join(', ')}): hãy ghi mã đơn vị.`,
      };
    }
    return { error: `Không tìm thấy đơn vị "${text}": ghi mã hoặc tên đơn vị như trong sheet "Danh mục".` };
  }
}

export class CommuneLookup {
  private readonly byCode = new Map<string, CommuneEntry>();
  private readonly byNumber = new Map<number, CommuneEntry>();
  private readonly byName = new Map<string, CommuneEntry[]>();
  private readonly cache = new Map<string, Resolved<CommuneEntry[]>>();
  private readonly ids = new Map<number, CommuneEntry>();

  constructor(readonly entries: readonly CommuneEntry[]) {
    for (const c of entries) {
      this.ids.set(c.id, c);
      this.byCode.set(foldVietnamese(c.code), c);
      // Excel turns "01840" typed into a number cell into 1840.
      if (/^\d+$/.test(c.code)) this.byNumber.set(Number(c.code), c);
      const name = foldVietnamese(c.name);
      addTo(this.byName, name, c);
      addTo(this.byName, name.replace(COMMUNE_PREFIX, ''), c);
    }
  }

  byId(id: number): CommuneEntry | undefined {
    return this.ids.get(id);
  }

  /** The commune a cell names, as of `date` when given (to choose between communes of one name). */
  resolve(text: string, date: string | null): Resolved<CommuneEntry> {
    let candidates = this.cache.get(text);
    if (!candidates) {
      candidates = this.find(text);
      this.cache.set(text, candidates);
    }
    if ('error' in candidates) return candidates;
    const list = candidates.ok;
    if (list.length === 1) return { ok: list[0]! };
    const onDate = date ? list.filter((c) => c.validFrom <= date && (c.validTo === null || c.validTo >= date)) : [];
    if (onDate.length === 1) return { ok: onDate[0]! };
    return {
      error:
        `Có ${list.length} xã tên "${text}" (${list.map((c) => `${c.district}, mã ${c.code}`).join('; ')}): ` +
        'hãy ghi mã xã hoặc ghi kèm huyện, ví dụ "Xã Tân Lập (Huyện Hòa An)".',
    };
  }

  private find(text: string): Resolved<CommuneEntry[]> {
    const folded = foldVietnamese(text);
    const code = this.byCode.get(folded) ?? (/^\d+$/.test(folded) ? this.byNumber.get(Number(folded)) : undefined);
    if (code) return { ok: [code] };
    const named = this.named(folded);
    if (named.length > 0) return { ok: named };
    const [name, district] = splitQualifier(text);
    if (district !== null) {
      const inDistrict = this.named(foldVietnamese(name)).filter(
        (c) => foldDistrict(c.district) === foldDistrict(district),
      );
      if (inDistrict.length > 0) return { ok: inDistrict };
      const byCode = this.byCode.get(foldVietnamese(name));
      if (byCode) return { ok: [byCode] };
    }
    return { error: `Không tìm thấy xã "${text}": ghi mã xã hoặc tên xã như trong sheet "Danh mục".` };
  }

  private named(folded: string): CommuneEntry[] {
    return this.byName.get(folded) ?? this.byName.get(folded.replace(COMMUNE_PREFIX, '')) ?? [];
  }
}

export function loadUnitLookup(db: Db): UnitLookup {
  return new UnitLookup(db.select({ id: units.id, code: units.code, name: units.name }).from(units).all());
}

export function loadCommuneLookup(db: Db): CommuneLookup {
  return new CommuneLookup(
    db
      .select({
        id: communes.id,
        code: communes.code,
        name: communes.name,
        district: communes.district,
        validFrom: communes.validFrom,
        validTo: communes.validTo,
      })
      .from(communes)
      .all(),
  );
}
