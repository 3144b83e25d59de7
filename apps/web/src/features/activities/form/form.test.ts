import { describe, expect, it, vi } from 'vitest';
import { vietnameseOptionsFilter } from '@/components/ui/vietnamese-options-filter';
import { activityPermissions, whyNotEditable } from '@/features/activities/activity-permissions';
import { checkPhotoFiles } from '@/features/activities/components/photo-fields';
import { errorsAfterRowRemoved, formKeyOf, validateActivityForm } from '@/features/activities/form/field-errors';
import {
  activityInput,
  contributionDraft,
  emptyContribution,
  restoreActivityValues,
  sameValues,
  valuesFromActivity,
  visibleCriteria,
} from '@/features/activities/form/form-values';
import { saveActivityForm } from '@/features/activities/form/save-activity-form';
import { activityFixture, photoFixture, validNewValues } from '@/features/activities/test-fixtures';
import { adminSessionFixture, officerSessionFixture, problemReply, viewerSessionFixture } from '@/testing/fixtures';
import { mockFetch } from '@/testing/test-utils';

describe('field errors', () => {
  it('places input paths on the inputs the user sees', () => {
    const groups = ['dang_vien', 'nhan_dan'] as const;
    expect(formKeyOf('contributions.1.quantity', groups)).toBe('contributions.1.quantity');
    expect(formKeyOf(['contributions', 1, 'quantity'], groups)).toBe('contributions.1.quantity');
    expect(formKeyOf(['contributions', 2], groups)).toBe('contributions.2');
    expect(formKeyOf('unitIds.0', groups)).toBe('unitId');
    expect(formKeyOf('unitIds.2', groups)).toBe('jointUnitIds');
    expect(formKeyOf('participants.1.count', groups)).toBe('participants.nhan_dan');
    expect(formKeyOf('ntmCriteria.0.number', groups)).toBe('ntmCriteria');
    expect(formKeyOf('', groups)).toBe('');
  });

  it('moves the messages of the rows below a removed one up a place', () => {
    expect(
      errorsAfterRowRemoved(
        { title: 'a', 'contributions.0.item': 'b', 'contributions.1.quantity': 'c', 'contributions.2': 'd' },
        1,
      ),
    ).toEqual({ title: 'a', 'contributions.0.item': 'b', 'contributions.1': 'd' });
  });

  it('checks the end date against the start date with the domain rule', () => {
    const result = validateActivityForm({ ...validNewValues(), endDate: '2022-01-19' });
    expect(result).toEqual({ ok: false, errors: { endDate: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' } });
  });

  it('refuses a group with zero people only by leaving it out', () => {
    const values = validNewValues();
    const result = validateActivityForm({ ...values, participants: { ...values.participants, nhan_dan: 0 } });
    expect(result.ok && result.input.participants).toEqual([{ group: 'dang_vien', count: 10 }]);
  });
});

describe('form values', () => {
  it('sends only the fields of a contribution’s kind', () => {
    const row = { ...emptyContribution('ngay_cong'), quantity: 5.5, item: 'giữ lại', valueVnd: 900 as const };
    expect(contributionDraft(row, 3)).toEqual({
      unitId: 3,
      kind: 'ngay_cong',
      source: 'can_bo_dong_gop',
      note: '',
      item: null,
      quantity: 5.5,
      measureUnit: 'ngày công',
      valueVnd: 0,
      valuationMethod: null,
    });
    expect(contributionDraft({ ...emptyContribution('tien_mat'), unitId: 5, valueVnd: '' }, 3)).toMatchObject({
      unitId: 5,
      valueVnd: 0,
      quantity: null,
    });
  });

  it('reads an activity back into the same input it came from', () => {
    const values = valuesFromActivity(activityFixture);
    const input = activityInput(values);
    expect(input).toMatchObject({
      title: activityFixture.title,
      unitIds: [3],
      ntmCriteria: [{ set: 'qd318_2022', number: 2 }],
      participants: activityFixture.participants,
      contributions: activityFixture.contributions.map(({ id, version, createdAt, updatedAt, activityId, ...c }) => c),
    });
    expect(sameValues(values, valuesFromActivity(activityFixture))).toBe(true);
    expect(sameValues(values, { ...values, title: 'khác' })).toBe(false);
  });

  it('keeps only the criteria of the set in force on the start date', () => {
    const criteria = [
      { set: 'qd1980_2016' as const, number: 15 },
      { set: 'qd318_2022' as const, number: 2 },
    ];
    expect(visibleCriteria({ ntmCriteria: criteria, startDate: '2022-03-15' })).toEqual([criteria[1]]);
    expect(visibleCriteria({ ntmCriteria: criteria, startDate: '2022-02-27' })).toEqual([criteria[0]]);
  });

  it('takes back a stored draft only when it has the form’s shape', () => {
    const values = validNewValues();
    expect(restoreActivityValues(JSON.parse(JSON.stringify(values)))).toEqual(values);
    expect(restoreActivityValues({ ...values, contributions: [{ kind: 'vang' }] })).toBeUndefined();
    expect(restoreActivityValues({ ...values, categories: ['khong_co'] })).toBeUndefined();
    expect(restoreActivityValues('rác')).toBeUndefined();
  });
});

describe('who may do what', () => {
  const { user: officer } = officerSessionFixture;
  const { user: admin } = adminSessionFixture;
  const { user: viewer } = viewerSessionFixture;
  const of = (status: typeof activityFixture.status, extra: object = {}) => ({ ...activityFixture, status, ...extra });

  it('follows decision 0006', () => {
    expect(activityPermissions(of('draft'), officer)).toEqual({
      edit: true,
      submit: true,
      delete: true,
      restore: false,
      approve: false,
      return: false,
    });
    expect(activityPermissions(of('submitted'), officer)).toMatchObject({ edit: false, submit: false, delete: false });
    expect(activityPermissions(of('draft', { unitIds: [5] }), officer)).toMatchObject({ edit: false, submit: false });
    expect(activityPermissions(of('submitted'), admin)).toMatchObject({ edit: true, approve: true, return: true });
    expect(activityPermissions(of('approved'), admin)).toMatchObject({ edit: false, approve: false, return: true });
    expect(activityPermissions(of('returned', { deletedAt: '2022-03-17T00:00:00Z' }), admin)).toEqual({
      edit: false,
      submit: false,
      delete: false,
      restore: true,
      approve: false,
      return: false,
    });
    expect(Object.values(activityPermissions(of('draft'), viewer)).some(Boolean)).toBe(false);
  });

  it('says why the form cannot open', () => {
    expect(whyNotEditable(of('approved'), officer)).toBe('approved');
    expect(whyNotEditable(of('submitted'), officer)).toBe('submitted');
    expect(whyNotEditable(of('draft', { unitIds: [5] }), officer)).toBe('notOwn');
    expect(whyNotEditable(of('draft'), viewer)).toBe('readOnly');
    expect(whyNotEditable(of('returned'), officer)).toBeNull();
  });
});

describe('photos chosen on the device', () => {
  const file = (name: string, type: string, size: number) => {
    const f = new File(['x'], name, { type });
    Object.defineProperty(f, 'size', { value: size });
    return f;
  };

  it('are checked against the photo API’s types, size and count before anything is sent', () => {
    const { accepted, rejected } = checkPhotoFiles(
      [
        file('a.jpg', 'image/jpeg', 1000),
        file('b.heic', 'image/heic', 1000),
        file('c.png', 'image/png', 11 * 1024 * 1024),
        file('d.webp', 'image/webp', 2000),
        file('e.jpg', 'image/jpeg', 2000),
      ],
      2,
    );
    expect(accepted.map((f) => f.name)).toEqual(['a.jpg', 'd.webp']);
    expect(rejected).toEqual([
      'Tệp "b.heic" không phải ảnh JPEG, PNG hoặc WebP.',
      'Ảnh "c.png" lớn hơn 10 MB, không tải lên được.',
      'Mỗi hoạt động có tối đa 20 ảnh.',
    ]);
  });
});

describe('saving step by step', () => {
  const values = validNewValues();
  const input = (() => {
    const r = validateActivityForm(values);
    if (!r.ok) throw new Error('fixture must be valid');
    return r.input;
  })();
  const created = { ...activityFixture, id: 77, version: 1, status: 'draft' as const };
  const photo = {
    key: 'p1',
    file: new File(['jpeg'], 'be-tong.jpg', { type: 'image/jpeg' }),
    caption: ' Trộn bê tông ',
  };

  it('uploads the photos after the activity exists, then submits at the version they left it at', async () => {
    const { requests } = mockFetch({
      '/api/v1/activities/77/photos': [{ status: 201, body: { ...photoFixture, activityId: 77 } }],
      '/api/v1/activities/77/submit': [{ body: { ...created, version: 3, status: 'submitted' } }],
      '/api/v1/activities/77': [{ body: { ...created, version: 2 } }],
      '/api/v1/activities': [{ status: 201, body: created }],
    });
    const onProgress = vi.fn();
    const onPhotoUploaded = vi.fn();
    const result = await saveActivityForm({
      values,
      input,
      photos: [photo],
      submit: true,
      onProgress,
      onPhotoUploaded,
    });

    expect(result).toMatchObject({ status: 'saved', submitted: true, activity: { version: 3 } });
    expect(requests.map((r) => `${r.method} ${r.url} ${r.headers['if-match'] ?? ''}`.trim())).toEqual([
      'POST /api/v1/activities',
      'POST /api/v1/activities/77/photos',
      'GET /api/v1/activities/77',
      'POST /api/v1/activities/77/submit "2"',
    ]);
    expect(onPhotoUploaded).toHaveBeenCalledWith(photo, expect.objectContaining({ id: 4 }));
    expect(onProgress).toHaveBeenLastCalledWith(expect.objectContaining({ id: 77, version: 3 }));
  });

  it('keeps the activity saved and does not submit when a photo cannot be uploaded', async () => {
    const { requests } = mockFetch({
      '/api/v1/activities/77/photos': [problemReply(409, 'Đã đủ số ảnh', { detail: 'Mỗi hoạt động có tối đa 20 ảnh' })],
      '/api/v1/activities': [{ status: 201, body: created }],
    });
    const onProgress = vi.fn();
    const result = await saveActivityForm({
      values,
      input,
      photos: [photo],
      submit: true,
      onProgress,
      onPhotoUploaded: vi.fn(),
    });
    expect(result).toMatchObject({ status: 'photos-failed', activity: { id: 77 }, failures: [{ photo }] });
    expect(requests.some((r) => r.url.endsWith('/submit'))).toBe(false);
    // The next try patches the activity it created instead of creating another one.
    expect(onProgress).toHaveBeenLastCalledWith(
      expect.objectContaining({
        id: 77,
        version: 1,
        contributions: [expect.objectContaining({ id: 7 }), expect.objectContaining({ id: 8 })],
      }),
    );
  });
});

describe('searching options', () => {
  it('ignores diacritics and keeps groups', () => {
    const options = [
      { group: 'Xã được phân công', items: [{ value: '52', label: 'Xã Văn Minh (Huyện Na Rì)' }] },
      { group: 'Các xã khác', items: [{ value: '40', label: 'Xã Bình Văn (Huyện Chợ Mới)' }] },
    ];
    expect(vietnameseOptionsFilter({ options, search: 'VAN MINH', limit: 10 })).toEqual([options[0]]);
    expect(vietnameseOptionsFilter({ options, search: 'van', limit: 10 })).toEqual(options);
  });
});
