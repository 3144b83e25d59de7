/**
 * The counted activities (approved, not deleted, with at least one organising unit) and their
 * contributions, one compact record each in typed arrays: what the month roll-ups are built from,
 * and the day-level entries that answer the partial first and last months of a window.
 *
 * A record is addressed by a slot; slots of removed activities are reused. Contributions of an
 * activity sit side by side in a pool; a removed activity leaves a hole that is compacted away
 * once holes make up half the pool.
 */
import {
  ActivityCategory,
  ContributionKind,
  FundingSource,
  foldVietnamese,
  NtmCriteriaSetCodes,
  ParticipantGroup,
} from '@danvan/domain';
import type { SourceActivity, SourceContribution } from '../../repositories/stats-source-repository.js';
import { dayNumber, monthIndexOf } from './calendar.js';

export const GROUPS = ParticipantGroup.codes;
export const CATEGORIES = ActivityCategory.codes;
export const SOURCES = FundingSource.codes;
export const NTM_WORDS = NtmCriteriaSetCodes.length;

export const KIND_CASH = ContributionKind.codes.indexOf('tien_mat');
export const KIND_IN_KIND = ContributionKind.codes.indexOf('hien_vat');

const groupIndex = new Map<string, number>(GROUPS.map((g, i) => [g, i]));
const categoryIndex = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));
const sourceIndex = new Map<string, number>(SOURCES.map((s, i) => [s, i]));
const kindIndex = new Map<string, number>(ContributionKind.codes.map((k, i) => [k, i]));
const ntmSetIndex = new Map<string, number>(NtmCriteriaSetCodes.map((s, i) => [s, i]));
const OTHER_CATEGORY = CATEGORIES.indexOf('khac');

function grow<T extends Int32Array | Uint8Array | Uint32Array | Float64Array>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array);
  return next;
}

/** An in-kind item's name as written, and the key it is grouped by (folded name and measure unit). */
export interface ItemName {
  item: string;
  measureUnit: string;
  key: number;
}

export class ActivityStore {
  private capacity = 0;
  /** Live records. */
  size = 0;
  id = new Int32Array(0);
  commune = new Int32Array(0);
  day = new Int32Array(0);
  month = new Int32Array(0);
  /** The organising units, as an interned sorted list (-1: free slot). */
  list = new Int32Array(0);
  /** The main category (index into CATEGORIES); "khác" when the activity has none. */
  category = new Uint8Array(0);
  /** Participants by group: GROUPS.length per slot. */
  participants = new Int32Array(0);
  /** NTM criteria served, as bits: word = criteria set, bit = criterion. */
  ntm = new Uint32Array(0);
  /**
   * Bit p set: the p-th unit of the list was assigned to the commune on the activity's date.
   * Written when the activity's month is built (assignment changes rebuild the months they touch).
   */
  assignedMask = new Uint32Array(0);
  contributionStart = new Int32Array(0);
  contributionCount = new Int32Array(0);
  private contributionRoom = new Int32Array(0);
  private readonly freeSlots: number[] = [];
  private slotOfId = new Int32Array(0).fill(-1);

  // The contribution pool.
  private poolCapacity = 0;
  private poolUsed = 0;
  private poolHoles = 0;
  contributionId = new Int32Array(0);
  contributionUnit = new Int32Array(0);
  contributionKind = new Uint8Array(0);
  contributionSource = new Uint8Array(0);
  contributionValue = new Float64Array(0);
  contributionQuantity = new Float64Array(0);
  /** The in-kind item's name (index into itemNames), -1 when the contribution is not an in-kind item. */
  contributionItem = new Int32Array(0);

  /**
   * Interned sorted lists of organising units, flat: list l holds
   * `listMembers[listStart[l]] … listMembers[listStart[l + 1] - 1]`.
   */
  lists = 0;
  listStart = new Int32Array(1024);
  listMembers = new Int32Array(4096);
  private readonly listIndex = new Map<string, number>();
  readonly itemNames: ItemName[] = [];
  private readonly itemNameIndex = new Map<string, number>();
  private readonly itemKeyIndex = new Map<string, number>();
  /** The largest unit id seen in a list or a contribution. */
  maxUnitId = 0;

  /** The slots of each month's activities, possibly with stale entries (see `monthSlots`). */
  private readonly slotsOfMonth = new Map<number, number[]>();

  get itemKeys(): number {
    return this.itemKeyIndex.size;
  }

  slotOf(activityId: number): number {
    return activityId < this.slotOfId.length ? this.slotOfId[activityId]! : -1;
  }

  /** Reserves room for about `activities` records and `contributions` contributions. */
  reserve(activities: number, contributions: number): void {
    if (activities > this.capacity) this.growRecords(activities);
    if (contributions > this.poolCapacity) this.growPool(contributions);
  }

  /**
   * Stores a counted activity; its contributions follow through `addContribution`. Returns its
   * month, or null when it has no organising unit (then it counts nowhere).
   */
  put(a: SourceActivity): number | null {
    if (a.unitIds.length === 0) return null;
    const slot = this.allocateSlot(a.id);
    const month = monthIndexOf(a.startDate);
    this.id[slot] = a.id;
    this.commune[slot] = a.communeId;
    this.day[slot] = dayNumber(a.startDate);
    this.month[slot] = month;
    this.list[slot] = this.internList(a.unitIds);
    this.category[slot] = (a.category === null ? undefined : categoryIndex.get(a.category)) ?? OTHER_CATEGORY;
    const p = slot * GROUPS.length;
    this.participants.fill(0, p, p + GROUPS.length);
    for (const { group, count } of a.participants) {
      const g = groupIndex.get(group);
      if (g !== undefined) this.participants[p + g] = this.participants[p + g]! + count;
    }
    const n = slot * NTM_WORDS;
    this.ntm.fill(0, n, n + NTM_WORDS);
    for (const { criteriaSet, criterion } of a.ntmCriteria) {
      const s = ntmSetIndex.get(criteriaSet);
      if (s !== undefined && criterion >= 0 && criterion < 32) this.ntm[n + s] = this.ntm[n + s]! | (1 << criterion);
    }
    const room = a.contributions;
    if (this.poolUsed + room > this.poolCapacity) this.makeRoom(room);
    this.contributionStart[slot] = this.poolUsed;
    this.contributionRoom[slot] = room;
    this.contributionCount[slot] = 0;
    this.poolUsed += room;
    let slots = this.slotsOfMonth.get(month);
    if (!slots) {
      slots = [];
      this.slotsOfMonth.set(month, slots);
    }
    slots.push(slot);
    return month;
  }

  /** Adds a contribution to its activity if that activity is stored. */
  addContribution(c: SourceContribution): void {
    const slot = this.slotOf(c.activityId);
    if (slot < 0) return;
    if (this.contributionCount[slot]! === this.contributionRoom[slot]!) this.moveContributions(slot);
    const k = this.contributionStart[slot]! + this.contributionCount[slot]!;
    this.contributionCount[slot] = this.contributionCount[slot]! + 1;
    this.contributionId[k] = c.id;
    this.contributionUnit[k] = c.unitId;
    if (c.unitId > this.maxUnitId) this.maxUnitId = c.unitId;
    this.contributionKind[k] = kindIndex.get(c.kind) ?? 0;
    this.contributionSource[k] = sourceIndex.get(c.source) ?? 0;
    this.contributionValue[k] = c.valueVnd;
    this.contributionQuantity[k] = c.quantity ?? 0;
    this.contributionItem[k] = c.kind === 'hien_vat' && c.item ? this.internItem(c.item, c.measureUnit ?? '') : -1;
  }

  /** Forgets an activity; returns the month it was in, or null if it was not stored. */
  remove(activityId: number): number | null {
    const slot = this.slotOf(activityId);
    if (slot < 0) return null;
    this.slotOfId[activityId] = -1;
    this.list[slot] = -1;
    this.poolHoles += this.contributionRoom[slot]!;
    this.contributionRoom[slot] = 0;
    this.contributionCount[slot] = 0;
    this.freeSlots.push(slot);
    this.size--;
    return this.month[slot]!;
  }

  /** The month's live slots, in day order; drops the stale entries that removals left behind. */
  monthSlots(month: number): Int32Array {
    const slots = this.slotsOfMonth.get(month) ?? [];
    const live: number[] = [];
    const seen = new Set<number>();
    for (const s of slots) {
      if (this.list[s]! >= 0 && this.month[s] === month && !seen.has(s)) {
        seen.add(s);
        live.push(s);
      }
    }
    if (live.length === 0) this.slotsOfMonth.delete(month);
    else this.slotsOfMonth.set(month, live);
    const sorted = Int32Array.from(live);
    return sorted.sort((a, b) => this.day[a]! - this.day[b]! || a - b);
  }

  months(): number[] {
    return [...this.slotsOfMonth.keys()];
  }

  /** Bytes held by the typed arrays (the bulk of the memory). */
  bytes(): number {
    const arrays = [
      this.id,
      this.commune,
      this.day,
      this.month,
      this.list,
      this.category,
      this.participants,
      this.ntm,
      this.assignedMask,
      this.contributionStart,
      this.contributionCount,
      this.contributionRoom,
      this.slotOfId,
      this.contributionId,
      this.contributionUnit,
      this.contributionKind,
      this.contributionSource,
      this.contributionValue,
      this.contributionQuantity,
      this.contributionItem,
      this.listStart,
      this.listMembers,
    ];
    return arrays.reduce((sum, a) => sum + a.byteLength, 0);
  }

  /**
   * Renumbers the records in (day, id) order, their contributions alongside: a month's activities
   * then lie side by side in memory, and the partial months of a window read them in order instead
   * of hopping across a million records. Run after a full build; later changes only append.
   */
  reorder(): void {
    if (this.size === 0) return;
    const used = this.size + this.freeSlots.length;
    let firstDay = Number.POSITIVE_INFINITY;
    let lastDay = Number.NEGATIVE_INFINITY;
    for (let s = 0; s < used; s++) {
      if (this.list[s]! < 0) continue;
      firstDay = Math.min(firstDay, this.day[s]!);
      lastDay = Math.max(lastDay, this.day[s]!);
    }
    // Counting sort by day; slots were filled in id order, which it keeps within a day.
    const starts = new Int32Array(lastDay - firstDay + 2);
    for (let s = 0; s < used; s++) {
      if (this.list[s]! < 0) continue;
      const d = this.day[s]! - firstDay + 1;
      starts[d] = starts[d]! + 1;
    }
    for (let d = 1; d < starts.length; d++) starts[d] = starts[d]! + starts[d - 1]!;
    const order = new Int32Array(this.size);
    for (let s = 0; s < used; s++) {
      if (this.list[s]! < 0) continue;
      const d = this.day[s]! - firstDay;
      order[starts[d]!] = s;
      starts[d] = starts[d]! + 1;
    }
    const permute = <T extends Int32Array | Uint8Array | Uint32Array>(from: T, stride = 1): T => {
      const to = new (from.constructor as new (n: number) => T)(this.capacity * stride);
      for (let i = 0; i < order.length; i++) {
        const s = order[i]!;
        for (let k = 0; k < stride; k++) to[i * stride + k] = from[s * stride + k]!;
      }
      return to;
    };
    this.id = permute(this.id);
    this.commune = permute(this.commune);
    this.day = permute(this.day);
    this.month = permute(this.month);
    this.list = permute(this.list);
    this.list.fill(-1, order.length);
    this.category = permute(this.category);
    this.participants = permute(this.participants, GROUPS.length);
    this.ntm = permute(this.ntm, NTM_WORDS);
    this.assignedMask = permute(this.assignedMask);
    this.reorderPool(order);
    this.freeSlots.length = 0;
    this.slotOfId.fill(-1);
    this.slotsOfMonth.clear();
    for (let i = 0; i < order.length; i++) {
      this.slotOfId[this.id[i]!] = i;
      const month = this.month[i]!;
      let slots = this.slotsOfMonth.get(month);
      if (!slots) {
        slots = [];
        this.slotsOfMonth.set(month, slots);
      }
      slots.push(i);
    }
  }

  /** Lays the contributions out again in the new record order, without holes. */
  private reorderPool(order: Int32Array): void {
    const pool = [
      this.contributionId,
      this.contributionUnit,
      this.contributionKind,
      this.contributionSource,
      this.contributionValue,
      this.contributionQuantity,
      this.contributionItem,
    ] as const;
    const fresh = pool.map((a) => new (a.constructor as new (n: number) => typeof a)(this.poolCapacity));
    const start = new Int32Array(this.capacity);
    const count = new Int32Array(this.capacity);
    let used = 0;
    for (let i = 0; i < order.length; i++) {
      const s = order[i]!;
      const from = this.contributionStart[s]!;
      const n = this.contributionCount[s]!;
      for (let a = 0; a < pool.length; a++) fresh[a]!.set(pool[a]!.subarray(from, from + n), used);
      start[i] = used;
      count[i] = n;
      used += n;
    }
    [
      this.contributionId,
      this.contributionUnit,
      this.contributionKind,
      this.contributionSource,
      this.contributionValue,
      this.contributionQuantity,
      this.contributionItem,
    ] = fresh as unknown as typeof pool;
    this.contributionStart = start;
    this.contributionCount = count;
    this.contributionRoom = count.slice();
    this.poolUsed = used;
    this.poolHoles = 0;
  }

  private allocateSlot(activityId: number): number {
    const existing = this.slotOf(activityId);
    if (existing >= 0) this.remove(activityId);
    let slot = this.freeSlots.pop();
    if (slot === undefined) {
      if (this.size >= this.capacity) this.growRecords(Math.max(1024, Math.ceil(this.capacity * 1.5)));
      slot = this.size + this.freeSlots.length;
    }
    if (activityId >= this.slotOfId.length) {
      const next = new Int32Array(Math.max(1024, Math.ceil((activityId + 1) * 1.5))).fill(-1);
      next.set(this.slotOfId);
      this.slotOfId = next;
    }
    this.slotOfId[activityId] = slot;
    this.size++;
    return slot;
  }

  private growRecords(capacity: number): void {
    this.capacity = capacity;
    this.id = grow(this.id, capacity);
    this.commune = grow(this.commune, capacity);
    this.day = grow(this.day, capacity);
    this.month = grow(this.month, capacity);
    this.list = grow(this.list, capacity);
    this.category = grow(this.category, capacity);
    this.participants = grow(this.participants, capacity * GROUPS.length);
    this.ntm = grow(this.ntm, capacity * NTM_WORDS);
    this.assignedMask = grow(this.assignedMask, capacity);
    this.contributionStart = grow(this.contributionStart, capacity);
    this.contributionCount = grow(this.contributionCount, capacity);
    this.contributionRoom = grow(this.contributionRoom, capacity);
  }

  private growPool(capacity: number): void {
    this.poolCapacity = capacity;
    this.contributionId = grow(this.contributionId, capacity);
    this.contributionUnit = grow(this.contributionUnit, capacity);
    this.contributionKind = grow(this.contributionKind, capacity);
    this.contributionSource = grow(this.contributionSource, capacity);
    this.contributionValue = grow(this.contributionValue, capacity);
    this.contributionQuantity = grow(this.contributionQuantity, capacity);
    this.contributionItem = grow(this.contributionItem, capacity);
  }

  /** Room for `n` more contributions at the end of the pool: compact it, or grow it. */
  private makeRoom(n: number): void {
    if (this.poolHoles > this.poolUsed / 2) this.compact();
    if (this.poolUsed + n > this.poolCapacity) {
      this.growPool(Math.max(4096, Math.ceil((this.poolUsed + n) * 1.5)));
    }
  }

  /** Gives an activity whose contributions outgrew their room a larger place at the end. */
  private moveContributions(slot: number): void {
    const count = this.contributionCount[slot]!;
    const room = count * 2 + 1;
    if (this.poolUsed + room > this.poolCapacity) this.makeRoom(room);
    const from = this.contributionStart[slot]!;
    const to = this.poolUsed;
    this.copyContributions(from, to, count);
    this.poolHoles += this.contributionRoom[slot]!;
    this.contributionStart[slot] = to;
    this.contributionRoom[slot] = room;
    this.poolUsed += room;
  }

  private compact(): void {
    let used = 0;
    const live: number[] = [];
    for (let slot = 0; slot < this.size + this.freeSlots.length; slot++) if (this.list[slot]! >= 0) live.push(slot);
    live.sort((a, b) => this.contributionStart[a]! - this.contributionStart[b]!);
    for (const slot of live) {
      const from = this.contributionStart[slot]!;
      const count = this.contributionCount[slot]!;
      if (from !== used) this.copyContributions(from, used, count);
      this.contributionStart[slot] = used;
      this.contributionRoom[slot] = count;
      used += count;
    }
    this.poolUsed = used;
    this.poolHoles = 0;
  }

  private copyContributions(from: number, to: number, count: number): void {
    for (const a of [
      this.contributionId,
      this.contributionUnit,
      this.contributionKind,
      this.contributionSource,
      this.contributionValue,
      this.contributionQuantity,
      this.contributionItem,
    ]) {
      a.copyWithin(to, from, from + count);
    }
  }

  private internList(unitIds: readonly number[]): number {
    const sorted = [...unitIds].sort((a, b) => a - b);
    const key = sorted.join(',');
    let id = this.listIndex.get(key);
    if (id === undefined) {
      id = this.lists++;
      const start = this.listStart[id]!;
      if (id + 2 > this.listStart.length) this.listStart = grow(this.listStart, this.listStart.length * 2);
      if (start + sorted.length > this.listMembers.length) {
        this.listMembers = grow(this.listMembers, Math.max(this.listMembers.length * 2, start + sorted.length));
      }
      this.listMembers.set(sorted, start);
      this.listStart[id + 1] = start + sorted.length;
      this.listIndex.set(key, id);
      const last = sorted.at(-1)!;
      if (last > this.maxUnitId) this.maxUnitId = last;
    }
    return id;
  }

  private internItem(item: string, measureUnit: string): number {
    const name = `${item}\u0000${measureUnit}`;
    let id = this.itemNameIndex.get(name);
    if (id === undefined) {
      const folded = `${foldVietnamese(item)}|${foldVietnamese(measureUnit)}`;
      let key = this.itemKeyIndex.get(folded);
      if (key === undefined) {
        key = this.itemKeyIndex.size;
        this.itemKeyIndex.set(folded, key);
      }
      id = this.itemNames.length;
      this.itemNames.push({ item, measureUnit, key });
      this.itemNameIndex.set(name, id);
    }
    return id;
  }
}
