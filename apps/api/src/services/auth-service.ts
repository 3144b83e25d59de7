/**
 * Signing in and out: password check against argon2id hashes (a dummy hash for unknown users, so
 * that both refusals take as long), failed-login throttling, and the session that follows.
 */
import type { LoginInput } from '@danvan/domain';
import type { Db } from '../db/client.js';
import { dummyPasswordHash, verifyPassword } from '../lib/passwords.js';
import { HttpProblem } from '../plugins/problems.js';
import { type ActiveSession, sessionsRepository } from '../repositories/sessions-repository.js';
import { usersRepository } from '../repositories/users-repository.js';
import { type WriteContext, writeAudit } from '../repositories/write-context.js';
import type { LoginThrottle } from './login-throttle.js';

const BAD_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng';

export interface AuthServiceOptions {
  sessionHours: number;
  throttle: LoginThrottle;
  now?: () => Date;
}

function actorContext(user: {
  id: number;
  fullName: string;
  role: WriteContext['actor']['role'];
  unitId: number | null;
}) {
  return { actor: { kind: 'user' as const, id: user.id, name: user.fullName, role: user.role, unitId: user.unitId } };
}

export function authService(db: Db, options: AuthServiceOptions) {
  const users = usersRepository(db);
  const sessions = sessionsRepository(db);
  const now = options.now ?? (() => new Date());

  return {
    /**
     * Checks the credentials and opens a new session (a new id at every login). The session the
     * browser came with, if any, is ended: one browser, one session.
     */
    async login(
      input: LoginInput,
      address: string,
      previousToken: string | undefined,
    ): Promise<{ token: string; session: ActiveSession }> {
      const wait = await options.throttle.retryAfter(input.username, address);
      if (wait > 0) {
        throw new HttpProblem(
          429,
          'too-many-logins',
          'Quá nhiều lần đăng nhập sai',
          `Đã nhập sai quá nhiều lần. Hãy thử lại sau ${Math.ceil(wait / 60)} phút.`,
          undefined,
          { 'retry-after': String(wait) },
        );
      }
      const found = users.findCredentials(input.username);
      const passwordOk = await verifyPassword(found?.passwordHash ?? (await dummyPasswordHash()), input.password);
      if (!found || !passwordOk) {
        await options.throttle.failed(input.username, address);
        throw new HttpProblem(401, 'bad-credentials', 'Chưa đăng nhập', BAD_CREDENTIALS);
      }
      if (!found.user.active) {
        // Said only to someone who knows the password.
        throw new HttpProblem(401, 'inactive-account', 'Chưa đăng nhập', 'Tài khoản đã ngừng hoạt động');
      }
      await options.throttle.succeeded(input.username);
      const at = now();
      if (previousToken) sessions.deleteByToken(previousToken);
      sessions.deleteExpired(at);
      const opened = sessions.create(found.user.id, at, options.sessionHours * 3_600_000);
      writeAudit(
        db,
        actorContext(found.user),
        { entity: 'users', entityId: found.user.id, action: 'login', before: null, after: { address } },
        at.toISOString(),
      );
      return opened;
    },

    logout(token: string): void {
      const at = now();
      const session = sessions.find(token, at);
      sessions.deleteByToken(token);
      if (session) {
        const entry = { entity: 'users', entityId: session.user.id, action: 'logout', before: null, after: null };
        writeAudit(db, actorContext(session.user), entry, at.toISOString());
      }
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
