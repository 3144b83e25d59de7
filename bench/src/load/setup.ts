/**
 * What the load needs, made through the API as an integrator would: the demo admin's session, a
 * read token, write tokens for a few units with the communes they are assigned to, the demo's
 * record ids and search phrases, and the few records the editors will fight over.
 */
import { foldVietnamese } from '@danvan/domain';
import type { Api, Credentials } from './client.js';
import type { RecordState } from './lost-updates.js';

export interface Writer {
  unitId: number;
  communeId: number;
  who: Credentials;
}

export interface Fixture {
  admin: { cookie: string; csrf: string };
  reader: Credentials;
  writers: Writer[];
  activityIds: number[];
  /** Two words of a demo title, typed without diacritics. */
  searches: string[];
  districts: string[];
  unitIds: number[];
  /** The records the editors change concurrently, as they were created. */
  contended: RecordState[];
}

interface Page<T> {
  items: T[];
  total: number;
}

/** The demo's accounts share this password (README, Accounts). */
const DEMO_PASSWORD = 'danvan-demo';
/** Every activity the load writes carries this in its title, so that they can be counted afterwards. */
export const LOAD_MARK = 'Kiểm thử tải';

export async function login(api: Api, username: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${api.base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(`login as ${username}: HTTP ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('danvan_session='));
  if (!cookie) throw new Error(`login as ${username}: no session cookie`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: cookie.split(';')[0]!, csrf: csrfToken };
}

async function issueToken(api: Api, admin: Credentials, name: string, unitId: number | null): Promise<string> {
  const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const { body } = await api.expect<{ token: string }>(201, 'POST', '/tokens', admin, {
    body: { name, scope: unitId === null ? 'read' : 'write', unitId, expiresOn },
  });
  return body.token;
}

/** A new draft activity of the writer's unit in its commune, with a cash and an in-kind contribution. */
export function activityBody(writer: Writer, title: string, startDate: string, description = '') {
  return {
    title,
    communeId: writer.communeId,
    unitIds: [writer.unitId],
    startDate,
    endDate: startDate,
    categories: ['tuyen_truyen', 'tang_qua'],
    participants: [{ group: 'dang_vien', count: 12 }],
    beneficiaries: 0,
    description,
    contributions: [
      { unitId: writer.unitId, kind: 'tien_mat', source: 'kinh_phi_don_vi', valueVnd: 2_000_000 },
      {
        unitId: writer.unitId,
        kind: 'hien_vat',
        source: 'can_bo_dong_gop',
        item: 'Gạo',
        quantity: 50,
        measureUnit: 'kg',
        valueVnd: 900_000,
        valuationMethod: 'gia_thi_truong',
      },
    ],
  };
}

export async function prepare(
  api: Api,
  options: { writers: number; records: number },
  log: (line: string) => void,
): Promise<Fixture> {
  const admin = await login(api, 'admin');
  const reader: Credentials = { token: await issueToken(api, admin, 'pnpm load: đọc', null) };

  // Units with a commune they lead on a date of this year's writes: the write tokens' units.
  const { body: assignments } = await api.expect<Page<{ unitId: number; communeId: number }>>(
    200,
    'GET',
    '/assignments?role=phu_trach_chinh&activeOn=2026-06-15&limit=500&sort=validFrom',
    reader,
  );
  const pairs = new Map<number, number>();
  for (const a of assignments.items) if (!pairs.has(a.unitId)) pairs.set(a.unitId, a.communeId);
  if (pairs.size < options.writers)
    throw new Error(`only ${pairs.size} units lead a commune in 2026: fewer than --writers ${options.writers}`);
  const writers: Writer[] = [];
  for (const [unitId, communeId] of [...pairs].slice(0, options.writers))
    writers.push({
      unitId,
      communeId,
      who: { token: await issueToken(api, admin, `pnpm load: ghi ${unitId}`, unitId) },
    });

  const { body: activities } = await api.expect<Page<{ id: number; title: string }>>(
    200,
    'GET',
    '/activities?limit=500',
    reader,
  );
  const searches = [
    ...new Set(
      activities.items.map((a) =>
        foldVietnamese(a.title)
          .split(/\s+/)
          .filter((w) => w.length >= 3)
          .slice(1, 3)
          .join(' '),
      ),
    ),
  ].filter((s) => s.includes(' '));
  const { body: communes } = await api.expect<Page<{ district: string }>>(200, 'GET', '/communes?limit=500', reader);
  const { body: units } = await api.expect<Page<{ id: number }>>(200, 'GET', '/units?limit=500', reader);

  // The contended records: drafts of the first writer's unit, which admins may change too.
  const owner = writers[0]!;
  const contended: RecordState[] = [];
  for (let i = 1; i <= options.records; i++) {
    const { body } = await api.expect<RecordState>(201, 'POST', '/activities', owner.who, {
      body: activityBody(owner, `${LOAD_MARK}: bản ghi sửa đồng thời số ${i}`, '2026-06-15', 'Các lượt sửa:'),
    });
    contended.push({
      id: body.id,
      version: body.version,
      beneficiaries: body.beneficiaries,
      description: body.description,
    });
  }
  log(
    `  setup: admin session, 1 read token, ${writers.length} write tokens (units ${writers.map((w) => w.unitId).join(', ')}), ` +
      `${activities.total} demo activities, ${searches.length} search phrases, contended records ${contended.map((r) => r.id).join(', ')}`,
  );
  return {
    admin,
    reader,
    writers,
    activityIds: activities.items.map((a) => a.id),
    searches,
    districts: [...new Set(communes.items.map((c) => c.district))],
    unitIds: units.items.map((u) => u.id),
    contended,
  };
}
