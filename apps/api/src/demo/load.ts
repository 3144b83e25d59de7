/** Loading the demo dataset into an empty database, in one transaction. */
import { count } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DatabaseHandle, Db } from '../db/client.js';
import {
  activityDerived,
  communeDerived,
  difficultyDerived,
  directiveDerived,
  unitDerived,
  userDerived,
} from '../db/derived.js';
import {
  activities,
  activityCategories,
  activityNtmCriteria,
  activityParticipants,
  activityUnits,
  assignments,
  communes,
  contributions,
  difficulties,
  directives,
  meta,
  plans,
  units,
  users,
} from '../db/schema.js';
import { hashPasswordSync } from '../lib/passwords.js';
import { generateDemoData } from './generate.js';
import { SETUP_DATE, stampAt } from './stamps.js';
import type { DemoData } from './types.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The password of every demo account; it exists only in databases that hold the demo dataset. */
export const DEMO_PASSWORD = 'danvan-demo';

/** The demo accounts: one per role. */
export const DEMO_ACCOUNTS = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin', unitCode: null },
  { username: 'bandanvan', fullName: 'Cán bộ Chi bộ Ban Dân vận Tỉnh ủy', role: 'unit_officer', unitCode: 'CB-BDVTU' },
  { username: 'viewer', fullName: 'Lãnh đạo Đảng ủy Khối', role: 'viewer', unitCode: null },
] as const;

/**
 * Whether the database already holds registry or activity records, or accounts (the meta table
 * does not count). A database where someone has created an account is never given the demo.
 */
export function hasData(handle: DatabaseHandle): boolean {
  return holdsData(handle.db);
}

function holdsData(db: Db | Tx): boolean {
  for (const table of [units, communes, directives, activities, users] as SQLiteTable[]) {
    if ((db.select({ n: count() }).from(table).get()?.n ?? 0) > 0) return true;
  }
  return false;
}

export interface DemoLoadSummary {
  seed: number;
  directives: number;
  units: number;
  communes: number;
  assignments: number;
  activities: number;
  contributions: number;
  plans: number;
  difficulties: number;
  users: number;
}

/** Multi-row inserts in slices, well under SQLite's limit on bound parameters. */
function insertAll<T extends SQLiteTable>(tx: Tx, table: T, rows: readonly T['$inferInsert'][]): void {
  for (let i = 0; i < rows.length; i += 200)
    tx.insert(table)
      .values(rows.slice(i, i + 200))
      .run();
}

/**
 * Inserts the demo dataset (generated from the fixed seed unless given). Throws, changing nothing, when the
 * database already holds data: the demo is never loaded over real records.
 */
export function loadDemoData(handle: DatabaseHandle, data: DemoData = generateDemoData()): DemoLoadSummary {
  const version = 1;
  const contributionRows = data.activities.flatMap((a) =>
    a.contributions.map((c) => ({ ...c, activityId: a.id, version, createdAt: a.createdAt, updatedAt: a.createdAt })),
  );
  // Hashing is slow on purpose: done before the transaction, which then only writes.
  const accounts = DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash: hashPasswordSync(DEMO_PASSWORD) }));
  handle.db.transaction((tx) => {
    if (holdsData(tx)) throw new Error('Cơ sở dữ liệu đã có dữ liệu: không nạp dữ liệu minh họa đè lên.');
    insertAll(
      tx,
      directives,
      data.directives.map((d) => ({ ...d, ...directiveDerived(d), version })),
    );
    insertAll(
      tx,
      units,
      data.units.map((u) => ({ ...u, ...unitDerived(u), version })),
    );
    insertAll(
      tx,
      communes,
      data.communes.map((c) => ({ ...c, ...communeDerived(c), version })),
    );
    insertAll(
      tx,
      assignments,
      data.assignments.map((a) => ({ ...a, version })),
    );
    insertAll(
      tx,
      activities,
      data.activities.map((a) => ({
        id: a.id,
        title: a.title,
        communeId: a.communeId,
        startDate: a.startDate,
        endDate: a.endDate,
        beneficiaries: a.beneficiaries,
        description: a.description,
        status: a.status,
        reviewComment: a.reviewComment,
        submittedAt: a.submittedAt,
        approvedAt: a.approvedAt,
        deletedAt: null,
        ...activityDerived(a),
        version,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      })),
    );
    insertAll(
      tx,
      activityUnits,
      data.activities.flatMap((a) => a.unitIds.map((unitId, position) => ({ activityId: a.id, unitId, position }))),
    );
    insertAll(
      tx,
      activityCategories,
      data.activities.flatMap((a) =>
        a.categories.map((category, position) => ({ activityId: a.id, category, position })),
      ),
    );
    insertAll(
      tx,
      activityNtmCriteria,
      data.activities.flatMap((a) =>
        a.ntmCriteria.map((c) => ({ activityId: a.id, criteriaSet: c.set, criterion: c.number })),
      ),
    );
    insertAll(
      tx,
      activityParticipants,
      data.activities.flatMap((a) => a.participants.map((p) => ({ activityId: a.id, group: p.group, count: p.count }))),
    );
    insertAll(tx, contributions, contributionRows);
    insertAll(
      tx,
      plans,
      data.plans.map((p) => ({ ...p, version })),
    );
    insertAll(
      tx,
      difficulties,
      data.difficulties.map((d) => ({ ...d, ...difficultyDerived(d), version })),
    );
    const unitIds = new Map(data.units.map((u) => [u.code, u.id]));
    const stamp = stampAt(SETUP_DATE, 8);
    insertAll(
      tx,
      users,
      accounts.map(({ unitCode, ...a }) => ({
        ...a,
        ...userDerived(a),
        unitId: unitCode ? (unitIds.get(unitCode) ?? null) : null,
        active: true,
        version,
        createdAt: stamp,
        updatedAt: stamp,
      })),
    );
    for (const [key, value] of [
      ['demo', 'true'],
      ['demo_seed', String(data.seed)],
    ] as const) {
      tx.insert(meta).values({ key, value }).onConflictDoUpdate({ target: meta.key, set: { value } }).run();
    }
  });
  return {
    seed: data.seed,
    directives: data.directives.length,
    units: data.units.length,
    communes: data.communes.length,
    assignments: data.assignments.length,
    activities: data.activities.length,
    contributions: contributionRows.length,
    plans: data.plans.length,
    difficulties: data.difficulties.length,
    users: accounts.length,
  };
}
