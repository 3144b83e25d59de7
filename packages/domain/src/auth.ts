/** Accounts, sessions, API tokens, audit trail and month locks: the shapes the API and web share. */
import { z } from 'zod';
import './locale.js';
import { PageQueryShape, QueryBoolean, sortParam } from './api.js';

import { AuditAction, Role, TokenScope } from './enums.js';
import {
  enumSchema,
  IdSchema,
  IsoDateSchema,
  MonthSchema,
  optionalText,
  requiredText,
  TimestampSchema,
} from './fields.js';

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,50}$/, { error: 'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch ngang' });

export const PasswordSchema = z
  .string()
  .min(10, { error: 'Mật khẩu cần ít nhất 10 ký tự' })
  .max(200, { error: 'Mật khẩu tối đa 200 ký tự' });

export const LoginInputSchema = z
  .object({
    username: z.string().trim().toLowerCase().min(1, { error: 'Nhập tên đăng nhập' }).max(50),
    password: z.string().min(1, { error: 'Nhập mật khẩu' }).max(200),
  })
  .strict();
export type LoginInput = z.infer<typeof LoginInputSchema>;

const userFields = {
  username: UsernameSchema,
  fullName: requiredText(200),
  role: enumSchema(Role),
  unitId: IdSchema.nullable().default(null).meta({ description: 'Bắt buộc với cán bộ đơn vị' }),
  active: z.boolean().default(true),
};

function unitMatchesRole(u: { role?: Role; unitId?: number | null }) {
  if (u.role === 'unit_officer') return u.unitId != null;
  if (u.role === undefined) return true;
  return u.unitId == null;
}
const unitRule = { message: 'Cán bộ đơn vị cần chọn đơn vị; vai trò khác không gắn với đơn vị', path: ['unitId'] };

export const UserInputSchema = z
  .object({ ...userFields, password: PasswordSchema })
  .strict()
  .refine(unitMatchesRole, unitRule);
export type UserInput = z.input<typeof UserInputSchema>;

export const UserPatchSchema = z
  .object({
    fullName: userFields.fullName,
    role: userFields.role,
    unitId: IdSchema.nullable(),
    active: z.boolean(),
    password: PasswordSchema,
  })
  .partial()
  .strict();
export type UserPatch = z.input<typeof UserPatchSchema>;

export const UserSchema = z
  .object({
    id: IdSchema,
    version: z.number().int().positive(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    username: z.string(),
    fullName: z.string(),
    role: enumSchema(Role),
    unitId: IdSchema.nullable(),
    unitName: z.string().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

const QueryId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const UserListQuerySchema = z
  .object({
    limit: PageQueryShape.limit,
    page: PageQueryShape.page,
    q: PageQueryShape.q,
    sort: sortParam(['fullName', 'username', 'role', 'createdAt'], 'fullName'),
    role: enumSchema(Role).optional(),
    unitId: QueryId.optional(),
    active: QueryBoolean.optional(),
  })
  .strict();
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

/** The signed-in principal, as `/auth/login` and `/auth/me` return it. */
export const SessionInfoSchema = z
  .object({
    user: UserSchema.pick({ id: true, username: true, fullName: true, role: true, unitId: true, unitName: true }),
    csrfToken: z.string().meta({ description: 'Gửi lại trong tiêu đề x-csrf-token với mọi yêu cầu ghi dùng cookie' }),
    expiresAt: TimestampSchema,
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const ApiTokenInputSchema = z
  .object({
    name: requiredText(100).meta({ example: 'Đồng bộ với hệ thống báo cáo của Tỉnh ủy' }),
    scope: enumSchema(TokenScope),
    unitId: IdSchema.nullable().default(null).meta({ description: 'Bắt buộc với quyền ghi' }),
    expiresOn: IsoDateSchema.meta({ description: 'Ngày hết hạn (tối đa 1 năm)' }),
  })
  .strict()
  .refine((t) => (t.scope === 'write' ? t.unitId !== null : t.unitId === null), {
    message: 'Token ghi cần một đơn vị; token chỉ đọc không gắn đơn vị',
    path: ['unitId'],
  });
export type ApiTokenInput = z.input<typeof ApiTokenInputSchema>;

export const ApiTokenSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    prefix: z.string().meta({ description: 'Vài ký tự đầu của token để nhận ra nó' }),
    scope: enumSchema(TokenScope),
    unitId: IdSchema.nullable(),
    expiresOn: IsoDateSchema,
    createdAt: TimestampSchema,
    createdBy: IdSchema,
    revokedAt: TimestampSchema.nullable(),
    lastUsedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiTokenSchema>;

/** Only the answer to creating a token carries the token itself; it is never shown again. */
export const ApiTokenCreatedSchema = ApiTokenSchema.extend({ token: z.string() });

export const ApiTokenListQuerySchema = z
  .object({
    limit: PageQueryShape.limit,
    page: PageQueryShape.page,
    sort: sortParam(['createdAt', 'name', 'expiresOn'], '-createdAt'),
    scope: enumSchema(TokenScope).optional(),
    unitId: QueryId.optional(),
    revoked: QueryBoolean.optional().meta({ description: 'true: chỉ token đã thu hồi; false: chỉ token còn dùng' }),
  })
  .strict();
export type ApiTokenListQuery = z.infer<typeof ApiTokenListQuerySchema>;

export const AuditEntrySchema = z
  .object({
    id: IdSchema,
    at: TimestampSchema,
    actorKind: z.enum(['user', 'token', 'system']),
    actorId: z.number().int().nullable(),
    actorName: z.string(),
    entity: z.string().meta({ example: 'activity' }),
    entityId: z.string(),
    action: enumSchema(AuditAction),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditListQuerySchema = z
  .object({
    ...PageQueryShape,
    sort: sortParam(['at'], '-at'),
    entity: z.string().max(50).optional(),
    entityId: z.string().max(50).optional(),
    actorId: z.coerce.number().int().positive().optional(),
    action: enumSchema(AuditAction).optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .strict();
export type AuditListQuery = z.infer<typeof AuditListQuerySchema>;

export const MonthLockInputSchema = z
  .object({
    month: MonthSchema,
    reason: requiredText(1000),
  })
  .strict();
export const MonthUnlockInputSchema = z.object({ reason: requiredText(1000) }).strict();

export const MonthLockSchema = z
  .object({
    month: MonthSchema,
    reason: z.string(),
    lockedBy: IdSchema,
    lockedByName: z.string(),
    lockedAt: TimestampSchema,
  })
  .meta({ id: 'MonthLock' });
export type MonthLock = z.infer<typeof MonthLockSchema>;

export const ReturnInputSchema = z
  .object({ comment: requiredText(2000).meta({ description: 'Lý do trả lại (bắt buộc)' }) })
  .strict();

export const ReviewInputSchema = z
  .object({
    ids: z.array(IdSchema).min(1).max(200),
    action: z.enum(['approve', 'return']),
    comment: optionalText(2000).optional(),
  })
  .strict()
  .refine((r) => r.action === 'approve' || (r.comment ?? '').length > 0, {
    message: 'Trả lại cần ghi lý do',
    path: ['comment'],
  });
export type ReviewInput = z.infer<typeof ReviewInputSchema>;

export const ReviewResultSchema = z.object({
  results: z.array(
    z.object({
      id: IdSchema,
      ok: z.boolean(),
      status: z.string().optional(),
      error: z.string().optional().meta({ description: 'Lý do không thực hiện được với hoạt động này' }),
    }),
  ),
});
export type ReviewResult = z.infer<typeof ReviewResultSchema>;
