/** The directives the seed cites: Đề án 02-ĐA/TU, Hướng dẫn 02-HD/BDVTU and the central documents behind them. */
import type { DirectiveInput } from '@danvan/domain';

/** Ids are fixed: Hướng dẫn 02 (id 2) implements Đề án 02 (id 1) and carries the monthly norm. */
export const DE_AN_02_ID = 1;
export const HUONG_DAN_02_ID = 2;

export function demoDirectives(): (DirectiveInput & { id: number })[] {
  return [
    {
      id: DE_AN_02_ID,
      code: '02-ĐA/TU',
      kind: 'de_an',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      issuedOn: '2021-05-23',
      title:
        'Đề án về tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
      summary:
        'Tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, ' +
        'hướng mạnh về cơ sở, gắn bó mật thiết với nhân dân.',
      parentId: null,
      norms: [],
    },
    {
      id: HUONG_DAN_02_ID,
      code: '02-HD/BDVTU',
      kind: 'huong_dan',
      issuer: 'Ban Dân vận Tỉnh ủy',
      issuedOn: '2021-09-10',
      title:
        'Hướng dẫn về việc vận động đảng viên, cán bộ, công chức, viên chức, chiến sỹ lực lượng vũ trang, cán bộ Mặt trận ' +
        'Tổ quốc và các tổ chức chính trị - xã hội cấp tỉnh, cấp huyện, cấp xã tham gia các hoạt động với nhân dân tại cơ sở',
      summary:
        'Các chi, đảng bộ cơ sở được phân công phụ trách xã phối hợp với cấp ủy, chính quyền địa phương tham gia hoạt động ' +
        'với nhân dân theo phương châm “3 cùng” (cùng ăn, cùng ở, cùng làm), ít nhất 01 lần/tháng.',
      parentId: DE_AN_02_ID,
      norms: [
        {
          kind: 'min_activities_per_unit_month',
          value: 1,
          note: 'Mỗi chi, đảng bộ cơ sở tham gia hoạt động tại xã được phân công phụ trách ít nhất 01 lần/tháng',
        },
      ],
    },
    {
      id: 3,
      code: '05-CT/TW',
      kind: 'chi_thi',
      issuer: 'Bộ Chính trị',
      issuedOn: '2016-05-15',
      title: 'Chỉ thị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      summary: '',
      parentId: null,
      norms: [],
    },
    {
      id: 4,
      code: '12-NQ/TW',
      kind: 'nghi_quyet',
      issuer: 'Ban Chấp hành Trung ương Đảng (khóa XI)',
      issuedOn: '2012-01-16',
      title:
        'Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XI: Một số vấn đề cấp bách về xây dựng Đảng hiện nay',
      summary: '',
      parentId: null,
      norms: [],
    },
    {
      id: 5,
      code: '04-NQ/TW',
      kind: 'nghi_quyet',
      issuer: 'Ban Chấp hành Trung ương Đảng (khóa XII)',
      issuedOn: '2016-10-30',
      title:
        'Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, ' +
        'đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” ' +
        'trong nội bộ',
      summary: '',
      parentId: null,
      norms: [],
    },
    {
      id: 6,
      code: '08-QĐi/TW',
      kind: 'quy_dinh',
      issuer: 'Ban Chấp hành Trung ương Đảng (khóa XII)',
      issuedOn: '2018-10-25',
      title:
        'Quy định về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, ' +
        'Ủy viên Ban Chấp hành Trung ương',
      summary: '',
      parentId: null,
      norms: [],
    },
  ];
}
