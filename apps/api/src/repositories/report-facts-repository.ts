/**
 * What a period report says beyond the stats API's figures: the kinds of work done (per category),
 * the communes each unit is assigned to and reached, the directives the assignments carry out, the
 * difficulties recorded, and the names of the scope. Counted as the stats are: approved, not deleted
 * activities started in the period, at communes in scope, by units in scope (a joint activity is one
 * lượt for each of its units in scope).
 */
import type { ActivityCategory, DifficultyKind, DifficultyStatus, ReportQuery, UnitGroup } from '@danvan/domain';
import type { DatabaseHandle } from '../db/client.js';

export interface CategoryCount {
  category: ActivityCategory;
  activities: number;
  visits: number;
}

export interface UnitCommunes {
  unitId: number;
  assigned: number;
  reached: number;
}

export interface ReportDirective {
  code: string;
  kind: string;
  issuer: string;
  issuedOn: string;
  title: string;
}

export interface ReportDifficulty {
  id: number;
  kind: DifficultyKind;
  text: string;
  recommendation: string;
  status: DifficultyStatus;
  periodFrom: string;
  periodTo: string;
  unitName: string | null;
  communeName: string | null;
}

export interface ReportUnitInfo {
  id: number;
  name: string;
  group: UnitGroup;
}

type Params = Record<string, string | number | null>;

/** SQL conditions of the scope on a unit (alias u) and a commune (alias c). */
function scopeSql(q: ReportQuery): { unit: string; commune: string; params: Params } {
  return {
    unit: '(@unitId IS NULL OR u.id = @unitId) AND (@unitGroup IS NULL OR u.unit_group = @unitGroup)',
    commune: '(@district IS NULL OR c.district = @district)',
    params: {
      from: q.from,
      to: q.to,
      unitId: q.unitId ?? null,
      unitGroup: q.unitGroup ?? null,
      district: q.district ?? null,
    },
  };
}

/** The (activity, unit) pairs that count as lượt in the period and scope. */
function visitsCte(s: ReturnType<typeof scopeSql>): string {
  return `WITH visits AS (
    SELECT a.id AS activityId, au.unit_id AS unitId, a.commune_id AS communeId
    FROM activities a
    JOIN activity_units au ON au.activity_id = a.id
    JOIN units u ON u.id = au.unit_id
    JOIN communes c ON c.id = a.commune_id
    WHERE a.status = 'approved' AND a.deleted_at IS NULL AND a.start_date BETWEEN @from AND @to
      AND ${s.unit} AND ${s.commune}
  )`;
}

export function reportFactsRepository(handle: DatabaseHandle) {
  const db = handle.sqlite;
  return {
    /** Activities and lượt per category, most lượt first. */
    categories(q: ReportQuery): CategoryCount[] {
      const s = scopeSql(q);
      return db
        .prepare<Params, CategoryCount>(
          `${visitsCte(s)}
           SELECT ac.category AS category, COUNT(DISTINCT v.activityId) AS activities, COUNT(*) AS visits
           FROM visits v JOIN activity_categories ac ON ac.activity_id = v.activityId
           GROUP BY ac.category ORDER BY visits DESC, activities DESC, ac.category`,
        )
        .all(s.params);
    },

    /** For each unit in scope with an assignment in the period: communes assigned, and communes reached. */
    unitCommunes(q: ReportQuery): UnitCommunes[] {
      const s = scopeSql(q);
      return db
        .prepare<Params, UnitCommunes>(
          `${visitsCte(s)},
           assigned AS (
             SELECT s.unit_id AS unitId, COUNT(DISTINCT s.commune_id) AS n
             FROM assignments s JOIN units u ON u.id = s.unit_id JOIN communes c ON c.id = s.commune_id
             WHERE s.valid_from <= @to AND (s.valid_to IS NULL OR s.valid_to >= @from) AND ${s.unit} AND ${s.commune}
             GROUP BY s.unit_id
           ),
           reached AS (SELECT unitId, COUNT(DISTINCT communeId) AS n FROM visits GROUP BY unitId)
           SELECT a.unitId AS unitId, a.n AS assigned, COALESCE(r.n, 0) AS reached
           FROM assigned a LEFT JOIN reached r ON r.unitId = a.unitId
           UNION ALL
           SELECT r.unitId, 0, r.n FROM reached r WHERE r.unitId NOT IN (SELECT unitId FROM assigned)`,
        )
        .all(s.params);
    },

    /** The directives that the period's assignments in scope carry out, with the ones they implement, oldest first. */
    directives(q: ReportQuery): ReportDirective[] {
      const s = scopeSql(q);
      return db
        .prepare<Params, ReportDirective>(
          `WITH used AS (
             SELECT DISTINCT s.directive_id AS id
             FROM assignments s JOIN units u ON u.id = s.unit_id JOIN communes c ON c.id = s.commune_id
             WHERE s.valid_from <= @to AND (s.valid_to IS NULL OR s.valid_to >= @from) AND ${s.unit} AND ${s.commune}
           ),
           chain(id) AS (
             SELECT id FROM used
             UNION SELECT d.parent_id FROM directives d JOIN chain ON d.id = chain.id WHERE d.parent_id IS NOT NULL
           )
           SELECT code, kind, issuer, issued_on AS issuedOn, title FROM directives
           WHERE id IN (SELECT id FROM chain) ORDER BY issued_on, id`,
        )
        .all(s.params);
    },

    /**
     * Difficulties whose period overlaps the report's, of units in scope or at communes in scope. A narrowed
     * scope (a unit, a group, a district) keeps only those that name a unit or commune inside it.
     */
    difficulties(q: ReportQuery): ReportDifficulty[] {
      const s = scopeSql(q);
      const unitScoped = q.unitId !== undefined || q.unitGroup !== undefined;
      const communeScoped = q.district !== undefined;
      return db
        .prepare<Params, ReportDifficulty>(
          `SELECT d.id, d.kind, d.text, d.recommendation, d.status, d.period_from AS periodFrom,
                  d.period_to AS periodTo, u.name AS unitName, c.name AS communeName
           FROM difficulties d
           LEFT JOIN units u ON u.id = d.unit_id
           LEFT JOIN communes c ON c.id = d.commune_id
           WHERE d.period_from <= @to AND d.period_to >= @from
             AND (${unitScoped ? `u.id IS NOT NULL AND ${s.unit}` : `(u.id IS NULL OR ${s.unit})`})
             AND (${
               communeScoped
                 ? `(c.id IS NOT NULL AND ${s.commune}) OR (c.id IS NULL AND EXISTS (
                      SELECT 1 FROM assignments sa JOIN communes c ON c.id = sa.commune_id
                      WHERE sa.unit_id = d.unit_id AND sa.valid_from <= @to
                        AND (sa.valid_to IS NULL OR sa.valid_to >= @from) AND ${s.commune}))`
                 : `c.id IS NULL OR ${s.commune}`
             })
           ORDER BY d.kind, d.period_from, d.id`,
        )
        .all(s.params);
    },

    unit(id: number): ReportUnitInfo | undefined {
      return db
        .prepare<[number], ReportUnitInfo>('SELECT id, name, unit_group AS "group" FROM units WHERE id = ?')
        .get(id);
    },

    units(): ReportUnitInfo[] {
      return db.prepare<[], ReportUnitInfo>('SELECT id, name, unit_group AS "group" FROM units ORDER BY id').all();
    },
  };
}
export type ReportFactsRepository = ReturnType<typeof reportFactsRepository>;
