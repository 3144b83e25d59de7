/**
 * One month of roll-ups: the month's counted activities pre-aggregated into cells, so that a
 * window made of whole months reads a few cells per (commune, organising units) instead of every
 * activity and contribution.
 *
 * - A cell is a (commune, sorted list of organising units) of the month: activities, participants
 *   by group, NTM criteria served, the latest day, and for each unit of the list how many of the
 *   activities were in a commune it was assigned to on the activity's date.
 * - A funding entry is (cell, main category, contributing unit, source): cash, in-kind value,
 *   labour days.
 * - An item entry is (cell, contributing unit, in-kind item key): quantity, value, contributions,
 *   and the first contribution (lowest id) with its name as written.
 *
 * Keeping the organising units as a list (not one unit) is what lets a joint activity count once
 * as an activity and once per unit in scope as a lượt, whatever the unit filter.
 */
import {
  type ActivityStore,
  CATEGORIES,
  GROUPS,
  KIND_CASH,
  KIND_IN_KIND,
  NTM_WORDS,
  SOURCES,
} from './activity-store.js';
import { MonthFunding } from './month-funding.js';
import { MonthReach } from './month-reach.js';
import type { Registry } from './registry.js';

const G = GROUPS.length;
const FUNDING_CODES = CATEGORIES.length * SOURCES.length;

export class MonthBucket {
  /** The month's activity slots in day order: the day-level entries of partial months. */
  readonly slots: Int32Array;

  cells = 0;
  cellCommune: Int32Array;
  cellList: Int32Array;
  cellCount: Int32Array;
  cellLastDay: Int32Array;
  cellParticipants: Float64Array;
  cellNtm: Uint32Array;
  /** Where the cell's per-unit counts start in `assignedCounts` (one per unit of its list). */
  cellAssignedStart: Int32Array;
  assignedCounts: Int32Array;

  funding = 0;
  fundingCell: Int32Array;
  fundingCategory: Uint8Array;
  fundingSource: Uint8Array;
  fundingUnit: Int32Array;
  fundingCash: Float64Array;
  fundingInKind: Float64Array;
  fundingLabour: Float64Array;

  private assignedUsed = 0;

  /** The month's reach and money over every unit and commune, for queries without filters. */
  readonly reach: MonthReach;
  readonly summary: MonthFunding;

  items = 0;
  itemCell: Int32Array;
  itemUnit: Int32Array;
  itemKey: Int32Array;
  itemQuantity: Float64Array;
  itemValue: Float64Array;
  itemCount: Int32Array;
  itemFirstId: Int32Array;
  itemFirstName: Int32Array;

  constructor(
    readonly month: number,
    store: ActivityStore,
    registry: Registry,
  ) {
    const slots = store.monthSlots(month);
    this.slots = slots;
    let contributions = 0;
    let listUnits = 0;
    for (const s of slots) {
      contributions += store.contributionCount[s]!;
      const list = store.list[s]!;
      listUnits += store.listStart[list + 1]! - store.listStart[list]!;
    }
    const n = slots.length;
    this.cellCommune = new Int32Array(n);
    this.cellList = new Int32Array(n);
    this.cellCount = new Int32Array(n);
    this.cellLastDay = new Int32Array(n);
    this.cellParticipants = new Float64Array(n * G);
    this.cellNtm = new Uint32Array(n * NTM_WORDS);
    this.cellAssignedStart = new Int32Array(n);
    this.assignedCounts = new Int32Array(listUnits);
    this.fundingCell = new Int32Array(contributions);
    this.fundingCategory = new Uint8Array(contributions);
    this.fundingSource = new Uint8Array(contributions);
    this.fundingUnit = new Int32Array(contributions);
    this.fundingCash = new Float64Array(contributions);
    this.fundingInKind = new Float64Array(contributions);
    this.fundingLabour = new Float64Array(contributions);
    this.itemCell = new Int32Array(contributions);
    this.itemUnit = new Int32Array(contributions);
    this.itemKey = new Int32Array(contributions);
    this.itemQuantity = new Float64Array(contributions);
    this.itemValue = new Float64Array(contributions);
    this.itemCount = new Int32Array(contributions);
    this.itemFirstId = new Int32Array(contributions);
    this.itemFirstName = new Int32Array(contributions);
    this.build(store, registry);
    this.trim();
    let communes = 0;
    for (let c = 0; c < this.cells; c++) communes = Math.max(communes, this.cellCommune[c]! + 1);
    this.reach = new MonthReach(this, store.listStart, store.listMembers, store.maxUnitId + 1, communes);
    this.summary = new MonthFunding(this, store.maxUnitId + 1, communes, store.itemKeys);
  }

  private build(store: ActivityStore, registry: Registry): void {
    const cellOf = new Map<number, number>();
    const fundingOf = new Map<number | string, number>();
    const itemOf = new Map<number | string, number>();
    const unitSpan = store.maxUnitId + 1;
    const itemSpan = store.itemKeys + 1;
    // Composite keys as one number while they stay exact; as strings beyond (never at real sizes).
    const n = this.slots.length + 1;
    const numericFunding = n * FUNDING_CODES * unitSpan < Number.MAX_SAFE_INTEGER;
    const numericItems = n * unitSpan * itemSpan < Number.MAX_SAFE_INTEGER;
    for (const s of this.slots) {
      const commune = store.commune[s]!;
      const list = store.list[s]!;
      const first = store.listStart[list]!;
      const members = store.listStart[list + 1]! - first;
      const day = store.day[s]!;
      const cellKey = commune * 0x100_0000 + list;
      let cell = cellOf.get(cellKey);
      if (cell === undefined) {
        cell = this.cells++;
        cellOf.set(cellKey, cell);
        this.cellCommune[cell] = commune;
        this.cellList[cell] = list;
        this.cellLastDay[cell] = day;
        this.cellAssignedStart[cell] = this.assignedUsed;
        this.assignedUsed += members;
      }
      this.cellCount[cell] = this.cellCount[cell]! + 1;
      if (day > this.cellLastDay[cell]!) this.cellLastDay[cell] = day;
      for (let g = 0; g < G; g++) {
        this.cellParticipants[cell * G + g] = this.cellParticipants[cell * G + g]! + store.participants[s * G + g]!;
      }
      for (let w = 0; w < NTM_WORDS; w++) {
        this.cellNtm[cell * NTM_WORDS + w] = this.cellNtm[cell * NTM_WORDS + w]! | store.ntm[s * NTM_WORDS + w]!;
      }
      const assignedAt = this.cellAssignedStart[cell]!;
      let mask = 0;
      for (let p = 0; p < members; p++) {
        if (registry.isAssignedOn(store.listMembers[first + p]!, commune, day)) {
          this.assignedCounts[assignedAt + p] = this.assignedCounts[assignedAt + p]! + 1;
          if (p < 32) mask |= 1 << p;
        }
      }
      store.assignedMask[s] = mask;

      const category = store.category[s]!;
      const start = store.contributionStart[s]!;
      const end = start + store.contributionCount[s]!;
      for (let k = start; k < end; k++) {
        const unit = store.contributionUnit[k]!;
        const source = store.contributionSource[k]!;
        const code = category * SOURCES.length + source;
        const fundingKey = numericFunding ? (cell * FUNDING_CODES + code) * unitSpan + unit : `${cell} ${code} ${unit}`;
        let f = fundingOf.get(fundingKey);
        if (f === undefined) {
          f = this.funding++;
          fundingOf.set(fundingKey, f);
          this.fundingCell[f] = cell;
          this.fundingCategory[f] = category;
          this.fundingSource[f] = source;
          this.fundingUnit[f] = unit;
        }
        const kind = store.contributionKind[k]!;
        if (kind === KIND_CASH) this.fundingCash[f] = this.fundingCash[f]! + store.contributionValue[k]!;
        else if (kind === KIND_IN_KIND) this.fundingInKind[f] = this.fundingInKind[f]! + store.contributionValue[k]!;
        else this.fundingLabour[f] = this.fundingLabour[f]! + store.contributionQuantity[k]!;

        const name = store.contributionItem[k]!;
        if (name < 0) continue;
        const key = store.itemNames[name]!.key;
        const itemKey = numericItems ? (cell * unitSpan + unit) * itemSpan + key : `${cell} ${unit} ${key}`;
        let i = itemOf.get(itemKey);
        const id = store.contributionId[k]!;
        if (i === undefined) {
          i = this.items++;
          itemOf.set(itemKey, i);
          this.itemCell[i] = cell;
          this.itemUnit[i] = unit;
          this.itemKey[i] = key;
          this.itemFirstId[i] = id;
          this.itemFirstName[i] = name;
        } else if (id < this.itemFirstId[i]!) {
          this.itemFirstId[i] = id;
          this.itemFirstName[i] = name;
        }
        this.itemQuantity[i] = this.itemQuantity[i]! + store.contributionQuantity[k]!;
        this.itemValue[i] = this.itemValue[i]! + store.contributionValue[k]!;
        this.itemCount[i] = this.itemCount[i]! + 1;
      }
    }
  }

  /** Copies the arrays to their used length: the build sized them for the worst case. */
  private trim(): void {
    const c = this.cells;
    this.cellCommune = this.cellCommune.slice(0, c);
    this.cellList = this.cellList.slice(0, c);
    this.cellCount = this.cellCount.slice(0, c);
    this.cellLastDay = this.cellLastDay.slice(0, c);
    this.cellParticipants = this.cellParticipants.slice(0, c * G);
    this.cellNtm = this.cellNtm.slice(0, c * NTM_WORDS);
    this.cellAssignedStart = this.cellAssignedStart.slice(0, c);
    this.assignedCounts = this.assignedCounts.slice(0, this.assignedUsed);
    const f = this.funding;
    this.fundingCell = this.fundingCell.slice(0, f);
    this.fundingCategory = this.fundingCategory.slice(0, f);
    this.fundingSource = this.fundingSource.slice(0, f);
    this.fundingUnit = this.fundingUnit.slice(0, f);
    this.fundingCash = this.fundingCash.slice(0, f);
    this.fundingInKind = this.fundingInKind.slice(0, f);
    this.fundingLabour = this.fundingLabour.slice(0, f);
    const i = this.items;
    this.itemCell = this.itemCell.slice(0, i);
    this.itemUnit = this.itemUnit.slice(0, i);
    this.itemKey = this.itemKey.slice(0, i);
    this.itemQuantity = this.itemQuantity.slice(0, i);
    this.itemValue = this.itemValue.slice(0, i);
    this.itemCount = this.itemCount.slice(0, i);
    this.itemFirstId = this.itemFirstId.slice(0, i);
    this.itemFirstName = this.itemFirstName.slice(0, i);
  }

  bytes(): number {
    return [
      this.slots,
      this.cellCommune,
      this.cellList,
      this.cellCount,
      this.cellLastDay,
      this.cellParticipants,
      this.cellNtm,
      this.cellAssignedStart,
      this.assignedCounts,
      this.fundingCell,
      this.fundingCategory,
      this.fundingSource,
      this.fundingUnit,
      this.fundingCash,
      this.fundingInKind,
      this.fundingLabour,
      this.itemCell,
      this.itemUnit,
      this.itemKey,
      this.itemQuantity,
      this.itemValue,
      this.itemCount,
      this.itemFirstId,
      this.itemFirstName,
    ].reduce((sum, a) => sum + a.byteLength, this.summary.bytes() + this.reach.bytes());
  }
}
