/**
 * The naive baseline: the dashboards' figures computed the obvious way, with GROUP BY queries
 * over the raw rows of the window (SQLite picks its indexes; the database is ANALYZEd), on a
 * read-only connection to the same file the server uses.
 */
import { monthsOf, monthWithin, type Period } from '@danvan/domain';
import Database from 'better-sqlite3';

/** The figures both sides must agree on: a check that the naive queries count the same rows. */
export interface Check {
  visits: number;
  cash?: number;
  inKindValue?: number;
  labourDays?: number;
}

export interface NaiveRun {
  ms: number;
  check: Check;
}

const COUNTED = `a.status = 'approved' AND a.deleted_at IS NULL AND a.start_date BETWEEN @from AND @to`;

export class NaiveQueries {
  private readonly db: Database.Database;
  private readonly coverage;
  private readonly funding;

  constructor(databaseFile: string) {
    this.db = new Database(databaseFile, { readonly: true, fileMustExist: true });
    const visits = this.db.prepare<Period, { visits: number }>(
      `SELECT count(*) AS visits, count(DISTINCT a.id) AS activities, count(DISTINCT au.unit_id) AS activeUnits
       FROM activities a JOIN activity_units au ON au.activity_id = a.id WHERE ${COUNTED}`,
    );
    this.coverage = {
      visits,
      // The units × months matrix: lượt per cell.
      matrix: this.db.prepare<Period>(
        `SELECT au.unit_id, substr(a.start_date, 1, 7) AS month, count(*) AS visits
         FROM activities a JOIN activity_units au ON au.activity_id = a.id WHERE ${COUNTED}
         GROUP BY au.unit_id, month`,
      ),
      // Per month: units with an activity in a commune they were assigned to on the day.
      active: this.db.prepare<Period>(
        `SELECT substr(a.start_date, 1, 7) AS month, au.unit_id, count(*) AS n
         FROM activities a JOIN activity_units au ON au.activity_id = a.id
         JOIN assignments s ON s.unit_id = au.unit_id AND s.commune_id = a.commune_id
           AND s.valid_from <= a.start_date AND (s.valid_to IS NULL OR s.valid_to >= a.start_date)
         WHERE ${COUNTED} GROUP BY month, au.unit_id`,
      ),
      assigned: this.db.prepare<Period>(
        `SELECT count(DISTINCT unit_id) AS units, count(DISTINCT commune_id) AS communes FROM assignments
         WHERE valid_from <= @to AND (valid_to IS NULL OR valid_to >= @from)`,
      ),
      // Communes reached in the window and the last activity of each up to its end. `+` keeps SQLite
      // from walking the commune index (twice as slow as reading the rows in date order): the
      // baseline should be naive, not needlessly slow.
      communes: this.db.prepare<Period>(
        `SELECT a.commune_id, max(a.start_date) AS last, max(a.start_date >= @from) AS reached
         FROM activities a WHERE a.status = 'approved' AND a.deleted_at IS NULL AND a.start_date <= @to
         GROUP BY +a.commune_id`,
      ),
      participants: this.db.prepare<Period>(
        `SELECT p.participant_group, sum(p.count) AS people
         FROM activity_participants p JOIN activities a ON a.id = p.activity_id WHERE ${COUNTED}
         GROUP BY p.participant_group`,
      ),
    };
    const from = `FROM contributions c JOIN activities a ON a.id = c.activity_id WHERE ${COUNTED}`;
    const sums = `sum(c.value_vnd) AS value, sum(c.quantity) AS quantity`;
    this.funding = {
      visits,
      bySource: this.db.prepare<Period, { source: string; kind: string; value: number; quantity: number | null }>(
        `SELECT c.source, c.kind, ${sums} ${from} GROUP BY c.source, c.kind`,
      ),
      byUnit: this.db.prepare<Period>(`SELECT c.unit_id, c.kind, ${sums} ${from} GROUP BY c.unit_id, c.kind`),
      byCommune: this.db.prepare<Period>(`SELECT a.commune_id, c.kind, ${sums} ${from} GROUP BY a.commune_id, c.kind`),
      byCategory: this.db.prepare<Period>(
        `SELECT ac.category, c.kind, ${sums}
         FROM contributions c JOIN activities a ON a.id = c.activity_id
         JOIN activity_categories ac ON ac.activity_id = a.id AND ac.position = 0
         WHERE ${COUNTED} GROUP BY ac.category, c.kind`,
      ),
      byMonth: this.db.prepare<Period>(
        `SELECT substr(a.start_date, 1, 7) AS month, c.kind, ${sums} ${from} GROUP BY month, c.kind`,
      ),
      items: this.db.prepare<Period>(
        `SELECT c.item, c.measure_unit, ${sums}, count(*) AS n ${from} AND c.kind = 'hien_vat'
         GROUP BY c.item, c.measure_unit`,
      ),
    };
  }

  coverageOf(p: Period): NaiveRun {
    const started = performance.now();
    const q = this.coverage;
    const { visits } = q.visits.get(p)!;
    q.matrix.all(p);
    q.active.all(p);
    for (const month of monthsOf(p)) q.assigned.get(monthWithin(month, p)!);
    q.communes.all(p);
    q.participants.all(p);
    return { ms: performance.now() - started, check: { visits } };
  }

  fundingOf(p: Period): NaiveRun {
    const started = performance.now();
    const q = this.funding;
    const { visits } = q.visits.get(p)!;
    const check: Check = { visits, cash: 0, inKindValue: 0, labourDays: 0 };
    for (const row of q.bySource.all(p)) {
      if (row.kind === 'tien_mat') check.cash! += row.value;
      else if (row.kind === 'hien_vat') check.inKindValue! += row.value;
      else check.labourDays! += row.quantity ?? 0;
    }
    check.labourDays = Math.round(check.labourDays! * 100) / 100;
    q.byUnit.all(p);
    q.byCommune.all(p);
    q.byCategory.all(p);
    q.byMonth.all(p);
    q.items.all(p);
    return { ms: performance.now() - started, check };
  }

  close(): void {
    this.db.close();
  }
}

/** The same figures read from a stats answer. */
export function checkOf(endpoint: 'coverage' | 'funding', body: string): Check {
  const json = JSON.parse(body) as {
    visits: number;
    total?: { cash: number; inKindValue: number; labourDays: number };
  };
  return endpoint === 'coverage'
    ? { visits: json.visits }
    : {
        visits: json.visits,
        cash: json.total?.cash ?? Number.NaN,
        inKindValue: json.total?.inKindValue ?? Number.NaN,
        labourDays: json.total?.labourDays ?? Number.NaN,
      };
}
