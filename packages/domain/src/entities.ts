/**
 * The entities of domain.md. For each: `XxxSchema` is the record as read, `XxxInputSchema` what a
 * client sends to create it, `XxxPatchSchema` a partial update.
 */
import { z } from 'zod';
import './locale.js';

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
  NormKind,
  NtmStatus,
  ParticipantGroup,
  UnitGroup,
  UnitKind,
  ValuationMethod,
} from './enums.js';
import {
  CountSchema,
  enumSchema,
  IdSchema,
  IsoDateSchema,
  MonthSchema,
  optionalText,
  QuantitySchema,
  RecordMetaSchema,
  requiredText,
  VndSchema,
} from './fields.js';
import { NtmCriteriaSetCodes, NtmCriteriaSets } from './ntm.js';

/** A refinement that the date in `toKey` is not before the one in `fromKey` (when both are given). */
function dateOrder(fromKey: string, toKey: string) {
  return {
    check: (v: object) => {
      const from = (v as Record<string, unknown>)[fromKey];
      const to = (v as Record<string, unknown>)[toKey];
      return typeof from !== 'string' || typeof to !== 'string' || from <= to;
    },
    params: { message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu', path: [toKey] },
  };
}

type WithoutDefaults<T extends z.ZodRawShape> = {
  [K in keyof T]: T[K] extends z.ZodDefault<infer I> ? I : T[K];
};

/**
 * The fields of a patch: the same as the input's, without their defaults. Zod 4 applies a default
 * even inside `.optional()`, so a patch built with `.partial()` alone would reset every omitted
 * field that has a default (e.g. renaming a unit would clear its `activeTo`).
 */
function withoutDefaults<T extends z.ZodRawShape>(fields: T): WithoutDefaults<T> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields)) {
    if (field instanceof z.ZodDefault) {
      const meta = field.meta();
      const inner = field.unwrap() as z.ZodType;
      shape[key] = meta ? inner.meta(meta) : inner;
    } else shape[key] = field as z.ZodType;
  }
  return shape as unknown as WithoutDefaults<T>;
}

// ---------------------------------------------------------------- directive (văn bản chỉ đạo)

export const NormSchema = z.object({
  kind: enumSchema(NormKind),
  value: z.number().int().min(1).max(100),
  note: optionalText(500).optional(),
});
export type Norm = z.infer<typeof NormSchema>;

const directiveFields = {
  code: requiredText(50).meta({ example: '02-HD/BDVTU' }),
  kind: enumSchema(DirectiveKind),
  issuer: requiredText(200).meta({ example: 'Ban Dân vận Tỉnh ủy' }),
  issuedOn: IsoDateSchema,
  title: requiredText(500),
  summary: optionalText(5000).default(''),
  parentId: IdSchema.nullable().default(null).meta({ description: 'Văn bản mà văn bản này triển khai' }),
  norms: z.array(NormSchema).max(10).default([]),
};
export const DirectiveInputSchema = z.object(directiveFields).strict();
export const DirectivePatchSchema = z.object(withoutDefaults(directiveFields)).partial().strict();
export const DirectiveSchema = RecordMetaSchema.extend(directiveFields).meta({ id: 'Directive' });
export type Directive = z.infer<typeof DirectiveSchema>;
export type DirectiveInput = z.input<typeof DirectiveInputSchema>;

// ---------------------------------------------------------------- party unit (chi, đảng bộ cơ sở)

const unitFields = {
  code: requiredText(30).meta({ example: 'CB-BDV' }),
  name: requiredText(300).meta({ example: 'Chi bộ Ban Dân vận Tỉnh ủy' }),
  kind: enumSchema(UnitKind),
  agency: requiredText(300).meta({ description: 'Cơ quan, doanh nghiệp nơi tổ chức đảng sinh hoạt' }),
  group: enumSchema(UnitGroup),
  partyMembers: CountSchema,
  staff: CountSchema,
  activeFrom: IsoDateSchema,
  activeTo: IsoDateSchema.nullable().default(null),
};
const unitOrder = dateOrder('activeFrom', 'activeTo');
export const UnitInputSchema = z.object(unitFields).strict().refine(unitOrder.check, unitOrder.params);
export const UnitPatchSchema = z
  .object(withoutDefaults(unitFields))
  .partial()
  .strict()
  .refine(unitOrder.check, unitOrder.params);
export const UnitSchema = RecordMetaSchema.extend(unitFields).meta({ id: 'Unit' });
export type Unit = z.infer<typeof UnitSchema>;
export type UnitInput = z.input<typeof UnitInputSchema>;

// ---------------------------------------------------------------- commune (xã, phường, thị trấn)

const communeFields = {
  code: requiredText(10).meta({ description: 'Mã đơn vị hành chính', example: '04321' }),
  name: requiredText(100).meta({ example: 'Xã Tân Lập' }),
  kind: enumSchema(CommuneKind),
  district: requiredText(100).meta({ description: 'Huyện (trước 01/7/2025)', example: 'Huyện Bắc Sơn' }),
  areaClass: enumSchema(AreaClass),
  remote: z.boolean().meta({ description: 'Vùng sâu, vùng xa' }),
  ntmStatus: enumSchema(NtmStatus),
  distanceKm: z.number().min(0).max(2000).meta({ description: 'Khoảng cách đến trung tâm tỉnh (km)' }),
  population: CountSchema,
  households: CountSchema,
  poorHouseholds: CountSchema,
  validFrom: IsoDateSchema.meta({ description: 'Ngày đơn vị hành chính bắt đầu tồn tại' }),
  validTo: IsoDateSchema.nullable()
    .default(null)
    .meta({ description: 'Ngày cuối cùng trước khi sáp nhập hoặc giải thể' }),
  successorId: IdSchema.nullable().default(null).meta({ description: 'Xã mới sau sáp nhập' }),
};
const communeOrder = dateOrder('validFrom', 'validTo');
export const CommuneInputSchema = z.object(communeFields).strict().refine(communeOrder.check, communeOrder.params);
export const CommunePatchSchema = z
  .object(withoutDefaults(communeFields))
  .partial()
  .strict()
  .refine(communeOrder.check, communeOrder.params);
export const CommuneSchema = RecordMetaSchema.extend(communeFields).meta({ id: 'Commune' });
export type Commune = z.infer<typeof CommuneSchema>;

/** The districts the communes are in, for the pages' district filters: a few dozen names, not every commune. */
export const DistrictListSchema = z
  .object({
    items: z.array(
      z.object({
        name: z.string().meta({ example: 'Huyện Ba Bể' }),
        communes: z.number().int().meta({ description: 'Số xã, phường, thị trấn của huyện' }),
      }),
    ),
  })
  .meta({ id: 'DistrictList' });
export type DistrictList = z.infer<typeof DistrictListSchema>;
export type CommuneInput = z.input<typeof CommuneInputSchema>;

// ---------------------------------------------------------------- assignment (phân công phụ trách)

const assignmentFields = {
  unitId: IdSchema,
  communeId: IdSchema,
  directiveId: IdSchema,
  role: enumSchema(AssignmentRole),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.nullable().default(null).meta({ description: 'Để trống nếu còn hiệu lực' }),
  note: optionalText(1000).default(''),
};
const assignmentOrder = dateOrder('validFrom', 'validTo');
export const AssignmentInputSchema = z
  .object(assignmentFields)
  .strict()
  .refine(assignmentOrder.check, assignmentOrder.params);
export const AssignmentPatchSchema = z
  .object(withoutDefaults(assignmentFields))
  .partial()
  .strict()
  .refine(assignmentOrder.check, assignmentOrder.params);
export const AssignmentSchema = RecordMetaSchema.extend(assignmentFields).meta({ id: 'Assignment' });
export type Assignment = z.infer<typeof AssignmentSchema>;
export type AssignmentInput = z.input<typeof AssignmentInputSchema>;

// ---------------------------------------------------------------- contribution (đóng góp, hỗ trợ)

const contributionFields = {
  unitId: IdSchema.meta({ description: 'Đơn vị đóng góp' }),
  kind: enumSchema(ContributionKind),
  source: enumSchema(FundingSource),
  item: optionalText(200).nullable().default(null).meta({ example: 'Xi măng' }),
  quantity: QuantitySchema.nullable().default(null).meta({ description: 'Số lượng hiện vật hoặc số ngày công' }),
  measureUnit: optionalText(30).nullable().default(null).meta({ example: 'tấn' }),
  valueVnd: VndSchema.meta({ description: 'Tiền mặt, hoặc trị giá ước tính của hiện vật (đồng); 0 với ngày công' }),
  valuationMethod: enumSchema(ValuationMethod).nullable().default(null),
  note: optionalText(1000).default(''),
};

type ContributionShape = {
  kind?: ContributionKind;
  item?: string | null;
  quantity?: number | null;
  measureUnit?: string | null;
  valueVnd?: number;
  valuationMethod?: ValuationMethod | null;
};

/** The rules that tie a contribution's fields to its kind. */
export function contributionIssues(c: ContributionShape): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (c.kind === 'tien_mat') {
    if (c.valueVnd !== undefined && c.valueVnd <= 0) issues.push({ path: 'valueVnd', message: 'Cần nhập số tiền' });
  } else if (c.kind === 'hien_vat') {
    if (!c.item) issues.push({ path: 'item', message: 'Cần ghi tên hiện vật' });
    if (c.quantity == null) issues.push({ path: 'quantity', message: 'Cần ghi số lượng hiện vật' });
    if (!c.measureUnit) issues.push({ path: 'measureUnit', message: 'Cần ghi đơn vị tính' });
    if (c.valueVnd !== undefined && c.valueVnd <= 0)
      issues.push({ path: 'valueVnd', message: 'Cần ghi trị giá ước tính' });
    if (c.valuationMethod == null) issues.push({ path: 'valuationMethod', message: 'Cần ghi cách xác định trị giá' });
  } else if (c.kind === 'ngay_cong') {
    if (c.quantity == null) issues.push({ path: 'quantity', message: 'Cần ghi số ngày công' });
    if (c.valueVnd !== undefined && c.valueVnd !== 0)
      issues.push({ path: 'valueVnd', message: 'Ngày công không ghi tiền' });
  }
  return issues;
}

function checkContribution(c: ContributionShape, ctx: z.RefinementCtx) {
  for (const issue of contributionIssues(c))
    ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.path] });
}

/** A contribution sent inline with its activity. */
export const ContributionDraftSchema = z.object(contributionFields).strict().superRefine(checkContribution);
export type ContributionDraft = z.input<typeof ContributionDraftSchema>;
export const ContributionInputSchema = z
  .object({ activityId: IdSchema, ...contributionFields })
  .strict()
  .superRefine(checkContribution);
export type ContributionInput = z.input<typeof ContributionInputSchema>;
export const ContributionPatchSchema = z.object(withoutDefaults(contributionFields)).partial().strict();
export const ContributionSchema = RecordMetaSchema.extend({ activityId: IdSchema, ...contributionFields }).meta({
  id: 'Contribution',
});
export type Contribution = z.infer<typeof ContributionSchema>;

// ---------------------------------------------------------------- activity (hoạt động)

export const ParticipantCountSchema = z.object({
  group: enumSchema(ParticipantGroup),
  count: CountSchema.min(1, { error: 'Số người phải lớn hơn 0' }),
});
export type ParticipantCount = z.infer<typeof ParticipantCountSchema>;

function uniqueBy<T>(key: (t: T) => string, message: string) {
  return (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    for (const item of list) {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message });
      seen.add(k);
    }
  };
}

/** A criterion of a new-rural criteria set, by set and number (1–19). */
export const NtmCriterionSchema = z
  .object({
    set: z.enum(NtmCriteriaSetCodes),
    number: z.number().int().min(1).max(19),
  })
  .refine((c) => c.number <= NtmCriteriaSets[c.set].criteria.length, {
    message: 'Số tiêu chí vượt quá số tiêu chí của bộ tiêu chí',
    path: ['number'],
  });
export type NtmCriterion = z.infer<typeof NtmCriterionSchema>;

const activityFields = {
  title: requiredText(300).meta({ example: 'Hỗ trợ xi măng làm đường bê tông thôn Nà Pàn' }),
  communeId: IdSchema,
  unitIds: z
    .array(IdSchema)
    .min(1, { error: 'Cần ít nhất một đơn vị tổ chức' })
    .max(20)
    .superRefine(uniqueBy(String, 'Đơn vị bị lặp lại'))
    .meta({ description: 'Các đơn vị tổ chức; đơn vị đầu tiên là đơn vị chủ trì. Mỗi đơn vị là một lượt.' }),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  categories: z
    .array(enumSchema(ActivityCategory))
    .min(1, { error: 'Chọn ít nhất một loại hoạt động' })
    .max(ActivityCategory.codes.length)
    .superRefine(uniqueBy(String, 'Loại hoạt động bị lặp lại')),
  ntmCriteria: z
    .array(NtmCriterionSchema)
    .max(30)
    .default([])
    .superRefine(uniqueBy((c) => `${c.set}:${c.number}`, 'Tiêu chí bị lặp lại')),
  participants: z
    .array(ParticipantCountSchema)
    .max(ParticipantGroup.codes.length)
    .default([])
    .superRefine(uniqueBy((p) => p.group, 'Nhóm người tham gia bị lặp lại')),
  beneficiaries: CountSchema.default(0).meta({ description: 'Số người (hoặc hộ) được hưởng lợi' }),
  description: optionalText(10_000).default(''),
};
const activityOrder = dateOrder('startDate', 'endDate');

export const ActivityInputSchema = z
  .object({ ...activityFields, contributions: z.array(ContributionDraftSchema).max(100).default([]) })
  .strict()
  .refine(activityOrder.check, activityOrder.params);
export type ActivityInput = z.input<typeof ActivityInputSchema>;
export const ActivityPatchSchema = z
  .object(withoutDefaults(activityFields))
  .partial()
  .strict()
  .refine(activityOrder.check, activityOrder.params);
export type ActivityPatch = z.input<typeof ActivityPatchSchema>;

export const ActivitySchema = RecordMetaSchema.extend({
  ...activityFields,
  status: enumSchema(ActivityStatus),
  reviewComment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  contributions: z.array(ContributionSchema),
}).meta({ id: 'Activity' });
export type Activity = z.infer<typeof ActivitySchema>;

// ---------------------------------------------------------------- plan (kế hoạch)

const planFields = {
  unitId: IdSchema,
  communeId: IdSchema,
  month: MonthSchema,
  plannedDate: IsoDateSchema.nullable().default(null),
  content: requiredText(2000),
  categories: z.array(enumSchema(ActivityCategory)).max(ActivityCategory.codes.length).default([]),
};
export const PlanInputSchema = z
  .object(planFields)
  .strict()
  .refine((p) => p.plannedDate === null || p.plannedDate.startsWith(p.month), {
    message: 'Ngày dự kiến phải nằm trong tháng của kế hoạch',
    path: ['plannedDate'],
  });
export type PlanInput = z.input<typeof PlanInputSchema>;
export const PlanPatchSchema = z.object(withoutDefaults(planFields)).partial().strict();
export const PlanSchema = RecordMetaSchema.extend(planFields).meta({ id: 'Plan' });
export type Plan = z.infer<typeof PlanSchema>;

// ---------------------------------------------------------------- difficulty (khó khăn, kiến nghị)

const difficultyFields = {
  unitId: IdSchema.nullable().default(null),
  communeId: IdSchema.nullable().default(null),
  kind: enumSchema(DifficultyKind),
  text: requiredText(5000).meta({ description: 'Khó khăn, vướng mắc' }),
  recommendation: optionalText(5000).default('').meta({ description: 'Kiến nghị, đề xuất' }),
  periodFrom: IsoDateSchema,
  periodTo: IsoDateSchema,
  status: enumSchema(DifficultyStatus).default('moi'),
};
const difficultyOrder = dateOrder('periodFrom', 'periodTo');
export const DifficultyInputSchema = z
  .object(difficultyFields)
  .strict()
  .refine((d) => d.unitId !== null || d.communeId !== null, {
    message: 'Cần chọn đơn vị hoặc xã',
    path: ['unitId'],
  })
  .refine(difficultyOrder.check, difficultyOrder.params);
export type DifficultyInput = z.input<typeof DifficultyInputSchema>;
export const DifficultyPatchSchema = z
  .object(withoutDefaults(difficultyFields))
  .partial()
  .strict()
  .refine(difficultyOrder.check, difficultyOrder.params);
export const DifficultySchema = RecordMetaSchema.extend(difficultyFields).meta({ id: 'Difficulty' });
export type Difficulty = z.infer<typeof DifficultySchema>;
