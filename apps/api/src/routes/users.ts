/**
 * Accounts, for admins: list, read, create and change (with If-Match). Accounts are never
 * deleted, since the audit trail names them: they are deactivated (`active: false`).
 */
import {
  listResponse,
  ProblemSchema,
  UserInputSchema,
  UserListQuerySchema,
  UserPatchSchema,
  UserSchema,
} from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, expectedVersion } from '../lib/etag.js';
import { hashPassword, passwordWeakness } from '../lib/passwords.js';
import { contextOf } from '../lib/write-context-of.js';
import { HttpProblem } from '../plugins/problems.js';
import { usersRepository } from '../repositories/users-repository.js';
import { writeAudit } from '../repositories/write-context.js';
import { IdParamsSchema, IfMatchHeadersSchema, notFound, versionedWriteProblems } from './crud.js';

const TAG = 'Tài khoản';
const NOUN = 'tài khoản';

/** A new password must be more than long: not the username, not a common one. */
async function checkedHash(password: string, username: string): Promise<string> {
  const weakness = passwordWeakness(password, username);
  if (weakness) {
    throw new HttpProblem(400, 'validation', 'Dữ liệu không hợp lệ', weakness, [
      { path: 'password', message: weakness },
    ]);
  }
  return hashPassword(password);
}

const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const users = usersRepository(app.database.db);
  const config = { access: 'admin' as const };

  app.get(
    '/users',
    {
      config,
      schema: {
        tags: [TAG],
        operationId: 'listUsers',
        summary: 'Danh sách tài khoản',
        querystring: UserListQuerySchema,
        response: { 200: listResponse(UserSchema), 400: ProblemSchema },
      },
    },
    async (request) => users.list(request.query),
  );

  app.get(
    '/users/:id',
    {
      config,
      schema: {
        tags: [TAG],
        operationId: 'getUser',
        summary: 'Xem một tài khoản',
        params: IdParamsSchema,
        response: { 200: UserSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const user = users.get(request.params.id);
      if (!user) throw notFound(NOUN, request.params.id);
      reply.header('etag', etagOf(user.version));
      return user;
    },
  );

  app.post(
    '/users',
    {
      config,
      schema: {
        tags: [TAG],
        operationId: 'createUser',
        summary: 'Thêm tài khoản',
        body: UserInputSchema,
        response: { 201: UserSchema, 400: ProblemSchema, 409: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { password, ...fields } = request.body;
      const passwordHash = await checkedHash(password, fields.username);
      const db = app.database.db;
      const created = db.transaction(() => {
        const user = users.create({ ...fields, passwordHash });
        writeAudit(db, contextOf(request), {
          entity: 'users',
          entityId: user.id,
          action: 'create',
          before: null,
          after: user,
        });
        return user;
      });
      return reply
        .code(201)
        .header('etag', etagOf(created.version))
        .header('location', `/api/v1/users/${created.id}`)
        .send(created);
    },
  );

  app.patch(
    '/users/:id',
    {
      config,
      schema: {
        tags: [TAG],
        operationId: 'updateUser',
        summary: 'Sửa tài khoản (cần If-Match)',
        description:
          'Đổi họ tên, vai trò, đơn vị, mật khẩu hoặc ngừng hoạt động (`active: false`). Ngừng hoạt động, đổi mật khẩu, ' +
          'vai trò hoặc đơn vị kết thúc mọi phiên đăng nhập của tài khoản.',
        params: IdParamsSchema,
        headers: IfMatchHeadersSchema,
        body: UserPatchSchema,
        response: { 200: UserSchema, ...versionedWriteProblems },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match']);
      const { password, ...changes } = request.body;
      const current = users.get(request.params.id);
      if (!current) throw notFound(NOUN, request.params.id);
      const passwordHash = password === undefined ? undefined : await checkedHash(password, current.username);
      const db = app.database.db;
      const updated = db.transaction(() => {
        const after = users.update(request.params.id, expected, { ...changes, passwordHash });
        if (!after) throw notFound(NOUN, request.params.id);
        const action = { entity: 'users', entityId: after.id, action: 'update', before: current, after };
        writeAudit(db, contextOf(request), action);
        return after;
      });
      reply.header('etag', etagOf(updated.version));
      return updated;
    },
  );
};

export default userRoutes;
