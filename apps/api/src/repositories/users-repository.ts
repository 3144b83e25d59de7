/**
 * Accounts. The password hash never leaves this module except through `findCredentials`, which
 * only the login uses.
 */
import type { Role, User, UserListQuery } from '@danvan/domain';
import { and, asc, count, desc, eq, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { userDerived } from '../db/derived.js';
import { sessions, units, users } from '../db/schema.js';
import { staleProblem } from '../lib/etag.js';
import { HttpProblem } from '../plugins/problems.js';
import { searchCondition } from './table-repository.js';

export interface NewUser {
  username: string;
  fullName: string;
  role: Role;
  unitId: number | null;
  active: boolean;
  passwordHash: string;
}

export interface UserChanges {
  fullName?: string | undefined;
  role?: Role | undefined;
  unitId?: number | null | undefined;
  active?: boolean | undefined;
  passwordHash?: string | undefined;
}

export interface Credentials {
  user: User;
  passwordHash: string;
}

const columns = {
  id: users.id,
  version: users.version,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  username: users.username,
  fullName: users.fullName,
  role: users.role,
  unitId: users.unitId,
  unitName: units.name,
  active: users.active,
};

const SORTS = {
  fullName: users.sortKey,
  username: users.username,
  role: users.role,
  createdAt: users.createdAt,
} as const;

function roleRefusal(message: string): HttpProblem {
  return new HttpProblem(400, 'validation', 'Dữ liệu không hợp lệ', message, [{ path: 'unitId', message }]);
}

export function usersRepository(db: Db, now: () => string = () => new Date().toISOString()) {
  const select = () => db.select(columns).from(users).leftJoin(units, eq(units.id, users.unitId));

  function get(id: number): User | null {
    return select().where(eq(users.id, id)).get() ?? null;
  }

  function checkUnit(role: Role, unitId: number | null): void {
    if (role === 'unit_officer' && unitId === null) throw roleRefusal('Cán bộ đơn vị cần chọn đơn vị');
    if (role !== 'unit_officer' && unitId !== null) throw roleRefusal('Chỉ cán bộ đơn vị mới gắn với một đơn vị');
    if (unitId !== null && !db.select({ id: units.id }).from(units).where(eq(units.id, unitId)).get()) {
      throw roleRefusal(`Không có đơn vị với id ${unitId}`);
    }
  }

  function activeAdmins(exceptId: number): number {
    return (
      db
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, exceptId)))
        .get()?.n ?? 0
    );
  }

  return {
    get,

    list(q: UserListQuery) {
      const where = and(
        ...[
          searchCondition(users.search, q.q),
          q.role ? eq(users.role, q.role) : undefined,
          q.unitId ? eq(users.unitId, q.unitId) : undefined,
          q.active === undefined ? undefined : eq(users.active, q.active),
        ].filter((c): c is SQL => c !== undefined),
      );
      const total = db.select({ n: count() }).from(users).where(where).get()?.n ?? 0;
      const descending = q.sort.startsWith('-');
      const key = (descending ? q.sort.slice(1) : q.sort) as keyof typeof SORTS;
      const direction = descending ? desc : asc;
      const items = select()
        .where(where)
        .orderBy(direction(SORTS[key]), direction(users.id))
        .limit(q.limit)
        .offset((q.page - 1) * q.limit)
        .all();
      return { items, total, page: q.page, limit: q.limit, pages: Math.ceil(total / q.limit) };
    },

    /** The account and its password hash, for the login only. */
    findCredentials(username: string): Credentials | null {
      const row = db
        .select({ ...columns, passwordHash: users.passwordHash })
        .from(users)
        .leftJoin(units, eq(units.id, users.unitId))
        .where(eq(users.username, username))
        .get();
      if (!row) return null;
      const { passwordHash, ...user } = row;
      return { user, passwordHash };
    },

    exists(username: string): boolean {
      return !!db.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
    },

    count(): number {
      return db.select({ n: count() }).from(users).get()?.n ?? 0;
    },

    create(input: NewUser): User {
      return db.transaction((tx) => {
        checkUnit(input.role, input.unitId);
        const other = tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get();
        if (other) {
          const message = 'Tên đăng nhập đã có người dùng';
          throw new HttpProblem(409, 'duplicate', 'Trùng dữ liệu', message, [{ path: 'username', message }]);
        }
        const stamp = now();
        const [row] = tx
          .insert(users)
          .values({ ...input, ...userDerived(input), version: 1, createdAt: stamp, updatedAt: stamp })
          .returning({ id: users.id })
          .all();
        return get(row!.id)!;
      });
    },

    /**
     * Applies the changes if the account is still at `expected`. Deactivating an account or
     * changing its password or role ends its sessions. The last active admin cannot be demoted
     * or deactivated: nobody could manage accounts any more.
     */
    update(id: number, expected: number | '*', changes: UserChanges): User | null {
      return db.transaction((tx) => {
        const current = get(id);
        if (!current) return null;
        if (expected !== '*' && current.version !== expected) throw staleProblem('Tài khoản', current.version);
        const role = changes.role ?? current.role;
        const unitId = changes.unitId !== undefined ? changes.unitId : current.unitId;
        const active = changes.active ?? current.active;
        checkUnit(role, unitId);
        if (current.role === 'admin' && current.active && (role !== 'admin' || !active) && activeAdmins(id) === 0) {
          throw new HttpProblem(
            409,
            'last-admin',
            'Không thể thay đổi',
            'Đây là tài khoản quản trị cuối cùng còn hoạt động: hãy tạo một quản trị khác trước.',
          );
        }
        const fullName = changes.fullName ?? current.fullName;
        const [row] = tx
          .update(users)
          .set({
            fullName,
            role,
            unitId,
            active,
            ...(changes.passwordHash ? { passwordHash: changes.passwordHash } : {}),
            ...userDerived({ username: current.username, fullName }),
            version: current.version + 1,
            updatedAt: now(),
          })
          .where(and(eq(users.id, id), eq(users.version, current.version)))
          .returning({ id: users.id })
          .all();
        if (!row) throw staleProblem('Tài khoản', current.version + 1);
        if (!active || changes.passwordHash || role !== current.role || unitId !== current.unitId) {
          tx.delete(sessions).where(eq(sessions.userId, id)).run();
        }
        return get(id);
      });
    },
  };
}

export type UsersRepository = ReturnType<typeof usersRepository>;
