/**
 * Browser sessions, stored by the SHA-256 of their token: the token itself lives only in the
 * browser's cookie.
 */
import type { Role } from '@danvan/domain';
import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sessions, units, users } from '../db/schema.js';
import { randomSecret, sha256Hex } from '../lib/secrets.js';

/** How often, at most, `last_seen_at` is written. */
export const TOUCH_INTERVAL_MS = 60_000;

export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
}

export interface ActiveSession {
  id: string;
  csrfToken: string;
  expiresAt: string;
  lastSeenAt: string;
  user: SessionUser;
}

export function sessionsRepository(db: Db) {
  // Read on every request: prepared once.
  const byId = db
    .select({
      id: sessions.id,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      user: {
        id: users.id,
        username: users.username,
        fullName: users.fullName,
        role: users.role,
        unitId: users.unitId,
        unitName: units.name,
        active: users.active,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare();

  return {
    /** Opens a session; the answer's `token` goes into the cookie and is not kept. */
    create(userId: number, now: Date, lifetimeMs: number): { token: string; session: ActiveSession } {
      const token = randomSecret();
      const id = sha256Hex(token);
      const stamp = now.toISOString();
      db.insert(sessions)
        .values({
          id,
          userId,
          csrfToken: randomSecret(),
          createdAt: stamp,
          expiresAt: new Date(now.getTime() + lifetimeMs).toISOString(),
          lastSeenAt: stamp,
        })
        .run();
      return { token, session: this.find(token, now)! };
    },

    /** The session of a cookie's token, if it exists, has not expired and its user is active. */
    find(token: string, now: Date): ActiveSession | null {
      const row = byId.get({ id: sha256Hex(token) });
      if (!row?.user.active || row.expiresAt <= now.toISOString()) return null;
      const { active: _active, ...user } = row.user;
      return { ...row, user };
    },

    /** Records activity, at most once a minute per session. */
    touch(session: ActiveSession, now: Date): void {
      if (now.getTime() - Date.parse(session.lastSeenAt) < TOUCH_INTERVAL_MS) return;
      db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, session.id)).run();
    },

    /** Ends the session of a cookie's token (whether or not it is still valid). */
    deleteByToken(token: string): void {
      db.delete(sessions)
        .where(eq(sessions.id, sha256Hex(token)))
        .run();
    },

    deleteExpired(now: Date): void {
      db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())).run();
    },

    deleteForUser(userId: number): void {
      db.delete(sessions).where(eq(sessions.userId, userId)).run();
    },
  };
}

export type SessionsRepository = ReturnType<typeof sessionsRepository>;
