/**
 * The database schema. Money is INTEGER đồng, dates are TEXT `YYYY-MM-DD` (calendar dates in
 * Asia/Ho_Chi_Minh), timestamps TEXT ISO-8601 UTC. `search` columns hold the folded
 * (accent-free, lower-case) text that `q` searches match against; `*sort_key` columns hold
 * `vietnameseSortKey` of a name, so that SQL orders rows the Vietnamese way.
 */
import {
  ActivityCategory,
  ActivityStatus,
  AreaClass,
  AssignmentRole,
  CommuneKind,
  ContributionKind,
  DifficultyKind,
  DifficultyStatus,
  DirectiveKind,
  FundingSource,
  NtmCriteriaSetCodes,
  NtmStatus,
  ParticipantGroup,
  Role,
  TokenScope,
  UnitGroup,
  UnitKind,
  ValuationMethod,
} from '@danvan/domain';
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/** `column IN ('a', 'b', …)` for a CHECK constraint. */
function oneOf(column: AnySQLiteColumn, codes: readonly string[]): SQL {
  return sql`${column} IN (${sql.raw(codes.map((c) => `'${c}'`).join(', '))})`;
}

function isDate(column: AnySQLiteColumn): SQL {
  return sql`${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
}

const recordMeta = {
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const directives = sqliteTable(
  'directives',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    kind: text('kind', { enum: DirectiveKind.codes }).notNull(),
    issuer: text('issuer').notNull(),
    issuedOn: text('issued_on').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    parentId: integer('parent_id').references((): AnySQLiteColumn => directives.id),
    /** JSON array of norms ({ kind, value, note }). */
    norms: text('norms', { mode: 'json' }).notNull().$type<{ kind: string; value: number; note?: string }[]>(),
    search: text('search').notNull(),
    sortKey: text('sort_key').notNull(),
    ...recordMeta,
  },
  (t) => [
    uniqueIndex('directives_code_uq').on(t.code),
    index('directives_sort_ix').on(t.sortKey),
    check('directives_kind_ck', oneOf(t.kind, DirectiveKind.codes)),
    check('directives_issued_on_ck', isDate(t.issuedOn)),
  ],
);

export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: UnitKind.codes }).notNull(),
    agency: text('agency').notNull(),
    group: text('unit_group', { enum: UnitGroup.codes }).notNull(),
    partyMembers: integer('party_members').notNull(),
    staff: integer('staff').notNull(),
    activeFrom: text('active_from').notNull(),
    activeTo: text('active_to'),
    search: text('search').notNull(),
    sortKey: text('sort_key').notNull(),
    ...recordMeta,
  },
  (t) => [
    uniqueIndex('units_code_uq').on(t.code),
    index('units_group_ix').on(t.group),
    index('units_sort_ix').on(t.sortKey),
    check('units_kind_ck', oneOf(t.kind, UnitKind.codes)),
    check('units_group_ck', oneOf(t.group, UnitGroup.codes)),
    check('units_counts_ck', sql`${t.partyMembers} >= 0 AND ${t.staff} >= 0`),
    check(
      'units_dates_ck',
      sql`${isDate(t.activeFrom)} AND (${t.activeTo} IS NULL OR ${t.activeTo} >= ${t.activeFrom})`,
    ),
  ],
);

export const communes = sqliteTable(
  'communes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: CommuneKind.codes }).notNull(),
    district: text('district').notNull(),
    areaClass: text('area_class', { enum: AreaClass.codes }).notNull(),
    remote: integer('remote', { mode: 'boolean' }).notNull(),
    ntmStatus: text('ntm_status', { enum: NtmStatus.codes }).notNull(),
    distanceKm: real('distance_km').notNull(),
    population: integer('population').notNull(),
    households: integer('households').notNull(),
    poorHouseholds: integer('poor_households').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    successorId: integer('successor_id').references((): AnySQLiteColumn => communes.id),
    search: text('search').notNull(),
    sortKey: text('sort_key').notNull(),
    districtSortKey: text('district_sort_key').notNull(),
    ...recordMeta,
  },
  (t) => [
    uniqueIndex('communes_code_uq').on(t.code),
    index('communes_district_ix').on(t.district),
    index('communes_sort_ix').on(t.sortKey),
    check('communes_kind_ck', oneOf(t.kind, CommuneKind.codes)),
    check('communes_area_class_ck', oneOf(t.areaClass, AreaClass.codes)),
    check('communes_ntm_status_ck', oneOf(t.ntmStatus, NtmStatus.codes)),
    check(
      'communes_numbers_ck',
      sql`${t.distanceKm} >= 0 AND ${t.population} >= 0 AND ${t.households} >= 0 AND ${t.poorHouseholds} >= 0`,
    ),
    check(
      'communes_dates_ck',
      sql`${isDate(t.validFrom)} AND (${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom})`,
    ),
  ],
);

export const assignments = sqliteTable(
  'assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    directiveId: integer('directive_id')
      .notNull()
      .references(() => directives.id),
    role: text('role', { enum: AssignmentRole.codes }).notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    note: text('note').notNull().default(''),
    ...recordMeta,
  },
  (t) => [
    index('assignments_unit_ix').on(t.unitId, t.validFrom),
    index('assignments_commune_ix').on(t.communeId, t.validFrom),
    index('assignments_directive_ix').on(t.directiveId),
    check('assignments_role_ck', oneOf(t.role, AssignmentRole.codes)),
    check(
      'assignments_dates_ck',
      sql`${isDate(t.validFrom)} AND (${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom})`,
    ),
  ],
);

export const activities = sqliteTable(
  'activities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    beneficiaries: integer('beneficiaries').notNull().default(0),
    description: text('description').notNull().default(''),
    status: text('status', { enum: ActivityStatus.codes }).notNull().default('draft'),
    reviewComment: text('review_comment'),
    submittedAt: text('submitted_at'),
    approvedAt: text('approved_at'),
    deletedAt: text('deleted_at'),
    search: text('search').notNull(),
    ...recordMeta,
  },
  (t) => [
    index('activities_status_start_ix').on(t.status, t.startDate),
    index('activities_commune_start_ix').on(t.communeId, t.startDate),
    check('activities_status_ck', oneOf(t.status, ActivityStatus.codes)),
    check(
      'activities_dates_ck',
      sql`${isDate(t.startDate)} AND ${isDate(t.endDate)} AND ${t.endDate} >= ${t.startDate}`,
    ),
    check('activities_beneficiaries_ck', sql`${t.beneficiaries} >= 0`),
  ],
);

/** The organising units of an activity: each row is one lượt. `position` 0 is the lead unit. */
export const activityUnits = sqliteTable(
  'activity_units',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.unitId] }), index('activity_units_unit_ix').on(t.unitId)],
);

export const activityCategories = sqliteTable(
  'activity_categories',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    category: text('category', { enum: ActivityCategory.codes }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.category] }),
    index('activity_categories_category_ix').on(t.category),
    check('activity_categories_ck', oneOf(t.category, ActivityCategory.codes)),
  ],
);

export const activityNtmCriteria = sqliteTable(
  'activity_ntm_criteria',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    criteriaSet: text('criteria_set', { enum: NtmCriteriaSetCodes }).notNull(),
    criterion: integer('criterion').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.criteriaSet, t.criterion] }),
    index('activity_ntm_criterion_ix').on(t.criteriaSet, t.criterion),
    check('activity_ntm_set_ck', oneOf(t.criteriaSet, NtmCriteriaSetCodes)),
    check('activity_ntm_number_ck', sql`${t.criterion} BETWEEN 1 AND 19`),
  ],
);

export const activityParticipants = sqliteTable(
  'activity_participants',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    group: text('participant_group', { enum: ParticipantGroup.codes }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.group] }),
    check('activity_participants_group_ck', oneOf(t.group, ParticipantGroup.codes)),
    check('activity_participants_count_ck', sql`${t.count} > 0`),
  ],
);

export const contributions = sqliteTable(
  'contributions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind', { enum: ContributionKind.codes }).notNull(),
    source: text('source', { enum: FundingSource.codes }).notNull(),
    item: text('item'),
    quantity: real('quantity'),
    measureUnit: text('measure_unit'),
    valueVnd: integer('value_vnd').notNull(),
    valuationMethod: text('valuation_method', { enum: ValuationMethod.codes }),
    note: text('note').notNull().default(''),
    ...recordMeta,
  },
  (t) => [
    index('contributions_activity_ix').on(t.activityId),
    index('contributions_unit_ix').on(t.unitId),
    index('contributions_source_ix').on(t.source),
    check('contributions_kind_ck', oneOf(t.kind, ContributionKind.codes)),
    check('contributions_source_ck', oneOf(t.source, FundingSource.codes)),
    check('contributions_value_ck', sql`${t.valueVnd} >= 0`),
    check('contributions_quantity_ck', sql`${t.quantity} IS NULL OR ${t.quantity} > 0`),
    check(
      'contributions_valuation_ck',
      sql`${t.valuationMethod} IS NULL OR ${oneOf(t.valuationMethod, ValuationMethod.codes)}`,
    ),
  ],
);

/**
 * Evidence photos of an activity (ảnh minh chứng). The files live on disk, not in the database:
 * `<DATA_DIR>/photos/<file_key>.jpg` and `<file_key>.thumb.jpg`, re-encoded as JPEG without
 * metadata. `file_key` is random and the only thing a file path is ever built from.
 */
export const activityPhotos = sqliteTable(
  'activity_photos',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    fileKey: text('file_key').notNull(),
    caption: text('caption').notNull().default(''),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    ...recordMeta,
  },
  (t) => [
    uniqueIndex('activity_photos_file_key_uq').on(t.fileKey),
    index('activity_photos_activity_ix').on(t.activityId),
    // A UUID: lower-case hex digits and dashes only, so that no key can name another path.
    check('activity_photos_file_key_ck', sql`length(${t.fileKey}) = 36 AND ${t.fileKey} NOT GLOB '*[^0-9a-f-]*'`),
    check('activity_photos_size_ck', sql`${t.width} > 0 AND ${t.height} > 0 AND ${t.sizeBytes} > 0`),
  ],
);

export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    month: text('month').notNull(),
    plannedDate: text('planned_date'),
    content: text('content').notNull(),
    categories: text('categories', { mode: 'json' }).notNull().$type<string[]>(),
    ...recordMeta,
  },
  (t) => [
    index('plans_unit_month_ix').on(t.unitId, t.month),
    index('plans_commune_month_ix').on(t.communeId, t.month),
    check('plans_month_ck', sql`${t.month} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`),
  ],
);

export const difficulties = sqliteTable(
  'difficulties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id').references(() => units.id),
    communeId: integer('commune_id').references(() => communes.id),
    kind: text('kind', { enum: DifficultyKind.codes }).notNull(),
    text: text('text').notNull(),
    recommendation: text('recommendation').notNull().default(''),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    status: text('status', { enum: DifficultyStatus.codes }).notNull().default('moi'),
    search: text('search').notNull(),
    ...recordMeta,
  },
  (t) => [
    index('difficulties_unit_ix').on(t.unitId),
    index('difficulties_period_ix').on(t.periodFrom),
    check('difficulties_kind_ck', oneOf(t.kind, DifficultyKind.codes)),
    check('difficulties_status_ck', oneOf(t.status, DifficultyStatus.codes)),
    check('difficulties_owner_ck', sql`${t.unitId} IS NOT NULL OR ${t.communeId} IS NOT NULL`),
    check('difficulties_period_ck', sql`${t.periodTo} >= ${t.periodFrom}`),
  ],
);

/** Accounts. A unit officer belongs to exactly one unit; the other roles to none. */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    role: text('role', { enum: Role.codes }).notNull(),
    unitId: integer('unit_id').references(() => units.id),
    /** argon2id PHC string; never leaves the repository. */
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    search: text('search').notNull(),
    sortKey: text('sort_key').notNull(),
    ...recordMeta,
  },
  (t) => [
    uniqueIndex('users_username_uq').on(t.username),
    index('users_sort_ix').on(t.sortKey),
    index('users_unit_ix').on(t.unitId),
    check('users_role_ck', oneOf(t.role, Role.codes)),
    check(
      'users_role_unit_ck',
      sql`(${t.role} = 'unit_officer' AND ${t.unitId} IS NOT NULL) OR (${t.role} <> 'unit_officer' AND ${t.unitId} IS NULL)`,
    ),
  ],
);

/**
 * Browser sessions. The id is the SHA-256 (hex) of the random token in the cookie: a copy of the
 * database does not hand out working sessions.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
  },
  (t) => [index('sessions_user_ix').on(t.userId), index('sessions_expires_ix').on(t.expiresAt)],
);

/** Integrators' bearer tokens, stored as SHA-256 (hex); `prefix` lets people tell them apart. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    scope: text('scope', { enum: TokenScope.codes }).notNull(),
    unitId: integer('unit_id').references(() => units.id),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    expiresOn: text('expires_on').notNull(),
    revokedAt: text('revoked_at'),
    lastUsedAt: text('last_used_at'),
  },
  (t) => [
    uniqueIndex('api_tokens_hash_uq').on(t.tokenHash),
    check('api_tokens_scope_ck', oneOf(t.scope, TokenScope.codes)),
    check(
      'api_tokens_scope_unit_ck',
      sql`(${t.scope} = 'write' AND ${t.unitId} IS NOT NULL) OR (${t.scope} = 'read' AND ${t.unitId} IS NULL)`,
    ),
    check('api_tokens_expires_ck', isDate(t.expiresOn)),
  ],
);

/** Who changed what, when: one row per change, with the record before and after (JSON). */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorKind: text('actor_kind', { enum: ['user', 'token', 'system'] }).notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    before: text('before'),
    after: text('after'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_entity_ix').on(t.entity, t.entityId),
    index('audit_log_at_ix').on(t.at),
    index('audit_log_actor_ix').on(t.actorId),
    check('audit_log_actor_kind_ck', oneOf(t.actorKind, ['user', 'token', 'system'])),
  ],
);

/** Closed months: their activities and contributions can no longer change. */
export const monthLocks = sqliteTable(
  'month_locks',
  {
    month: text('month').primaryKey(),
    reason: text('reason').notNull(),
    lockedBy: integer('locked_by')
      .notNull()
      .references(() => users.id),
    lockedAt: text('locked_at').notNull(),
  },
  (t) => [check('month_locks_month_ck', sql`${t.month} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`)],
);
