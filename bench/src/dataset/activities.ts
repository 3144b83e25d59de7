/**
 * A million activities over five years with their organising units (about 5% joint), categories,
 * participants, NTM criteria and about three contributions each, written with prepared
 * statements in large transactions. Activities come in date order, as records are entered.
 */
import {
  type ActivityStatus,
  type ContributionKind,
  type FundingSource,
  ntmCriteriaSetOn,
  type ParticipantGroup,
  type ValuationMethod,
} from '@danvan/domain';
import type Database from 'better-sqlite3';
import { activityDerived } from '../../../apps/api/src/db/derived.js';
import { dateOf, dayOf, stampOf } from './days.js';
import { ACTIVITY_KINDS, GOODS, GOODS_FOR } from './names.js';
import { type Rng, WeightedPicker, weighted } from './random.js';
import { type Assignment, type Registries, type Sizes, SPAN } from './registries.js';

export interface ActivityCounts {
  activities: number;
  activityUnits: number;
  categories: number;
  participants: number;
  ntmCriteria: number;
  contributions: number;
}

const BATCH = 20_000;

const STATUS = weighted<ActivityStatus>([
  ['approved', 93],
  ['submitted', 3],
  ['returned', 1.5],
  ['draft', 2.5],
]);
const CONTRIBUTIONS_PER_ACTIVITY = weighted([
  [0, 10],
  [1, 10],
  [2, 15],
  [3, 25],
  [4, 20],
  [5, 12],
  [6, 8],
]);
const KIND = weighted<ContributionKind>([
  ['tien_mat', 45],
  ['hien_vat', 35],
  ['ngay_cong', 20],
]);
const SOURCE = weighted<FundingSource>([
  ['can_bo_dong_gop', 40],
  ['kinh_phi_don_vi', 25],
  ['xa_hoi_hoa', 20],
  ['ngan_sach', 5],
  ['nhan_dan', 10],
]);
const VALUATION = weighted<ValuationMethod>([
  ['hoa_don', 50],
  ['gia_thi_truong', 35],
  ['uoc_tinh', 15],
]);
const OTHER_GROUPS: readonly [ParticipantGroup, number][] = [
  ['cong_chuc_vien_chuc', 0.4],
  ['doan_vien_hoi_vien', 0.3],
  ['luc_luong_vu_trang', 0.08],
  ['nguoi_lao_dong', 0.15],
  ['nhan_dan', 0.6],
];

function statements(sqlite: Database.Database) {
  return {
    activity: sqlite.prepare(
      `INSERT INTO activities (id, title, commune_id, start_date, end_date, beneficiaries, description, status,
         review_comment, submitted_at, approved_at, deleted_at, search, version, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    ),
    unit: sqlite.prepare('INSERT INTO activity_units (activity_id, unit_id, position) VALUES (?, ?, ?)'),
    category: sqlite.prepare('INSERT INTO activity_categories (activity_id, category, position) VALUES (?, ?, ?)'),
    participants: sqlite.prepare(
      'INSERT INTO activity_participants (activity_id, participant_group, count) VALUES (?, ?, ?)',
    ),
    ntm: sqlite.prepare('INSERT INTO activity_ntm_criteria (activity_id, criteria_set, criterion) VALUES (?, ?, ?)'),
    contribution: sqlite.prepare(
      `INSERT INTO contributions (activity_id, unit_id, kind, source, item, quantity, measure_unit, value_vnd,
         valuation_method, note, version, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', 1, ?, ?)`,
    ),
  };
}

function validOn(list: readonly Assignment[], day: number): Assignment[] {
  return list.filter((a) => a.fromDay <= day && (a.toDay === null || a.toDay >= day));
}

export function writeActivities(
  sqlite: Database.Database,
  registries: Registries,
  sizes: Sizes,
  rng: Rng,
  progress: (done: number) => void,
): ActivityCounts {
  const { units, communes, byUnit, byCommune } = registries;
  const unitPicker = new WeightedPicker(
    units.map((u) => u.id),
    units.map((u) => u.weight),
  );
  const kindPicker = new WeightedPicker(
    ACTIVITY_KINDS.map((_, i) => i),
    ACTIVITY_KINDS.map((k) => k.weight),
  );
  const first = dayOf(SPAN.from);
  const days = dayOf(SPAN.to) - first + 1;
  const last = first + days - 1;
  // The folded search text of "title tại commune", computed once per pair.
  const searches = new Map<number, string>();
  const counts: ActivityCounts = {
    activities: 0,
    activityUnits: 0,
    categories: 0,
    participants: 0,
    ntmCriteria: 0,
    contributions: 0,
  };
  const s = statements(sqlite);

  const writeOne = (id: number) => {
    const i = id - 1;
    // In date order, a few entered a little late.
    const day = Math.min(last, Math.max(first, first + Math.floor((i * days) / sizes.activities) + rng.int(-3, 3)));
    const lead = unitPicker.pick(rng);
    const mine = validOn(byUnit[lead]!, day);
    const communeId = mine.length === 0 || rng.chance(0.03) ? rng.int(1, communes.length) : rng.pick(mine).communeId;
    const unitIds = [lead];
    if (rng.chance(0.05)) {
      const partners = validOn(byCommune[communeId]!, day).filter((a) => a.unitId !== lead);
      let partner = partners.length > 0 ? rng.pick(partners).unitId : rng.int(1, units.length);
      if (partner === lead) partner = (lead % units.length) + 1;
      if (partner !== lead) unitIds.push(partner);
    }
    const kindIndex = kindPicker.pick(rng);
    const kind = ACTIVITY_KINDS[kindIndex]!;
    const commune = communes[communeId - 1]!;
    const title = `${kind.title} tại ${commune.name}`;
    const searchKey = kindIndex * 1_000_000 + communeId;
    let search = searches.get(searchKey);
    if (search === undefined) {
      search = activityDerived({ title, description: '' }).search;
      searches.set(searchKey, search);
    }
    const status = STATUS.pick(rng);
    const startDate = dateOf(day);
    const endDay = rng.chance(0.1) ? Math.min(last, day + rng.int(1, 2)) : day;
    const deleted = rng.chance(0.004);
    const created = stampOf(day, rng.int(1, 9));
    const submitted = status === 'draft' ? null : stampOf(day + 1, 2);
    const approved = status === 'approved' ? stampOf(day + 3, 3) : null;
    const updated = deleted ? stampOf(day + 5, 4) : (approved ?? submitted ?? created);
    s.activity.run(
      id,
      title,
      communeId,
      startDate,
      dateOf(endDay),
      rng.chance(0.5) ? rng.int(10, 500) : 0,
      status,
      status === 'returned' ? 'Bổ sung ảnh minh chứng và số người tham gia' : null,
      submitted,
      approved,
      deleted ? stampOf(day + 5, 4) : null,
      search,
      created,
      updated,
    );
    counts.activities++;
    unitIds.forEach((unitId, position) => {
      s.unit.run(id, unitId, position);
      counts.activityUnits++;
    });
    s.category.run(id, kind.category, 0);
    counts.categories++;
    if (rng.chance(0.25)) {
      const second = ACTIVITY_KINDS[rng.int(0, ACTIVITY_KINDS.length - 1)]!.category;
      if (second !== kind.category) {
        s.category.run(id, second, 1);
        counts.categories++;
      }
    }
    s.participants.run(id, 'dang_vien', rng.int(5, 30) * unitIds.length);
    counts.participants++;
    for (const [group, p] of OTHER_GROUPS) {
      if (rng.chance(p)) {
        s.participants.run(id, group, group === 'nhan_dan' ? rng.int(10, 300) : rng.int(2, 40));
        counts.participants++;
      }
    }
    if (rng.chance(0.15)) {
      const set = ntmCriteriaSetOn(startDate);
      const a = rng.int(1, 19);
      s.ntm.run(id, set, a);
      counts.ntmCriteria++;
      const b = rng.int(1, 19);
      if (b !== a && rng.chance(0.4)) {
        s.ntm.run(id, set, b);
        counts.ntmCriteria++;
      }
    }
    const goods = GOODS_FOR[kind.category];
    const n = CONTRIBUTIONS_PER_ACTIVITY.pick(rng);
    for (let k = 0; k < n; k++) {
      const unitId = unitIds.length === 1 || rng.chance(0.6) ? lead : unitIds[1]!;
      const contributionKind = KIND.pick(rng);
      if (contributionKind === 'tien_mat') {
        const value = rng.int(4, 400) * 50_000;
        s.contribution.run(id, unitId, 'tien_mat', SOURCE.pick(rng), null, null, null, value, null, created, created);
      } else if (contributionKind === 'hien_vat') {
        const g = GOODS[goods && rng.chance(0.7) ? rng.pick(goods) : rng.int(0, GOODS.length - 1)]!;
        const quantity = rng.int(g.min, g.max);
        s.contribution.run(
          id,
          unitId,
          'hien_vat',
          SOURCE.pick(rng),
          g.item,
          quantity,
          g.measureUnit,
          quantity * g.price,
          VALUATION.pick(rng),
          created,
          created,
        );
      } else {
        // Whole and half days only: sums stay exact in floating point.
        const quantity = rng.int(2, 120) / 2;
        s.contribution.run(
          id,
          unitId,
          'ngay_cong',
          SOURCE.pick(rng),
          null,
          quantity,
          'ngày công',
          0,
          null,
          created,
          created,
        );
      }
      counts.contributions++;
    }
  };

  const writeBatch = sqlite.transaction((from: number, to: number) => {
    for (let id = from; id <= to; id++) writeOne(id);
  });
  for (let from = 1; from <= sizes.activities; from += BATCH) {
    writeBatch(from, Math.min(sizes.activities, from + BATCH - 1));
    progress(Math.min(sizes.activities, from + BATCH - 1));
  }
  return counts;
}
