/** Activities from visits: category by season and line of work, date, participants, contributions, description. */
import {
  type ActivityCategory,
  type ActivityInput,
  addDays,
  type ContributionDraft,
  type FundingSource,
  minDate,
  monthWithin,
  ntmCriteriaSetOn,
  type ParticipantCount,
  type ParticipantGroup,
  SEED_PERIOD,
} from '@danvan/domain';
import { FIELD_BOOST, PROPAGANDA, SEASON } from './catalog.js';
import { communeInText } from './communes.js';
import { type Content, contentFor, type Line } from './content.js';
import type { Rng } from './random.js';
import type { Visit } from './schedule.js';
import type { DemoUnitDraft } from './units.js';
import { REPORT_DAY, type Workflow, workflowOf } from './workflow.js';

export type ActivityDraft = ActivityInput & Workflow & { id: number };

interface CommuneLike {
  id: number;
  name: string;
  district: string;
  remote: boolean;
}

/** Staff contributions are the main source, as the seed says. */
const SOURCES: readonly (readonly [FundingSource, number])[] = [
  ['can_bo_dong_gop', 0.7],
  ['kinh_phi_don_vi', 0.15],
  ['xa_hoi_hoa', 0.11],
  ['ngan_sach', 0.04],
];
const SOURCE_NOTES: Record<FundingSource, string> = {
  can_bo_dong_gop: 'Cán bộ, đảng viên tự nguyện đóng góp',
  kinh_phi_don_vi: 'Trích từ kinh phí hoạt động của cơ quan',
  xa_hoi_hoa: 'Vận động doanh nghiệp, nhà hảo tâm tài trợ',
  ngan_sach: 'Lồng ghép nguồn Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
  nhan_dan: 'Nhân dân đóng góp',
};
const MASS_ORGS = new Set(['CB-TD', 'CB-HLHPN', 'CB-HND', 'CB-HCCB', 'DB-LDLD', 'CB-MTTQ']);
const WITH_PROPAGANDA = new Set<ActivityCategory>([
  'duong_be_tong',
  'san_nha_van_hoa',
  've_sinh_moi_truong',
  'trong_cay_xanh',
]);
const CLOSINGS = [
  'Cán bộ, đảng viên thực hiện phương châm “3 cùng” (cùng ăn, cùng ở, cùng làm) với nhân dân.',
  'Qua hoạt động, cán bộ, đảng viên nắm bắt thêm tình hình đời sống của nhân dân, được cấp ủy, chính quyền và nhân dân địa phương ghi nhận.',
  'Hoạt động góp phần thực hiện các tiêu chí xây dựng nông thôn mới của xã.',
] as const;

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * A day in the month, weekends preferred: from 13/9/2021 (units first had to study the guidance), none in the Tết
 * holidays (29/01–06/02/2022), and approved ones done before the report of 18/3/2022.
 */
function pickDate(rng: Rng, month: string, days: number, approved: boolean): string {
  const window = monthWithin(month, SEED_PERIOD);
  if (!window) throw new Error(`Demo: month ${month} is outside the period`);
  const from = month === '2021-09' ? '2021-09-13' : month === '2022-02' ? '2022-02-07' : window.from;
  const last =
    month === '2022-01' ? '2022-01-28' : month === '2022-03' ? addDays(REPORT_DAY, approved ? -2 : 0) : window.to;
  const to = month === '2022-01' || month === '2022-03' ? addDays(last, -(days - 1)) : last;
  const all: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) all.push(d);
  const weekend = all.filter(isWeekend);
  return weekend.length > 0 && rng.chance(0.6) ? rng.pick(weekend) : rng.pick(all);
}

function chooseCategory(rng: Rng, month: string, unit: DemoUnitDraft): ActivityCategory {
  const boost = FIELD_BOOST[unit.field];
  const season = (SEASON[month] ?? []).map(([c, w]) => [c, w * (boost[c] ?? 1)] as const).filter(([, w]) => w > 0);
  return rng.weighted(season);
}

/** Cadres of one unit who took part: party members and other staff. */
function cadres(rng: Rng, unit: DemoUnitDraft): { party: number; others: number } {
  const share = unit.kind === 'chi_bo_co_so' ? rng.int(35, 80) / 100 : rng.int(8, 25) / 100;
  const party = Math.min(unit.partyMembers, 35, Math.max(3, Math.round(unit.partyMembers * share)));
  const nonParty = unit.staff - unit.partyMembers;
  const others = nonParty > 0 ? Math.min(nonParty, rng.int(1, unit.kind === 'chi_bo_co_so' ? 8 : 20)) : 0;
  return { party, others };
}

function contribution(unitId: number, line: Line, source: FundingSource): ContributionDraft {
  const goods = line.goods;
  return {
    unitId,
    kind: line.kind,
    source,
    item: goods?.item ?? null,
    quantity: line.quantity ?? null,
    measureUnit: goods?.measureUnit ?? null,
    valueVnd: line.valueVnd,
    valuationMethod: goods?.valuation ?? null,
    note: line.note || SOURCE_NOTES[source],
  };
}

export function buildActivity(
  rng: Rng,
  visit: Visit,
  units: ReadonlyMap<number, DemoUnitDraft>,
  commune: CommuneLike,
): Omit<ActivityDraft, 'id'> {
  const team = visit.unitIds.map((id) => units.get(id) as DemoUnitDraft);
  const lead = team[0] as DemoUnitDraft;
  const category = visit.category ?? chooseCategory(rng, visit.month, lead);
  const content: Content = contentFor(rng, category, {
    commune: commune.name,
    remote: commune.remote,
    field: lead.field,
    month: visit.month,
  });
  let what = content.what;
  if (WITH_PROPAGANDA.has(category) && rng.chance(0.3)) {
    content.categories.push('tuyen_truyen');
    content.criteria.push(18);
    what += `; kết hợp tuyên truyền ${rng.pick(PROPAGANDA[lead.field])}`;
  }
  const startDate = pickDate(rng, visit.month, content.days, visit.status === 'approved');
  const endDate = addDays(startDate, content.days - 1);

  // Participants by group, and the labour days of each unit's cadres.
  const counts = new Map<ParticipantGroup, number>();
  const add = (g: ParticipantGroup, n: number) => n > 0 && counts.set(g, (counts.get(g) ?? 0) + n);
  const labour: ContributionDraft[] = [];
  for (const unit of team) {
    const { party, others } = cadres(rng, unit);
    add('dang_vien', party);
    add(unit.group === 'doanh_nghiep' ? 'nguoi_lao_dong' : 'cong_chuc_vien_chuc', others);
    if (MASS_ORGS.has(unit.code)) add('doan_vien_hoi_vien', rng.int(5, 20));
    const days = category === 'lam_nha_ho_ngheo' ? rng.int(2, 3) : content.days;
    labour.push({
      unitId: unit.id,
      kind: 'ngay_cong',
      source: 'can_bo_dong_gop',
      item: null,
      quantity: Math.round((party + others) * content.perPerson * days * 2) / 2,
      measureUnit: 'ngày công',
      valueVnd: 0,
      valuationMethod: null,
      note: 'Ngày công của cán bộ, đảng viên',
    });
  }
  const residents = rng.int(content.residents[0], content.residents[1]);
  add('nhan_dan', residents);
  if ((category === 'phong_chong_dich' || category === 'phun_khu_trung') && rng.chance(0.5)) {
    add('luc_luong_vu_trang', rng.int(3, 8));
  }
  const participants: ParticipantCount[] = [...counts].map(([group, count]) => ({ group, count }));

  // Money and goods: lines shared out among the organising units; each gives something.
  const lines = [...content.lines];
  for (let i = lines.length; i < team.length; i++) {
    lines.push({ kind: 'tien_mat', valueVnd: rng.int(2, 6) * 1_000_000, note: '', source: 'can_bo_dong_gop' });
  }
  const given = lines.map((line, i) =>
    contribution((team[i % team.length] as DemoUnitDraft).id, line, line.source ?? rng.weighted(SOURCES)),
  );

  const xa = communeInText(commune.name);
  const district = commune.district.replace(/^Huyện /, 'huyện ');
  const who =
    team.length === 1
      ? lead.name
      : `${lead.name} chủ trì, cùng ${team
          .slice(1)
          .map((u) => u.name)
          .join(', ')}`;
  const set = ntmCriteriaSetOn(startDate);
  const description = [
    `Thực hiện Hướng dẫn số 02-HD/BDVTU của Ban Dân vận Tỉnh ủy, ${who} phối hợp với cấp ủy, chính quyền ${xa} (${district}) ${what}.`,
    `Tham gia có ${counts.get('dang_vien') ?? 0} đảng viên và ${residents} người dân địa phương.`,
    commune.remote && rng.chance(0.5)
      ? 'Địa bàn vùng sâu, vùng xa, đoàn phải xuất phát từ sáng sớm, đi lại mất nhiều thời gian.'
      : '',
    rng.pick(CLOSINGS),
  ]
    .filter(Boolean)
    .join(' ');

  return {
    title: content.title,
    communeId: commune.id,
    unitIds: [...visit.unitIds],
    startDate,
    endDate,
    categories: content.categories,
    ntmCriteria: [...new Set(content.criteria)].map((number) => ({ set, number })),
    participants,
    beneficiaries: content.beneficiaries ?? residents,
    description,
    contributions: [...given, ...labour],
    ...workflowOf(rng, visit.status, minDate(endDate, REPORT_DAY)),
  };
}
