/**
 * What the in-memory statistics roll-ups are built from (docs/decisions/0008-stats-rollups.md):
 * the counted activities with their children, the small registries, and the change log that the
 * triggers of migration 0003 fill in the same transaction as every write.
 */
import type { ContributionKind, FundingSource, NtmCriteriaSet, ParticipantGroup, UnitGroup } from '@danvan/domain';
import type { DatabaseHandle } from '../db/client.js';
import { monthlyNorm } from './norms-repository.js';

export interface SourceUnit {
  id: number;
  code: string;
  name: string;
  group: UnitGroup;
  sortKey: string;
}

export interface SourceCommune {
  id: number;
  code: string;
  name: string;
  district: string;
  remote: boolean;
  sortKey: string;
  districtSortKey: string;
}

export interface SourceAssignment {
  id: number;
  unitId: number;
  communeId: number;
  validFrom: string;
  validTo: string | null;
}

/** An approved, not deleted activity with what the figures need of its children. */
export interface SourceActivity {
  id: number;
  communeId: number;
  startDate: string;
  unitIds: number[];
  /** The main (first) category; null when it has none. */
  category: string | null;
  participants: { group: ParticipantGroup; count: number }[];
  ntmCriteria: { criteriaSet: NtmCriteriaSet; criterion: number }[];
  /** How many contributions it has: `eachContribution` hands them over afterwards. */
  contributions: number;
}

export interface SourceContribution {
  id: number;
  activityId: number;
  unitId: number;
  kind: ContributionKind;
  source: FundingSource;
  item: string | null;
  quantity: number | null;
  measureUnit: string | null;
  valueVnd: number;
}

export type ChangeKind = 'activity' | 'assignments' | 'units' | 'communes' | 'directives';

export interface Changes {
  /** Activities whose figures may have changed (created, edited, deleted, children changed). */
  activityIds: Set<number>;
  /** Small tables to read again. */
  tables: Set<Exclude<ChangeKind, 'activity'>>;
}

/**
 * Activities are read in slices of ids: the activity rows and each child table once per slice,
 * ordered by activity id, then joined here. (One correlated subquery per child and activity was
 * ten times slower on a million activities.)
 */
const SLICE = 20_000;

/** `IN` over a JSON array parameter: one prepared statement for any number of ids. */
const IDS = '(SELECT value FROM json_each(?))';

/** How a query picks its activities: an id range, or a JSON array of ids. */
type Pick = 'range' | 'ids';
const PICKS: Record<Pick, (column: string) => string> = {
  range: (column) => `${column} BETWEEN ? AND ?`,
  ids: (column) => `${column} IN ${IDS}`,
};

type ActivityQuery = 'activities' | 'units' | 'categories' | 'participants' | 'ntm' | 'contributions';
const ACTIVITY_QUERIES: Record<ActivityQuery, (where: (column: string) => string) => string> = {
  activities: (where) =>
    // "+status": walk the ids, not the (status, start_date) index, which would read every approved row.
    `SELECT id, commune_id, start_date FROM activities
     WHERE +status = 'approved' AND deleted_at IS NULL AND ${where('id')} ORDER BY id`,
  units: (where) =>
    `SELECT activity_id, unit_id FROM activity_units WHERE ${where('activity_id')} ORDER BY activity_id`,
  categories: (where) =>
    `SELECT activity_id, category, position FROM activity_categories WHERE ${where('activity_id')}
     ORDER BY activity_id`,
  participants: (where) =>
    `SELECT activity_id, participant_group, count FROM activity_participants WHERE ${where('activity_id')}
     ORDER BY activity_id`,
  ntm: (where) =>
    `SELECT activity_id, criteria_set, criterion FROM activity_ntm_criteria WHERE ${where('activity_id')}
     ORDER BY activity_id`,
  contributions: (where) =>
    `SELECT activity_id, count(*) FROM contributions WHERE ${where('activity_id')}
     GROUP BY activity_id ORDER BY activity_id`,
};

const CONTRIBUTION_COLUMNS = `
  SELECT k.id, k.activity_id, k.unit_id, k.kind, k.source, k.item, k.quantity, k.measure_unit, k.value_vnd
  FROM contributions k`;

type ContributionRow = [
  number,
  number,
  number,
  ContributionKind,
  FundingSource,
  string | null,
  number | null,
  string | null,
  number,
];

/** Rows of one child table ordered by activity id, read along with the activities. */
class Cursor<R extends [number, ...unknown[]]> {
  private i = 0;
  constructor(private readonly rows: R[]) {}
  /** The rows of `activityId`; rows of activities that are not counted are skipped. */
  take(activityId: number): R[] {
    while (this.i < this.rows.length && this.rows[this.i]![0] < activityId) this.i++;
    const start = this.i;
    while (this.i < this.rows.length && this.rows[this.i]![0] === activityId) this.i++;
    return this.rows.slice(start, this.i);
  }
}

/** The category at the lowest position (the main one), as the activity lists them. */
function mainCategory(rows: readonly [number, string, number][]): string | null {
  let main: [number, string, number] | undefined;
  for (const r of rows) if (!main || r[2] < main[2]) main = r;
  return main?.[1] ?? null;
}

function toContribution(r: ContributionRow): SourceContribution {
  const [id, activityId, unitId, kind, source, item, quantity, measureUnit, valueVnd] = r;
  return { id, activityId, unitId, kind, source, item, quantity, measureUnit, valueVnd };
}

export function statsSourceRepository(handle: DatabaseHandle) {
  const db = handle.sqlite;
  const activityStatements = (pick: Pick) => {
    const where = PICKS[pick];
    const prepare = (key: ActivityQuery) => db.prepare<unknown[]>(ACTIVITY_QUERIES[key](where)).raw(true);
    return {
      activities: prepare('activities'),
      units: prepare('units'),
      categories: prepare('categories'),
      participants: prepare('participants'),
      ntm: prepare('ntm'),
      contributions: prepare('contributions'),
    };
  };
  const byRange = activityStatements('range');
  const byIds = activityStatements('ids');
  const idRange = db.prepare<[], { low: number | null; high: number | null }>(
    'SELECT min(id) AS low, max(id) AS high FROM activities',
  );

  /** The counted activities among those the parameters pick, joined with their children. */
  function readSlice(statements: typeof byRange, params: unknown[], visit: (a: SourceActivity) => void): void {
    const rows = (key: ActivityQuery) => statements[key].all(...params) as unknown[];
    const units = new Cursor(rows('units') as [number, number][]);
    const categories = new Cursor(rows('categories') as [number, string, number][]);
    const participants = new Cursor(rows('participants') as [number, ParticipantGroup, number][]);
    const ntm = new Cursor(rows('ntm') as [number, NtmCriteriaSet, number][]);
    const contributions = new Cursor(rows('contributions') as [number, number][]);
    for (const [id, communeId, startDate] of rows('activities') as [number, number, string][]) {
      visit({
        id,
        communeId,
        startDate,
        unitIds: units.take(id).map((r) => r[1]),
        category: mainCategory(categories.take(id)),
        participants: participants.take(id).map(([, group, count]) => ({ group, count })),
        ntmCriteria: ntm.take(id).map(([, criteriaSet, criterion]) => ({ criteriaSet, criterion })),
        contributions: contributions.take(id)[0]?.[1] ?? 0,
      });
    }
  }
  const allContributions = db.prepare<[]>(CONTRIBUTION_COLUMNS).raw(true);
  const someContributions = db.prepare<[string]>(`${CONTRIBUTION_COLUMNS} WHERE k.activity_id IN ${IDS}`).raw(true);
  const pending = db.prepare<[], { id: number }>('SELECT id FROM stats_changes LIMIT 1');
  const newest = db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM stats_changes');
  const changes = db.prepare<[], { id: number; kind: ChangeKind; activityId: number | null }>(
    'SELECT id, kind, activity_id AS activityId FROM stats_changes ORDER BY id',
  );
  const forget = db.prepare<[number]>('DELETE FROM stats_changes WHERE id <= ?');
  const forgetAll = db.prepare('DELETE FROM stats_changes');

  return {
    units(): SourceUnit[] {
      return db
        .prepare<[], SourceUnit>('SELECT id, code, name, unit_group AS "group", sort_key AS sortKey FROM units')
        .all();
    },

    communes(): SourceCommune[] {
      return db
        .prepare<[], Omit<SourceCommune, 'remote'> & { remote: number }>(
          `SELECT id, code, name, district, remote, sort_key AS sortKey, district_sort_key AS districtSortKey
           FROM communes`,
        )
        .all()
        .map((c) => ({ ...c, remote: c.remote === 1 }));
    },

    assignments(): SourceAssignment[] {
      return db
        .prepare<[], SourceAssignment>(
          `SELECT id, unit_id AS unitId, commune_id AS communeId, valid_from AS validFrom, valid_to AS validTo
           FROM assignments`,
        )
        .all();
    },

    norm(): number {
      return monthlyNorm(handle);
    },

    /** At most how many records a full build will hold, to size its arrays once (counted on an index). */
    sizes(): { activities: number; contributions: number } {
      const n = (sql: string) => (db.prepare<[], { n: number }>(sql).get()?.n ?? 0) as number;
      return {
        activities: n('SELECT count(*) AS n FROM activities'),
        contributions: n('SELECT count(*) AS n FROM contributions'),
      };
    },

    /** The counted activities: all of them, or those among `ids` (the others are gone or not counted). */
    eachActivity(ids: readonly number[] | null, visit: (a: SourceActivity) => void): void {
      if (ids) {
        readSlice(byIds, [JSON.stringify(ids)], visit);
        return;
      }
      const { low, high } = idRange.get() ?? { low: null, high: null };
      if (low === null || high === null) return;
      for (let from = low; from <= high; from += SLICE) readSlice(byRange, [from, from + SLICE - 1], visit);
    },

    /** Contributions: all of them, or those of the activities `ids`. */
    eachContribution(ids: readonly number[] | null, visit: (c: SourceContribution) => void): void {
      const rows = ids ? someContributions.iterate(JSON.stringify(ids)) : allContributions.iterate();
      for (const r of rows) visit(toContribution(r as ContributionRow));
    },

    /** Takes the pending changes off the log, in one transaction; null when there are none. */
    takeChanges(): Changes | null {
      if (pending.get() === undefined) return null;
      return db.transaction(() => {
        const rows = changes.all();
        const upTo = rows.at(-1)?.id;
        if (upTo === undefined) return null;
        forget.run(upTo);
        const taken: Changes = { activityIds: new Set(), tables: new Set() };
        for (const r of rows) {
          if (r.kind === 'activity') {
            if (r.activityId !== null) taken.activityIds.add(r.activityId);
          } else taken.tables.add(r.kind);
        }
        return taken;
      })();
    },

    /** Runs `read` over one consistent snapshot of the database. */
    snapshot<T>(read: () => T): T {
      return db.transaction(read)();
    },

    /**
     * Runs `read` over one consistent snapshot of the database, then forgets the changes that the
     * snapshot already holds: a full build supersedes them. When no change came in meanwhile (the
     * usual case, even after millions of rows were inserted), the log is emptied in one cheap step.
     */
    readAll<T>(read: () => T): T {
      const { top, result } = db.transaction(() => ({ top: newest.get()?.id ?? 0, result: read() }))();
      if (top > 0) {
        db.transaction(() => {
          if ((newest.get()?.id ?? 0) === top) forgetAll.run();
          else forget.run(top);
        }).immediate();
      }
      return result;
    },
  };
}

export type StatsSourceRepository = ReturnType<typeof statsSourceRepository>;
