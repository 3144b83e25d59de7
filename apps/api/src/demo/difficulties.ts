/** Difficulties and recommendations, echoing the seed: money from staff, remote communes, weekend workload, reliance. */
import { type DifficultyInput, formatNumber } from '@danvan/domain';
import type { AssignmentDraft } from './assignments.js';
import { communeInText } from './communes.js';
import { stampAt } from './stamps.js';
import type { DemoUnitDraft } from './units.js';

interface CommuneLike {
  id: number;
  name: string;
  remote: boolean;
  distanceKm: number;
}

export type DifficultyDraft = DifficultyInput & { id: number; createdAt: string; updatedAt: string };

const WHOLE = { periodFrom: '2021-09-10', periodTo: '2022-03-18' } as const;

export function demoDifficulties(
  units: readonly DemoUnitDraft[],
  communes: readonly CommuneLike[],
  assignments: readonly AssignmentDraft[],
  reached: ReadonlySet<number>,
): DifficultyDraft[] {
  const unit = (code: string) => units.find((u) => u.code === code)?.id ?? null;
  const inCharge = (communeId: number) =>
    assignments.find((r) => r.communeId === communeId && r.role === 'phu_trach_chinh' && r.validTo === null)?.unitId ??
    null;
  const farthest = communes.filter((c) => c.remote).sort((a, b) => b.distanceKm - a.distanceKm || a.id - b.id);
  const [far1, far2] = farthest as [CommuneLike, CommuneLike];
  const near = communes.filter((c) => !c.remote && reached.has(c.id));
  const [relying, uncoordinated] = [near[3], near[11]] as [CommuneLike, CommuneLike];

  const rows: DifficultyInput[] = [
    {
      unitId: unit('CB-BDT'),
      kind: 'kinh_phi',
      text:
        'Kinh phí tổ chức các hoạt động chủ yếu do cán bộ, công chức, viên chức tự nguyện đóng góp nên còn hạn hẹp, ' +
        'chưa đáp ứng được đề nghị hỗ trợ xi măng làm đường bê tông của xã.',
      recommendation:
        'Đề nghị bố trí một phần kinh phí hỗ trợ và có cơ chế lồng ghép với Chương trình mục tiêu quốc gia xây dựng nông thôn mới.',
      ...WHOLE,
      status: 'dang_xu_ly',
    },
    {
      unitId: unit('CB-SNV'),
      kind: 'kinh_phi',
      text: 'Chi bộ ít đảng viên; mỗi lần xuống cơ sở, kinh phí chủ yếu do cán bộ đóng góp từ tiền lương.',
      recommendation: 'Đề nghị cho phép sử dụng một phần kinh phí hoạt động của cơ quan, kinh phí công đoàn.',
      ...WHOLE,
      status: 'moi',
    },
    {
      unitId: inCharge(far1.id),
      communeId: far1.id,
      kind: 'khoang_cach',
      text:
        `${communeInText(far1.name)} cách trung tâm tỉnh ${formatNumber(far1.distanceKm)} km, đường vào các thôn xa, mùa mưa ` +
        'sạt lở; mỗi lần xuống cơ sở mất trọn một ngày đi về, chi phí xăng xe lớn nên khó bảo đảm 1 lần/tháng.',
      recommendation:
        'Đề nghị cho phép đơn vị phụ trách xã vùng sâu, vùng xa tổ chức hoạt động 2 tháng/lần, kết hợp nhiều nội dung trong một chuyến.',
      ...WHOLE,
      status: 'moi',
    },
    {
      unitId: inCharge(far2.id),
      communeId: far2.id,
      kind: 'khoang_cach',
      text: `${communeInText(far2.name)} ở vùng sâu, vùng xa nên thời gian, chi phí đi lại nhiều, hiệu quả hoạt động chưa cao.`,
      recommendation: 'Đề nghị phân công đơn vị đông cán bộ phụ trách xã xa, đơn vị ít cán bộ phụ trách xã gần.',
      ...WHOLE,
      status: 'dang_xu_ly',
    },
    {
      unitId: unit('DB-CTHUE'),
      kind: 'thoi_gian',
      text:
        'Khối lượng công việc chuyên môn nhiều, thời điểm quyết toán thuế cán bộ phải làm việc cả thứ bảy, chủ nhật nên ' +
        'chưa bố trí được nhiều thời gian tham gia hoạt động tại cơ sở.',
      recommendation: 'Đề nghị linh hoạt về thời gian, cho phép đơn vị bù hoạt động vào tháng sau.',
      periodFrom: '2021-12-01',
      periodTo: '2022-03-18',
      status: 'moi',
    },
    {
      unitId: unit('DB-KBNN'),
      kind: 'thoi_gian',
      text: 'Cuối năm tập trung kiểm soát chi, khóa sổ quyết toán ngân sách; cán bộ làm việc cả thứ bảy, chủ nhật.',
      recommendation: '',
      periodFrom: '2021-11-01',
      periodTo: '2022-01-31',
      status: 'da_giai_quyet',
    },
    {
      unitId: inCharge(relying.id),
      communeId: relying.id,
      kind: 'y_lai',
      text:
        `Một số hộ dân ${communeInText(relying.name)} còn tâm lý ỷ lại, trông chờ vào sự hỗ trợ của cán bộ cấp tỉnh, ` +
        'chưa tích cực góp công, góp sức cùng tham gia.',
      recommendation:
        'Đề nghị cấp ủy, chính quyền xã làm tốt công tác tuyên truyền, vận động để nhân dân phát huy vai trò chủ thể.',
      ...WHOLE,
      status: 'dang_xu_ly',
    },
    {
      unitId: inCharge(uncoordinated.id),
      communeId: uncoordinated.id,
      kind: 'phoi_hop_dia_phuong',
      text:
        `${communeInText(uncoordinated.name)} chưa chủ động xây dựng kế hoạch, thống nhất nội dung, thời gian với đơn vị ` +
        'nên có lần đoàn xuống cơ sở phải điều chỉnh nội dung hoạt động.',
      recommendation: 'Đề nghị Ban Dân vận các huyện ủy đôn đốc các xã chủ động phối hợp với đơn vị được phân công.',
      ...WHOLE,
      status: 'moi',
    },
  ];
  return rows.map((d, i) => {
    const createdAt = stampAt(d.periodTo, 9, i * 7);
    const text = d.text.charAt(0).toUpperCase() + d.text.slice(1);
    return { ...d, text, id: i + 1, createdAt, updatedAt: createdAt };
  });
}
