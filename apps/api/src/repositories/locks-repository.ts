/** Month locks (khoá sổ): once a month is locked, its activities and their money cannot change. */
import { formatMonth, type MonthLock } from '@danvan/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { HttpProblem } from '../plugins/problems.js';
import { forbidden, isAdmin, type WriteContext, writeAudit } from './write-context.js';

interface LockRow {
  month: string;
  reason: string;
  lockedBy: number;
  lockedByName: string;
  lockedAt: string;
}

const SELECT = sql`SELECT l.month, l.reason, l.locked_by AS lockedBy, u.full_name AS lockedByName, l.locked_at AS lockedAt
  FROM month_locks l JOIN users u ON u.id = l.locked_by`;

export class LocksRepository {
  constructor(
    private readonly db: Db,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  list(): MonthLock[] {
    return this.db.all<LockRow>(sql`${SELECT} ORDER BY l.month DESC`);
  }

  get(month: string): MonthLock | null {
    return this.db.get<LockRow | undefined>(sql`${SELECT} WHERE l.month = ${month}`) ?? null;
  }

  lock(month: string, reason: string, ctx: WriteContext): MonthLock {
    if (!isAdmin(ctx) || ctx.actor.kind !== 'user' || ctx.actor.id === null) {
      throw forbidden('Chỉ quản trị (đăng nhập) mới khoá sổ');
    }
    const userId = ctx.actor.id;
    return this.db.transaction(() => {
      if (this.get(month)) {
        throw new HttpProblem(409, 'already-locked', 'Tháng đã khoá sổ', `${formatMonth(month)} đã khoá sổ từ trước.`);
      }
      const now = this.clock();
      this.db.run(
        sql`INSERT INTO month_locks (month, reason, locked_by, locked_at) VALUES (${month}, ${reason}, ${userId}, ${now})`,
      );
      const created = this.get(month)!;
      writeAudit(
        this.db,
        ctx,
        { entity: 'month_locks', entityId: month, action: 'lock', before: null, after: created },
        now,
      );
      return created;
    });
  }

  unlock(month: string, reason: string, ctx: WriteContext): boolean {
    if (!isAdmin(ctx)) throw forbidden('Chỉ quản trị mới mở khoá sổ');
    return this.db.transaction(() => {
      const current = this.get(month);
      if (!current) return false;
      const now = this.clock();
      this.db.run(sql`DELETE FROM month_locks WHERE month = ${month}`);
      writeAudit(
        this.db,
        ctx,
        { entity: 'month_locks', entityId: month, action: 'unlock', before: current, after: { reason } },
        now,
      );
      return true;
    });
  }
}
