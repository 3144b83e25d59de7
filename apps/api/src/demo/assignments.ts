/**
 * Dated assignments under Hướng dẫn 02-HD/BDVTU: every commune has one unit in charge (phụ trách chính),
 * some have a second unit taking part (tham gia), and one commune changes hands on 1/1/2022: the old
 * row ends, a new row begins, and history is not rewritten.
 */
import type { AssignmentInput, CommuneInput } from '@danvan/domain';
import { HUONG_DAN_02_ID } from './directives.js';
import type { Rng } from './random.js';
import { SETUP_DATE } from './stamps.js';
import { type DemoUnitDraft, DILIGENT_UNIT_CODES } from './units.js';

export const REASSIGNMENT_END = '2021-12-31';
export const REASSIGNMENT_START = '2022-01-01';
/** How many units take part (tham gia) in a commune another unit is in charge of. */
const PARTNERS = 12;

type Commune = CommuneInput & { id: number };
export type AssignmentDraft = AssignmentInput & { id: number; validTo: string | null };

export interface AssignmentPlan {
  rows: AssignmentDraft[];
  reassignment: { communeId: number; fromUnitId: number; toUnitId: number };
}

export function demoAssignments(
  rng: Rng,
  units: readonly DemoUnitDraft[],
  communes: readonly Commune[],
): AssignmentPlan {
  const diligent = new Set<string>(DILIGENT_UNIT_CODES);
  const order = rng.shuffle(communes);
  // The larger units are in charge of a second commune.
  const bySize = [...units].sort((a, b) => b.staff - a.staff || a.id - b.id);
  const doubles = bySize.slice(0, communes.length - units.length);
  const main = [...units, ...doubles].map((u, i) => ({ unitId: u.id, communeId: (order[i] as Commune).id }));

  const districtOf = new Map(communes.map((c) => [c.id, c.district]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const communesOf = (unitId: number) => main.filter((m) => m.unitId === unitId).map((m) => m.communeId);

  // One unit in charge of two communes hands the second over, on 1/1/2022, to a unit of the same district.
  const from = doubles.find((u) => !diligent.has(u.code)) as DemoUnitDraft;
  const handedOver = communesOf(from.id)[1] as number;
  const singles = units.filter((u) => !diligent.has(u.code) && communesOf(u.id).length === 1 && u.id !== from.id);
  const nearby = singles.filter((u) => districtOf.get(communesOf(u.id)[0] as number) === districtOf.get(handedOver));
  const to = rng.pick(nearby.length > 0 ? nearby : singles);

  // A few units also take part in a neighbouring commune, for joint activities.
  const taken = new Set<number>([handedOver]);
  const partners: { unitId: number; communeId: number }[] = [];
  for (const u of rng.shuffle(singles.filter((s) => s.id !== to.id))) {
    if (partners.length === PARTNERS) break;
    const own = communesOf(u.id);
    const candidates = main.filter(
      (m) => m.unitId !== u.id && !own.includes(m.communeId) && !taken.has(m.communeId) && m.unitId !== from.id,
    );
    const near = candidates.filter((m) => districtOf.get(m.communeId) === districtOf.get(own[0] as number));
    if (candidates.length === 0) continue;
    const chosen = rng.pick(near.length > 0 ? near : candidates);
    taken.add(chosen.communeId);
    partners.push({ unitId: u.id, communeId: chosen.communeId });
  }

  const rows: AssignmentDraft[] = [];
  const push = (r: Omit<AssignmentDraft, 'id' | 'directiveId'>) =>
    rows.push({ id: rows.length + 1, directiveId: HUONG_DAN_02_ID, ...r });
  for (const m of [...main].sort((a, b) => a.communeId - b.communeId)) {
    const handed = m.communeId === handedOver;
    push({
      ...m,
      role: 'phu_trach_chinh',
      validFrom: SETUP_DATE,
      validTo: handed ? REASSIGNMENT_END : null,
      note: handed ? `Kết thúc phụ trách từ 01/01/2022, bàn giao cho ${to.name}` : '',
    });
  }
  for (const p of partners) {
    push({ ...p, role: 'tham_gia', validFrom: SETUP_DATE, validTo: null, note: 'Phối hợp với đơn vị phụ trách chính' });
  }
  push({
    unitId: to.id,
    communeId: handedOver,
    role: 'phu_trach_chinh',
    validFrom: REASSIGNMENT_START,
    validTo: null,
    note: `Nhận bàn giao từ ${unitById.get(from.id)?.name} theo điều chỉnh phân công từ 01/01/2022`,
  });
  return { rows, reassignment: { communeId: handedOver, fromUnitId: from.id, toUnitId: to.id } };
}
