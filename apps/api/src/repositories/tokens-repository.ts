/** Integrators' API tokens, stored by their SHA-256; the token itself is shown once, at creation. */
import type { ApiToken, ApiTokenListQuery, TokenScope } from '@danvan/domain';
import { and, asc, count, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { apiTokens, units } from '../db/schema.js';
import { randomSecret, sha256Hex } from '../lib/secrets.js';
import { HttpProblem } from '../plugins/problems.js';
import { TOUCH_INTERVAL_MS } from './sessions-repository.js';

export const TOKEN_PREFIX = 'dvcs_';

/** What a token is looked up by: the SHA-256 it is stored as; null for what cannot be a token. */
export function hashOfBearer(token: string): string | null {
  return token.startsWith(TOKEN_PREFIX) ? sha256Hex(token) : null;
}

export interface NewToken {
  name: string;
  scope: TokenScope;
  unitId: number | null;
  expiresOn: string;
  createdBy: number;
}

/** A token that may be used now, with what it may do. */
export interface UsableToken {
  id: number;
  name: string;
  scope: TokenScope;
  unitId: number | null;
  lastUsedAt: string | null;
  /** The end of its expiry date, Vietnam time (milliseconds since 1970): from then on it is refused. */
  usableUntil: number;
}

const DAY_MS = 86_400_000;

const columns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  scope: apiTokens.scope,
  unitId: apiTokens.unitId,
  expiresOn: apiTokens.expiresOn,
  createdAt: apiTokens.createdAt,
  createdBy: apiTokens.createdBy,
  revokedAt: apiTokens.revokedAt,
  lastUsedAt: apiTokens.lastUsedAt,
};

const SORTS = { createdAt: apiTokens.createdAt, name: apiTokens.name, expiresOn: apiTokens.expiresOn } as const;

export function tokensRepository(db: Db) {
  function get(id: number): ApiToken | null {
    return db.select(columns).from(apiTokens).where(eq(apiTokens.id, id)).get() ?? null;
  }

  // Read on every request that carries a token: prepared once.
  const byHash = db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      scope: apiTokens.scope,
      unitId: apiTokens.unitId,
      expiresOn: apiTokens.expiresOn,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, sql.placeholder('hash')))
    .prepare();

  return {
    get,

    list(q: ApiTokenListQuery) {
      const where = and(
        ...[
          q.scope ? eq(apiTokens.scope, q.scope) : undefined,
          q.unitId ? eq(apiTokens.unitId, q.unitId) : undefined,
          q.revoked === undefined
            ? undefined
            : q.revoked
              ? isNotNull(apiTokens.revokedAt)
              : isNull(apiTokens.revokedAt),
        ].filter((c): c is SQL => c !== undefined),
      );
      const total = db.select({ n: count() }).from(apiTokens).where(where).get()?.n ?? 0;
      const descending = q.sort.startsWith('-');
      const key = (descending ? q.sort.slice(1) : q.sort) as keyof typeof SORTS;
      const direction = descending ? desc : asc;
      const items = db
        .select(columns)
        .from(apiTokens)
        .where(where)
        .orderBy(direction(SORTS[key]), direction(apiTokens.id))
        .limit(q.limit)
        .offset((q.page - 1) * q.limit)
        .all();
      return { items, total, page: q.page, limit: q.limit, pages: Math.ceil(total / q.limit) };
    },

    /** Creates a token: `dvcs_` and 32 random bytes (base64url). Only the answer carries it. */
    create(input: NewToken, now: Date): ApiToken & { token: string } {
      if (input.unitId !== null && !db.select({ id: units.id }).from(units).where(eq(units.id, input.unitId)).get()) {
        const message = `Không có đơn vị với id ${input.unitId}`;
        throw new HttpProblem(400, 'validation', 'Dữ liệu không hợp lệ', message, [{ path: 'unitId', message }]);
      }
      const secret = randomSecret();
      const token = `${TOKEN_PREFIX}${secret}`;
      const [row] = db
        .insert(apiTokens)
        .values({
          ...input,
          prefix: secret.slice(0, 8),
          tokenHash: sha256Hex(token),
          createdAt: now.toISOString(),
          revokedAt: null,
          lastUsedAt: null,
        })
        .returning({ id: apiTokens.id })
        .all();
      return { ...get(row!.id)!, token };
    },

    /** Revokes a token (again: no change); null when there is no such token. */
    revoke(id: number, now: Date): ApiToken | null {
      db.update(apiTokens)
        .set({ revokedAt: now.toISOString() })
        .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
        .run();
      return get(id);
    },

    /**
     * The token whose SHA-256 is `tokenHash` (see `hashOfBearer`), if it exists, is not revoked and
     * has not expired. A token works until the end of its expiry date (Vietnam time, UTC+7).
     */
    findUsable(tokenHash: string, now: Date): UsableToken | null {
      const row = byHash.get({ hash: tokenHash });
      if (!row || row.revokedAt !== null) return null;
      const usableUntil = Date.parse(`${row.expiresOn}T00:00:00+07:00`) + DAY_MS;
      if (now.getTime() >= usableUntil) return null;
      const { id, name, scope, unitId, lastUsedAt } = row;
      return { id, name, scope, unitId, lastUsedAt, usableUntil };
    },

    /** Records use, at most once a minute per token. */
    touch(token: UsableToken, now: Date): void {
      if (token.lastUsedAt && now.getTime() - Date.parse(token.lastUsedAt) < TOUCH_INTERVAL_MS) return;
      db.update(apiTokens).set({ lastUsedAt: now.toISOString() }).where(eq(apiTokens.id, token.id)).run();
    },
  };
}

export type TokensRepository = ReturnType<typeof tokensRepository>;
