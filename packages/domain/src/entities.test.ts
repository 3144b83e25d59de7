import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ActivityInputSchema,
  ActivityPatchSchema,
  ActivitySchema,
  AssignmentInputSchema,
  AssignmentPatchSchema,
  CommuneInputSchema,
  CommunePatchSchema,
  ContributionDraftSchema,
  ContributionInputSchema,
  ContributionPatchSchema,
  contributionIssues,
  DifficultyInputSchema,
  DifficultyPatchSchema,
  DirectiveInputSchema,
  DirectivePatchSchema,
  PlanInputSchema,
  PlanPatchSchema,
  UnitInputSchema,
  UnitPatchSchema,
} from './entities.js';

const nfd = (s: string) => s.normalize('NFD');
const END_BEFORE_START = 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu';

/** The issues of a failed parse as { path: 'a.0.b', message }; fails the test if the parse succeeds. */
function issuesOf(schema: z.ZodType, input: unknown): { path: string; message: string }[] {
  const r = schema.safeParse(input);
  if (r.success) throw new Error(`expected a refusal, got ${JSON.stringify(r.data)}`);
  return r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

const directive = {
  code: '02-HD/BDVTU',
  kind: 'huong_dan',
  issuer: 'Ban Dân vận Tỉnh ủy',
  issuedOn: '2021-09-10',
  title: 'Hướng dẫn thực hiện Đề án 02-ĐA/TU',
  parentId: 1,
  norms: [{ kind: 'min_activities_per_unit_month', value: 1 }],
};

const unit = {
  code: 'CB-BDV',
  name: 'Chi bộ Ban Dân vận Tỉnh ủy',
  kind: 'chi_bo_co_so',
  agency: 'Ban Dân vận Tỉnh ủy',
  group: 'dang_doan_the',
  partyMembers: 18,
  staff: 20,
  activeFrom: '2020-01-01',
};

const commune = {
  code: '04321',
  name: 'Xã Tân Lập',
  kind: 'xa',
  district: 'Huyện Bắc Sơn',
  areaClass: 'III',
  remote: true,
  ntmStatus: 'chua_dat',
  distanceKm: 62.5,
  population: 4200,
  households: 980,
  poorHouseholds: 210,
  validFrom: '2008-01-01',
};

const assignment = {
  unitId: 1,
  communeId: 2,
  directiveId: 3,
  role: 'phu_trach_chinh',
  validFrom: '2021-09-10',
};

const cash = { unitId: 1, kind: 'tien_mat', source: 'can_bo_dong_gop', valueVnd: 5_000_000 };
const inKind = {
  unitId: 1,
  kind: 'hien_vat',
  source: 'xa_hoi_hoa',
  item: 'Xi măng',
  quantity: 10,
  measureUnit: 'tấn',
  valueVnd: 15_000_000,
  valuationMethod: 'gia_thi_truong',
};
const labour = { unitId: 1, kind: 'ngay_cong', source: 'can_bo_dong_gop', quantity: 20, valueVnd: 0 };

const activity = {
  title: 'Hỗ trợ xi măng làm đường bê tông thôn Nà Pàn',
  communeId: 2,
  unitIds: [1, 4],
  startDate: '2021-10-02',
  endDate: '2021-10-03',
  categories: ['duong_be_tong', 'tuyen_truyen'],
  ntmCriteria: [{ set: 'qd1980_2016', number: 2 }],
  participants: [
    { group: 'dang_vien', count: 12 },
    { group: 'nhan_dan', count: 40 },
  ],
  beneficiaries: 120,
  contributions: [cash, inKind, labour],
};

const plan = {
  unitId: 1,
  communeId: 2,
  month: '2021-10',
  plannedDate: '2021-10-15',
  content: 'Vệ sinh môi trường, trồng cây xanh',
  categories: ['ve_sinh_moi_truong'],
};

const difficulty = {
  unitId: 1,
  kind: 'khoang_cach',
  text: 'Địa bàn xa, chi phí đi lại lớn',
  periodFrom: '2021-09-10',
  periodTo: '2022-03-18',
};

describe('valid inputs', () => {
  it('DirectiveInputSchema fills the defaults', () => {
    expect(DirectiveInputSchema.parse(directive)).toEqual({ ...directive, summary: '' });
    expect(DirectiveInputSchema.parse({ ...directive, parentId: undefined, norms: undefined })).toMatchObject({
      parentId: null,
      norms: [],
    });
  });

  it('UnitInputSchema: activeTo defaults to null; equal dates are allowed', () => {
    expect(UnitInputSchema.parse(unit)).toEqual({ ...unit, activeTo: null });
    expect(UnitInputSchema.parse({ ...unit, activeTo: '2020-01-01' }).activeTo).toBe('2020-01-01');
  });

  it('CommuneInputSchema', () => {
    expect(CommuneInputSchema.parse(commune)).toEqual({ ...commune, validTo: null, successorId: null });
  });

  it('AssignmentInputSchema: open-ended by default', () => {
    expect(AssignmentInputSchema.parse(assignment)).toEqual({ ...assignment, validTo: null, note: '' });
    expect(AssignmentInputSchema.parse({ ...assignment, validTo: '2022-06-30' }).validTo).toBe('2022-06-30');
  });

  it('ContributionDraftSchema for each kind', () => {
    expect(ContributionDraftSchema.parse(cash)).toEqual({
      ...cash,
      item: null,
      quantity: null,
      measureUnit: null,
      valuationMethod: null,
      note: '',
    });
    expect(ContributionDraftSchema.parse(inKind)).toEqual({ ...inKind, note: '' });
    expect(ContributionDraftSchema.parse(labour)).toMatchObject({ kind: 'ngay_cong', quantity: 20, valueVnd: 0 });
    expect(ContributionDraftSchema.parse({ ...labour, quantity: 0.5 }).quantity).toBe(0.5);
  });

  it('ContributionInputSchema needs the activity', () => {
    expect(ContributionInputSchema.parse({ activityId: 9, ...cash }).activityId).toBe(9);
    expect(issuesOf(ContributionInputSchema, cash).map((i) => i.path)).toEqual(['activityId']);
  });

  it('ActivityInputSchema with its contributions', () => {
    const parsed = ActivityInputSchema.parse(activity);
    expect(parsed).toMatchObject({ ...activity, description: '', contributions: expect.any(Array) });
    expect(parsed.contributions).toHaveLength(3);
    expect(parsed.contributions[1]).toEqual({ ...inKind, note: '' });
    const minimal = ActivityInputSchema.parse({
      title: 'Phun thuốc khử trùng',
      communeId: 2,
      unitIds: [1],
      startDate: '2021-10-02',
      endDate: '2021-10-02',
      categories: ['phun_khu_trung'],
    });
    expect(minimal).toMatchObject({
      ntmCriteria: [],
      participants: [],
      beneficiaries: 0,
      description: '',
      contributions: [],
    });
  });

  it('PlanInputSchema and DifficultyInputSchema', () => {
    expect(PlanInputSchema.parse(plan)).toEqual(plan);
    expect(PlanInputSchema.parse({ ...plan, plannedDate: undefined }).plannedDate).toBeNull();
    expect(DifficultyInputSchema.parse(difficulty)).toEqual({
      ...difficulty,
      communeId: null,
      recommendation: '',
      status: 'moi',
    });
    expect(DifficultyInputSchema.parse({ ...difficulty, unitId: undefined, communeId: 5 })).toMatchObject({
      unitId: null,
      communeId: 5,
    });
  });

  it('a stored activity (ActivitySchema) reads back with its meta fields', () => {
    const stored = {
      id: 7,
      version: 2,
      createdAt: '2021-10-02T08:30:00.000Z',
      updatedAt: '2021-10-03T08:30:00.000Z',
      ...activity,
      description: '',
      contributions: [
        {
          id: 1,
          version: 1,
          createdAt: '2021-10-02T08:30:00.000Z',
          updatedAt: '2021-10-02T08:30:00.000Z',
          activityId: 7,
          ...cash,
          item: null,
          quantity: null,
          measureUnit: null,
          valuationMethod: null,
          note: '',
        },
      ],
      status: 'approved',
      reviewComment: null,
      submittedAt: '2021-10-03T08:30:00.000Z',
      approvedAt: '2021-10-04T08:30:00.000Z',
      deletedAt: null,
    };
    expect(ActivitySchema.parse(stored).status).toBe('approved');
    expect(ActivitySchema.safeParse({ ...stored, status: 'published' }).success).toBe(false);
  });
});

describe('patch schemas', () => {
  it('leave omitted fields out instead of filling their defaults', () => {
    // A default inside a patch would silently reset the stored value: renaming a unit would
    // reopen it (activeTo null), changing an assignment's role would make it open-ended again.
    expect(UnitPatchSchema.parse({ name: 'Chi bộ Báo tỉnh' })).toEqual({ name: 'Chi bộ Báo tỉnh' });
    expect(AssignmentPatchSchema.parse({ role: 'tham_gia' })).toEqual({ role: 'tham_gia' });
    expect(CommunePatchSchema.parse({ population: 4300 })).toEqual({ population: 4300 });
    expect(DirectivePatchSchema.parse({ title: 'Đề án 02' })).toEqual({ title: 'Đề án 02' });
    expect(ContributionPatchSchema.parse({ valueVnd: 6_000_000 })).toEqual({ valueVnd: 6_000_000 });
    expect(ActivityPatchSchema.parse({ title: 'Trồng cây xanh' })).toEqual({ title: 'Trồng cây xanh' });
    expect(PlanPatchSchema.parse({ content: 'Thắp sáng đường quê' })).toEqual({ content: 'Thắp sáng đường quê' });
    expect(DifficultyPatchSchema.parse({ text: 'Thiếu kinh phí' })).toEqual({ text: 'Thiếu kinh phí' });
  });

  it('still accept an explicit value, null included, and still normalise text', () => {
    expect(AssignmentPatchSchema.parse({ validTo: null })).toEqual({ validTo: null });
    expect(UnitPatchSchema.parse({ activeTo: '2025-06-30' })).toEqual({ activeTo: '2025-06-30' });
    expect(ActivityPatchSchema.parse({ participants: [] })).toEqual({ participants: [] });
    expect(ActivityPatchSchema.parse({ description: nfd(' Nhà văn hoá ') })).toEqual({ description: 'Nhà văn hoá' });
    expect(issuesOf(ActivityPatchSchema, { unitIds: [2, 2] })).toEqual([
      { path: 'unitIds', message: 'Đơn vị bị lặp lại' },
    ]);
  });
});

describe('end date before start date', () => {
  it('is refused on every dated entity, at the end-date field', () => {
    expect(issuesOf(UnitInputSchema, { ...unit, activeTo: '2019-12-31' })).toEqual([
      { path: 'activeTo', message: END_BEFORE_START },
    ]);
    expect(issuesOf(CommuneInputSchema, { ...commune, validTo: '2007-12-31' })).toEqual([
      { path: 'validTo', message: END_BEFORE_START },
    ]);
    expect(issuesOf(AssignmentInputSchema, { ...assignment, validTo: '2021-09-09' })).toEqual([
      { path: 'validTo', message: END_BEFORE_START },
    ]);
    expect(issuesOf(ActivityInputSchema, { ...activity, endDate: '2021-10-01' })).toEqual([
      { path: 'endDate', message: END_BEFORE_START },
    ]);
    expect(issuesOf(DifficultyInputSchema, { ...difficulty, periodTo: '2021-09-09' })).toEqual([
      { path: 'periodTo', message: END_BEFORE_START },
    ]);
  });

  it('is refused in a patch that carries both dates, and not checked when only one is sent', () => {
    expect(issuesOf(AssignmentPatchSchema, { validFrom: '2022-01-01', validTo: '2021-12-31' })).toEqual([
      { path: 'validTo', message: END_BEFORE_START },
    ]);
    expect(issuesOf(ActivityPatchSchema, { startDate: '2022-01-02', endDate: '2022-01-01' })).toEqual([
      { path: 'endDate', message: END_BEFORE_START },
    ]);
    expect(UnitPatchSchema.parse({ activeTo: '2021-12-31' })).toEqual({ activeTo: '2021-12-31' });
    expect(AssignmentPatchSchema.parse({ validTo: '2021-12-31' })).toEqual({ validTo: '2021-12-31' });
    expect(issuesOf(DifficultyPatchSchema, { periodFrom: '2022-01-02', periodTo: '2022-01-01' })).toEqual([
      { path: 'periodTo', message: END_BEFORE_START },
    ]);
  });
});

describe('contribution rules by kind', () => {
  it('contributionIssues: cash needs a positive amount', () => {
    expect(contributionIssues({ kind: 'tien_mat', valueVnd: 5_000_000 })).toEqual([]);
    expect(contributionIssues({ kind: 'tien_mat', valueVnd: 0 })).toEqual([
      { path: 'valueVnd', message: 'Cần nhập số tiền' },
    ]);
  });

  it('contributionIssues: in kind needs item, quantity, measure unit, value and valuation method', () => {
    expect(
      contributionIssues({
        kind: 'hien_vat',
        item: 'Gạo',
        quantity: 500,
        measureUnit: 'kg',
        valueVnd: 7_500_000,
        valuationMethod: 'hoa_don',
      }),
    ).toEqual([]);
    expect(
      contributionIssues({
        kind: 'hien_vat',
        item: null,
        quantity: null,
        measureUnit: '',
        valueVnd: 0,
        valuationMethod: null,
      }),
    ).toEqual([
      { path: 'item', message: 'Cần ghi tên hiện vật' },
      { path: 'quantity', message: 'Cần ghi số lượng hiện vật' },
      { path: 'measureUnit', message: 'Cần ghi đơn vị tính' },
      { path: 'valueVnd', message: 'Cần ghi trị giá ước tính' },
      { path: 'valuationMethod', message: 'Cần ghi cách xác định trị giá' },
    ]);
  });

  it('contributionIssues: labour days need a number of days and carry no money', () => {
    expect(contributionIssues({ kind: 'ngay_cong', quantity: 20, valueVnd: 0 })).toEqual([]);
    expect(contributionIssues({ kind: 'ngay_cong', quantity: null, valueVnd: 3_000_000 })).toEqual([
      { path: 'quantity', message: 'Cần ghi số ngày công' },
      { path: 'valueVnd', message: 'Ngày công không ghi tiền' },
    ]);
  });

  it('contributionIssues does not ask for an amount that was not sent (partial update)', () => {
    expect(contributionIssues({ kind: 'tien_mat' })).toEqual([]);
    expect(contributionIssues({})).toEqual([]);
  });

  it('ContributionDraftSchema refuses an in-kind gift without its details', () => {
    expect(
      issuesOf(ContributionDraftSchema, { unitId: 1, kind: 'hien_vat', source: 'xa_hoi_hoa', valueVnd: 0 }),
    ).toEqual([
      { path: 'item', message: 'Cần ghi tên hiện vật' },
      { path: 'quantity', message: 'Cần ghi số lượng hiện vật' },
      { path: 'measureUnit', message: 'Cần ghi đơn vị tính' },
      { path: 'valueVnd', message: 'Cần ghi trị giá ước tính' },
      { path: 'valuationMethod', message: 'Cần ghi cách xác định trị giá' },
    ]);
    // A blank item name is trimmed to empty and counts as missing.
    expect(issuesOf(ContributionDraftSchema, { ...inKind, item: '   ' })).toEqual([
      { path: 'item', message: 'Cần ghi tên hiện vật' },
    ]);
    expect(issuesOf(ContributionDraftSchema, { ...inKind, valuationMethod: undefined })).toEqual([
      { path: 'valuationMethod', message: 'Cần ghi cách xác định trị giá' },
    ]);
  });

  it('ContributionDraftSchema refuses money on labour days and cash of zero', () => {
    expect(issuesOf(ContributionDraftSchema, { ...labour, valueVnd: 200_000 })).toEqual([
      { path: 'valueVnd', message: 'Ngày công không ghi tiền' },
    ]);
    expect(issuesOf(ContributionDraftSchema, { ...labour, quantity: undefined })).toEqual([
      { path: 'quantity', message: 'Cần ghi số ngày công' },
    ]);
    expect(issuesOf(ContributionDraftSchema, { ...cash, valueVnd: 0 })).toEqual([
      { path: 'valueVnd', message: 'Cần nhập số tiền' },
    ]);
  });

  it('refuses negative money and fractions of a đồng', () => {
    expect(issuesOf(ContributionDraftSchema, { ...cash, valueVnd: -1000 })).toContainEqual({
      path: 'valueVnd',
      message: 'Số tiền không được âm',
    });
    expect(issuesOf(ContributionDraftSchema, { ...cash, valueVnd: 1000.5 })).toEqual([
      { path: 'valueVnd', message: 'Số tiền tính bằng đồng, không có phần lẻ' },
    ]);
    expect(issuesOf(ContributionDraftSchema, { ...cash, valueVnd: 10_000_000_000_001 })).toEqual([
      { path: 'valueVnd', message: 'Số tiền quá lớn' },
    ]);
    expect(issuesOf(ContributionDraftSchema, { ...cash, valueVnd: '5000000' })).toEqual([
      { path: 'valueVnd', message: 'Cần nhập số tiền' },
    ]);
    expect(issuesOf(ContributionPatchSchema, { valueVnd: -1 })).toEqual([
      { path: 'valueVnd', message: 'Số tiền không được âm' },
    ]);
  });

  it('refuses a quantity of zero or less', () => {
    expect(issuesOf(ContributionDraftSchema, { ...inKind, quantity: 0 })).toEqual([
      { path: 'quantity', message: 'Số lượng phải lớn hơn 0' },
    ]);
  });

  it('reports a contribution inside an activity at its full path', () => {
    expect(issuesOf(ActivityInputSchema, { ...activity, contributions: [cash, { ...inKind, item: null }] })).toEqual([
      { path: 'contributions.1.item', message: 'Cần ghi tên hiện vật' },
    ]);
  });
});

describe('activity lists', () => {
  it('refuses a unit listed twice (each unit is one lượt)', () => {
    expect(issuesOf(ActivityInputSchema, { ...activity, unitIds: [1, 4, 1] })).toEqual([
      { path: 'unitIds', message: 'Đơn vị bị lặp lại' },
    ]);
  });

  it('needs at least one unit and one category', () => {
    expect(issuesOf(ActivityInputSchema, { ...activity, unitIds: [] })).toEqual([
      { path: 'unitIds', message: 'Cần ít nhất một đơn vị tổ chức' },
    ]);
    expect(issuesOf(ActivityInputSchema, { ...activity, categories: [] })).toEqual([
      { path: 'categories', message: 'Chọn ít nhất một loại hoạt động' },
    ]);
  });

  it('refuses repeated categories, criteria and participant groups', () => {
    expect(issuesOf(ActivityInputSchema, { ...activity, categories: ['tang_qua', 'tang_qua'] })).toEqual([
      { path: 'categories', message: 'Loại hoạt động bị lặp lại' },
    ]);
    expect(
      issuesOf(ActivityInputSchema, {
        ...activity,
        ntmCriteria: [
          { set: 'qd318_2022', number: 2 },
          { set: 'qd318_2022', number: 2 },
        ],
      }),
    ).toEqual([{ path: 'ntmCriteria', message: 'Tiêu chí bị lặp lại' }]);
    // The same number in two sets is two different criteria.
    expect(
      ActivityInputSchema.safeParse({
        ...activity,
        ntmCriteria: [
          { set: 'qd1980_2016', number: 2 },
          { set: 'qd318_2022', number: 2 },
        ],
      }).success,
    ).toBe(true);
    expect(
      issuesOf(ActivityInputSchema, {
        ...activity,
        participants: [
          { group: 'dang_vien', count: 3 },
          { group: 'dang_vien', count: 4 },
        ],
      }),
    ).toEqual([{ path: 'participants', message: 'Nhóm người tham gia bị lặp lại' }]);
  });

  it('refuses a criterion number beyond its set and an empty participant group', () => {
    expect(issuesOf(ActivityInputSchema, { ...activity, ntmCriteria: [{ set: 'qd51_2025', number: 11 }] })).toEqual([
      { path: 'ntmCriteria.0.number', message: 'Số tiêu chí vượt quá số tiêu chí của bộ tiêu chí' },
    ]);
    expect(issuesOf(ActivityInputSchema, { ...activity, participants: [{ group: 'nhan_dan', count: 0 }] })).toEqual([
      { path: 'participants.0.count', message: 'Số người phải lớn hơn 0' },
    ]);
  });

  it('refuses a date that does not exist', () => {
    expect(issuesOf(ActivityInputSchema, { ...activity, startDate: '2021-02-29', endDate: '2021-03-01' })).toEqual([
      { path: 'startDate', message: 'Ngày không hợp lệ, cần dạng YYYY-MM-DD' },
    ]);
  });
});

describe('other refusals', () => {
  it('plan date outside the plan month, bad month', () => {
    expect(issuesOf(PlanInputSchema, { ...plan, plannedDate: '2021-11-01' })).toEqual([
      { path: 'plannedDate', message: 'Ngày dự kiến phải nằm trong tháng của kế hoạch' },
    ]);
    expect(issuesOf(PlanInputSchema, { ...plan, month: '2021-13', plannedDate: null })).toEqual([
      { path: 'month', message: 'Tháng không hợp lệ, cần dạng YYYY-MM' },
    ]);
  });

  it('difficulty without unit or commune', () => {
    expect(issuesOf(DifficultyInputSchema, { ...difficulty, unitId: null })).toEqual([
      { path: 'unitId', message: 'Cần chọn đơn vị hoặc xã' },
    ]);
  });

  it('counts must be whole and not negative', () => {
    expect(issuesOf(UnitInputSchema, { ...unit, partyMembers: -1 })).toEqual([
      { path: 'partyMembers', message: 'Không được âm' },
    ]);
    expect(issuesOf(UnitInputSchema, { ...unit, staff: 2.5 })).toEqual([
      { path: 'staff', message: 'Cần là số nguyên' },
    ]);
  });

  it('required text: missing, blank, too long', () => {
    const { name: _name, ...noName } = unit;
    expect(issuesOf(UnitInputSchema, noName)).toEqual([{ path: 'name', message: 'Cần nhập nội dung' }]);
    expect(issuesOf(UnitInputSchema, { ...unit, name: '   ' })).toEqual([
      { path: 'name', message: 'Không được để trống' },
    ]);
    expect(issuesOf(UnitInputSchema, { ...unit, code: 'x'.repeat(31) })).toEqual([
      { path: 'code', message: 'Tối đa 30 ký tự' },
    ]);
    expect(UnitInputSchema.parse({ ...unit, code: 'x'.repeat(30) }).code).toHaveLength(30);
  });

  it('enums refuse unknown codes', () => {
    expect(issuesOf(CommuneInputSchema, { ...commune, areaClass: 'IV' }).map((i) => i.path)).toEqual(['areaClass']);
    expect(issuesOf(ContributionDraftSchema, { ...cash, source: 'ngan_hang' }).map((i) => i.path)).toEqual(['source']);
  });
});

describe('unknown fields (strict)', () => {
  const cases: [string, z.ZodType, object][] = [
    ['directive', DirectiveInputSchema, directive],
    ['directive patch', DirectivePatchSchema, { title: 'x' }],
    ['unit', UnitInputSchema, unit],
    ['unit patch', UnitPatchSchema, { name: 'x' }],
    ['commune', CommuneInputSchema, commune],
    ['assignment', AssignmentInputSchema, assignment],
    ['contribution draft', ContributionDraftSchema, cash],
    ['contribution', ContributionInputSchema, { activityId: 1, ...cash }],
    ['activity', ActivityInputSchema, activity],
    ['activity patch', ActivityPatchSchema, { title: 'x' }],
    ['plan', PlanInputSchema, plan],
    ['difficulty', DifficultyInputSchema, difficulty],
  ];
  for (const [name, schema, valid] of cases) {
    it(`${name}: the valid input parses, the same with an extra field does not`, () => {
      expect(schema.safeParse(valid).success).toBe(true);
      const r = schema.safeParse({ ...valid, approvedBy: 'admin', id: 99 });
      expect(r.success).toBe(false);
      expect(r.error?.issues).toContainEqual(
        expect.objectContaining({ code: 'unrecognized_keys', keys: ['approvedBy', 'id'], path: [] }),
      );
    });
  }

  it('an extra field inside a contribution of an activity is refused too', () => {
    const r = ActivityInputSchema.safeParse({ ...activity, contributions: [{ ...cash, approved: true }] });
    expect(r.error?.issues).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['approved'], path: ['contributions', 0] }),
    );
  });
});

describe('text fields are stored NFC and trimmed', () => {
  it('an NFD title comes out NFC, without surrounding white space', () => {
    const title = 'Tặng gạo, chăn ấm cho hộ nghèo xã Đồng Hỷ';
    const input = { ...activity, title: `  ${nfd(title)} \n`, description: nfd(' Nhân dân phấn khởi. ') };
    expect(input.title).not.toContain(title);
    const parsed = ActivityInputSchema.parse(input);
    expect(parsed.title).toBe(title);
    expect(parsed.title.normalize('NFC')).toBe(parsed.title);
    expect(parsed.description).toBe('Nhân dân phấn khởi.');
  });

  it('names, items and measure units are normalised too', () => {
    expect(UnitInputSchema.parse({ ...unit, name: nfd(' Chi bộ Hội Cựu chiến binh tỉnh ') }).name).toBe(
      'Chi bộ Hội Cựu chiến binh tỉnh',
    );
    expect(
      CommuneInputSchema.parse({ ...commune, name: nfd('Xã Tân Lập'), district: nfd('Huyện Bắc Sơn  ') }),
    ).toMatchObject({ name: 'Xã Tân Lập', district: 'Huyện Bắc Sơn' });
    expect(
      ContributionDraftSchema.parse({ ...inKind, item: nfd(' Xi măng '), measureUnit: nfd('tấn ') }),
    ).toMatchObject({
      item: 'Xi măng',
      measureUnit: 'tấn',
    });
  });

  it('the length limit applies after trimming', () => {
    expect(UnitInputSchema.parse({ ...unit, code: ` ${'x'.repeat(30)} ` }).code).toBe('x'.repeat(30));
  });
});
