/**
 * Who is asking, and may they? Every request gets `request.principal`: the user of a browser
 * session (cookie `danvan_session`) or an integrator's API token (`Authorization: Bearer`), or
 * null. Every route says who may call it in `config.access`; a route that says nothing is for
 * admins only, so that a forgotten declaration fails closed. Cookie-authenticated writes must send
 * the session's CSRF token back in `x-csrf-token`. The same declarations document the security of
 * each operation in the OpenAPI document.
 */

import { ProblemSchema, type Role } from '@danvan/domain';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { safeEqual } from '../lib/secrets.js';
import { type ActiveSession, sessionsRepository } from '../repositories/sessions-repository.js';
import { tokensRepository } from '../repositories/tokens-repository.js';
import { type AuthService, authService } from '../services/auth-service.js';
import { LoginThrottle, type ThrottleLimits } from '../services/login-throttle.js';
import { UsableTokens } from '../services/usable-tokens.js';
import { commitEpochOf } from './database.js';
import { HttpProblem } from './problems.js';

export const SESSION_COOKIE = 'danvan_session';
export const CSRF_HEADER = 'x-csrf-token';

/** public: anyone; read: any principal; write: admin or unit officer (or a write token); admin: admin only. */
export const ACCESS_LEVELS = ['public', 'read', 'write', 'admin'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

export interface Principal {
  kind: 'user' | 'token';
  id: number;
  name: string;
  role: Role;
  unitId: number | null;
  sessionId?: string;
  csrfToken?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; absent means admin only. */
    access?: Access;
    /** False on the one write that cannot carry a CSRF token yet: the login. */
    csrf?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** The browser session behind the principal, when it came from the cookie. */
    userSession: ActiveSession | null;
  }
  interface FastifyInstance {
    auth: { service: AuthService; sessionHours: number };
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const ACCESS_NOTES: Record<Exclude<Access, 'public'>, string> = {
  read: 'Quyền: mọi tài khoản và token đã đăng nhập.',
  write: 'Quyền: quản trị, cán bộ đơn vị hoặc token ghi (chỉ với dữ liệu của đơn vị mình).',
  admin: 'Quyền: chỉ quản trị.',
};

export interface AuthOptions {
  sessionHours: number;
  throttle?: ThrottleLimits;
}

function unauthenticated(): HttpProblem {
  return new HttpProblem(
    401,
    'unauthenticated',
    'Chưa đăng nhập',
    'Hãy đăng nhập, hoặc gửi kèm token API trong tiêu đề Authorization: Bearer …',
    undefined,
    { 'www-authenticate': 'Bearer realm="danvan"' },
  );
}

function forbidden(detail: string): HttpProblem {
  return new HttpProblem(403, 'forbidden', 'Không có quyền', detail);
}

function roleRefusal(principal: Principal, access: Access): HttpProblem | null {
  if (access === 'admin' && principal.role !== 'admin') {
    return forbidden('Chức năng này chỉ dành cho quản trị (Ban Dân vận, Đảng ủy Khối).');
  }
  if (access === 'write' && principal.role === 'viewer') {
    return forbidden(
      principal.kind === 'token'
        ? 'Token này chỉ có quyền đọc.'
        : 'Tài khoản này chỉ có quyền xem, không thay đổi được dữ liệu.',
    );
  }
  return null;
}

function isUnsafe(methods: string | string[]): boolean {
  return (Array.isArray(methods) ? methods : [methods]).some((m) => UNSAFE_METHODS.has(m.toUpperCase()));
}

/** Checks a route's declaration and writes its security into its OpenAPI schema. */
function declareRoute(route: RouteOptions): void {
  const access = route.config?.access;
  if (access !== undefined && !ACCESS_LEVELS.includes(access)) {
    throw new Error(`${route.url}: config.access phải là một trong ${ACCESS_LEVELS.join(', ')}`);
  }
  const unsafe = isUnsafe(route.method);
  if (access === 'read' && unsafe) {
    throw new Error(`${String(route.method)} ${route.url}: một route ghi không thể có access 'read'`);
  }
  const schema = route.schema as (FastifySchema & { hide?: boolean; description?: string }) | undefined;
  // HEAD routes share their GET's schema: document it once.
  if (!schema || schema.hide || schema.security) return;
  const level = access ?? 'admin';
  if (level === 'public') {
    schema.security = [];
    return;
  }
  // No token reaches admin rights: admin routes take the session only.
  schema.security = level === 'admin' ? [{ session: [] }] : [{ session: [] }, { bearer: [] }];
  schema.description = [schema.description, ACCESS_NOTES[level]].filter(Boolean).join('\n\n');
  const response = (schema.response ?? {}) as Record<string, unknown>;
  schema.response = {
    ...response,
    401: response[401] ?? ProblemSchema,
    ...(level !== 'read' || unsafe ? { 403: response[403] ?? ProblemSchema } : {}),
  };
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: string): void {
  const expires = new Date(expiresAt);
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    // request.protocol follows X-Forwarded-Proto only when the server trusts its proxy (TRUST_PROXY).
    secure: reply.request.protocol === 'https',
    expires,
    maxAge: Math.max(0, Math.round((expires.getTime() - Date.now()) / 1000)),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: reply.request.protocol === 'https',
  });
}

export default fp(
  async function auth(app: FastifyInstance, options: AuthOptions) {
    await app.register(cookie);
    const db = app.database.db;
    const sessions = sessionsRepository(db);
    const tokens = tokensRepository(db);
    const usableTokens = new UsableTokens(tokens);
    app.decorate('auth', {
      service: authService(db, { sessionHours: options.sessionHours, throttle: new LoginThrottle(options.throttle) }),
      sessionHours: options.sessionHours,
    });
    app.decorateRequest('principal', null);
    app.decorateRequest('userSession', null);

    app.addHook('onRoute', declareRoute);

    function resolve(request: FastifyRequest, now: Date): void {
      const authorization = request.headers.authorization;
      if (authorization !== undefined) {
        // A request that names a token is judged by it alone, even if it also carries a cookie.
        const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
        const token = bearer ? usableTokens.find(bearer, now, commitEpochOf(request)) : null;
        if (!token) return;
        tokens.touch(token, now);
        request.principal = {
          kind: 'token',
          id: token.id,
          name: token.name,
          role: token.scope === 'write' ? 'unit_officer' : 'viewer',
          unitId: token.scope === 'write' ? token.unitId : null,
        };
        return;
      }
      const raw = request.cookies[SESSION_COOKIE];
      const session = raw ? sessions.find(raw, now) : null;
      if (!session) return;
      sessions.touch(session, now);
      request.userSession = session;
      request.principal = {
        kind: 'user',
        id: session.user.id,
        name: session.user.fullName,
        role: session.user.role,
        unitId: session.user.unitId,
        sessionId: session.id,
        csrfToken: session.csrfToken,
      };
    }

    app.addHook('onRequest', async (request) => {
      resolve(request, new Date());
      // Unknown paths get their 404 (or the web app's index.html) whoever asks.
      if (request.is404) return;
      const config = request.routeOptions.config;
      const access = config.access ?? 'admin';
      const principal = request.principal;
      if (access !== 'public') {
        if (!principal) throw unauthenticated();
        const refusal = roleRefusal(principal, access);
        if (refusal) throw refusal;
      }
      if (principal?.kind === 'user' && config.csrf !== false && UNSAFE_METHODS.has(request.method)) {
        const sent = request.headers[CSRF_HEADER];
        if (typeof sent !== 'string' || !safeEqual(sent, principal.csrfToken ?? '')) {
          throw forbidden(
            sent === undefined
              ? `Thiếu mã chống giả mạo: gửi lại csrfToken của phiên đăng nhập trong tiêu đề ${CSRF_HEADER}.`
              : `Mã chống giả mạo (${CSRF_HEADER}) không khớp với phiên đăng nhập: tải lại trang hoặc đăng nhập lại.`,
          );
        }
      }
    });
  },
  { name: 'auth', dependencies: ['database', 'problems'] },
);
