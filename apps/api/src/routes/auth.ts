/** Signing in and out of the browser app, and who is signed in. */
import { LoginInputSchema, ProblemSchema, type SessionInfo, SessionInfoSchema } from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../plugins/auth.js';
import { HttpProblem } from '../plugins/problems.js';
import type { ActiveSession } from '../repositories/sessions-repository.js';

const TAG = 'Tài khoản';

function sessionInfo(session: ActiveSession): SessionInfo {
  return { user: session.user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}

const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/login',
    {
      config: { access: 'public', csrf: false },
      schema: {
        tags: [TAG],
        operationId: 'login',
        summary: 'Đăng nhập',
        description:
          'Mở một phiên mới (cookie `danvan_session`, httpOnly, SameSite=Lax) và trả về mã chống giả mạo ' +
          '`csrfToken` phải gửi lại trong tiêu đề `x-csrf-token` với mọi yêu cầu ghi dùng cookie. ' +
          'Sai tên đăng nhập hoặc mật khẩu: 401; sai quá 5 lần với một tài khoản hoặc 20 lần từ một địa chỉ ' +
          'trong 15 phút: 429 với Retry-After.',
        body: LoginInputSchema,
        response: { 200: SessionInfoSchema, 400: ProblemSchema, 401: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { token, session } = await app.auth.service.login(
        request.body,
        request.ip,
        request.cookies[SESSION_COOKIE],
      );
      setSessionCookie(reply, token, session.expiresAt);
      return sessionInfo(session);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        tags: [TAG],
        operationId: 'logout',
        summary: 'Đăng xuất',
        description: 'Kết thúc phiên của cookie (nếu có) và xoá cookie. Với phiên còn hiệu lực cần `x-csrf-token`.',
        response: { 204: z.null(), 403: ProblemSchema },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) app.auth.service.logout(token);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'read' },
      schema: {
        tags: [TAG],
        operationId: 'getSession',
        summary: 'Phiên đăng nhập hiện tại',
        description: 'Người đang đăng nhập, mã chống giả mạo và hạn của phiên. Chỉ dùng với phiên trình duyệt.',
        response: { 200: SessionInfoSchema },
      },
    },
    async (request) => {
      if (!request.userSession) {
        throw new HttpProblem(401, 'no-session', 'Chưa đăng nhập', 'Không có phiên đăng nhập trên trình duyệt.');
      }
      return sessionInfo(request.userSession);
    },
  );
};

export default authRoutes;
