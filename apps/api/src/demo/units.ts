/** The 77 grassroots party units (chi, đảng bộ cơ sở) of the bloc; the three of the seed's photos among them. */
import type { UnitGroup, UnitInput } from '@danvan/domain';
import type { Rng } from './random.js';

/** The unit's line of work, which shapes what it does at the commune. */
export type UnitField =
  | 'chung'
  | 'nong_nghiep'
  | 'y_te'
  | 'phap_luat'
  | 'tai_chinh'
  | 'ngan_hang'
  | 'bao_hiem'
  | 'dien'
  | 'thong_tin'
  | 'giao_duc'
  | 'xay_dung';

type Row = readonly [name: string, code: string, field: UnitField];

const DANG_DOAN_THE: readonly Row[] = [
  ['Chi bộ Ban Dân vận Tỉnh ủy', 'CB-BDVTU', 'chung'],
  ['Chi bộ Hội Cựu chiến binh tỉnh', 'CB-HCCB', 'chung'],
  ['Đảng bộ Văn phòng Tỉnh ủy', 'DB-VPTU', 'chung'],
  ['Chi bộ Ban Tổ chức Tỉnh ủy', 'CB-BTCTU', 'chung'],
  ['Chi bộ Ban Tuyên giáo Tỉnh ủy', 'CB-BTGTU', 'thong_tin'],
  ['Chi bộ Ban Nội chính Tỉnh ủy', 'CB-BNCTU', 'phap_luat'],
  ['Chi bộ Cơ quan Ủy ban Kiểm tra Tỉnh ủy', 'CB-UBKTTU', 'phap_luat'],
  ['Đảng bộ Trường Chính trị tỉnh', 'DB-TCT', 'giao_duc'],
  ['Chi bộ Báo tỉnh', 'CB-BAO', 'thong_tin'],
  ['Chi bộ Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'CB-MTTQ', 'chung'],
  ['Chi bộ Tỉnh đoàn', 'CB-TD', 'chung'],
  ['Chi bộ Hội Liên hiệp Phụ nữ tỉnh', 'CB-HLHPN', 'chung'],
  ['Chi bộ Hội Nông dân tỉnh', 'CB-HND', 'nong_nghiep'],
  ['Đảng bộ Liên đoàn Lao động tỉnh', 'DB-LDLD', 'chung'],
  ['Chi bộ Cơ quan Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh', 'CB-DUK', 'chung'],
  ['Chi bộ Hội Chữ thập đỏ tỉnh', 'CB-HCTD', 'y_te'],
  ['Chi bộ Liên minh Hợp tác xã tỉnh', 'CB-LMHTX', 'nong_nghiep'],
  ['Chi bộ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', 'CB-LHHKHKT', 'nong_nghiep'],
  ['Chi bộ Hội Văn học Nghệ thuật tỉnh', 'CB-HVHNT', 'chung'],
  ['Chi bộ Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh', 'CB-BVSKCB', 'y_te'],
];

const SO_NGANH: readonly Row[] = [
  ['Đảng bộ Văn phòng Ủy ban nhân dân tỉnh', 'DB-VPUBND', 'chung'],
  ['Chi bộ Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'CB-VPDDBQH', 'chung'],
  ['Đảng bộ Sở Nông nghiệp và Phát triển nông thôn', 'DB-SNNPTNT', 'nong_nghiep'],
  ['Đảng bộ Sở Y tế', 'DB-SYT', 'y_te'],
  ['Đảng bộ Sở Giáo dục và Đào tạo', 'DB-SGDDT', 'giao_duc'],
  ['Đảng bộ Sở Tài chính', 'DB-STC', 'tai_chinh'],
  ['Đảng bộ Sở Kế hoạch và Đầu tư', 'DB-SKHDT', 'chung'],
  ['Đảng bộ Sở Tài nguyên và Môi trường', 'DB-STNMT', 'chung'],
  ['Đảng bộ Sở Giao thông vận tải', 'DB-SGTVT', 'xay_dung'],
  ['Đảng bộ Sở Xây dựng', 'DB-SXD', 'xay_dung'],
  ['Đảng bộ Sở Lao động - Thương binh và Xã hội', 'DB-SLDTBXH', 'chung'],
  ['Đảng bộ Sở Văn hóa, Thể thao và Du lịch', 'DB-SVHTTDL', 'chung'],
  ['Đảng bộ Sở Công Thương', 'DB-SCT', 'chung'],
  ['Chi bộ Sở Tư pháp', 'CB-STP', 'phap_luat'],
  ['Chi bộ Sở Nội vụ', 'CB-SNV', 'chung'],
  ['Chi bộ Sở Thông tin và Truyền thông', 'CB-STTTT', 'thong_tin'],
  ['Chi bộ Sở Khoa học và Công nghệ', 'CB-SKHCN', 'nong_nghiep'],
  ['Chi bộ Ban Dân tộc tỉnh', 'CB-BDT', 'chung'],
  ['Chi bộ Thanh tra tỉnh', 'CB-TTR', 'phap_luat'],
  ['Đảng bộ Đài Phát thanh - Truyền hình tỉnh', 'DB-PTTH', 'thong_tin'],
  ['Chi bộ Sở Ngoại vụ', 'CB-SNGV', 'chung'],
  ['Chi bộ Ban Quản lý các khu công nghiệp tỉnh', 'CB-BQLKCN', 'xay_dung'],
  ['Chi bộ Ban Quản lý dự án đầu tư xây dựng tỉnh', 'CB-BQLDA', 'xay_dung'],
  ['Đảng bộ Trường Cao đẳng Cộng đồng tỉnh', 'DB-CDCD', 'giao_duc'],
  ['Đảng bộ Bệnh viện Đa khoa tỉnh', 'DB-BVDK', 'y_te'],
  ['Chi bộ Quỹ Đầu tư phát triển tỉnh', 'CB-QDTPT', 'ngan_hang'],
  ['Chi bộ Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh', 'CB-XTDT', 'chung'],
];

const TRUNG_UONG: readonly Row[] = [
  ['Đảng bộ Kho bạc Nhà nước tỉnh', 'DB-KBNN', 'tai_chinh'],
  ['Đảng bộ Bảo hiểm xã hội tỉnh', 'DB-BHXH', 'bao_hiem'],
  ['Đảng bộ Cục Thuế tỉnh', 'DB-CTHUE', 'tai_chinh'],
  ['Chi bộ Cục Thống kê tỉnh', 'CB-CTK', 'chung'],
  ['Đảng bộ Ngân hàng Chính sách xã hội chi nhánh tỉnh', 'DB-NHCSXH', 'ngan_hang'],
  ['Chi bộ Ngân hàng Nhà nước chi nhánh tỉnh', 'CB-NHNN', 'ngan_hang'],
  ['Đảng bộ Tòa án nhân dân tỉnh', 'DB-TAND', 'phap_luat'],
  ['Đảng bộ Viện Kiểm sát nhân dân tỉnh', 'DB-VKSND', 'phap_luat'],
  ['Đảng bộ Cục Thi hành án dân sự tỉnh', 'DB-CTHADS', 'phap_luat'],
  ['Chi bộ Cục Quản lý thị trường tỉnh', 'CB-QLTT', 'phap_luat'],
  ['Đảng bộ Cục Hải quan tỉnh', 'DB-CHQ', 'phap_luat'],
];

const DOANH_NGHIEP: readonly Row[] = [
  ['Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh', 'DB-AGRIBANK', 'ngan_hang'],
  ['Đảng bộ Công ty Điện lực tỉnh', 'DB-DIENLUC', 'dien'],
  ['Đảng bộ Viễn thông tỉnh', 'DB-VNPT', 'thong_tin'],
  ['Đảng bộ Bưu điện tỉnh', 'DB-BUUDIEN', 'thong_tin'],
  ['Đảng bộ Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam chi nhánh tỉnh', 'DB-BIDV', 'ngan_hang'],
  ['Đảng bộ Ngân hàng Thương mại cổ phần Công Thương Việt Nam chi nhánh tỉnh', 'DB-VIETINBANK', 'ngan_hang'],
  ['Chi bộ Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam chi nhánh tỉnh', 'CB-VCB', 'ngan_hang'],
  ['Chi bộ Công ty Xổ số kiến thiết tỉnh', 'CB-XSKT', 'chung'],
  ['Đảng bộ Công ty Cổ phần Cấp thoát nước tỉnh', 'DB-CTN', 'xay_dung'],
  ['Chi bộ Công ty Khai thác công trình thủy lợi tỉnh', 'CB-THUYLOI', 'nong_nghiep'],
  ['Đảng bộ Công ty Xăng dầu tỉnh', 'DB-XANGDAU', 'chung'],
  ['Chi bộ Công ty Bảo Việt tỉnh', 'CB-BAOVIET', 'bao_hiem'],
  ['Chi bộ Công ty Cổ phần Môi trường và Dịch vụ đô thị tỉnh', 'CB-MTDT', 'xay_dung'],
  ['Chi bộ Công ty Lâm nghiệp tỉnh', 'CB-LAMNGHIEP', 'nong_nghiep'],
  ['Chi bộ Công ty Cổ phần Sách và Thiết bị trường học tỉnh', 'CB-SACH', 'giao_duc'],
  ['Chi bộ Công ty Cổ phần Dược phẩm tỉnh', 'CB-DUOC', 'y_te'],
  ['Chi bộ Công ty Cổ phần Quản lý và Xây dựng giao thông tỉnh', 'CB-QLXDGT', 'xay_dung'],
  ['Chi bộ Công ty Cổ phần Vật tư nông nghiệp tỉnh', 'CB-VTNN', 'nong_nghiep'],
  ['Chi bộ Công ty Cổ phần Tư vấn xây dựng tỉnh', 'CB-TVXD', 'xay_dung'],
];

const GROUPS: readonly (readonly [UnitGroup, readonly Row[]])[] = [
  ['dang_doan_the', DANG_DOAN_THE],
  ['so_nganh', SO_NGANH],
  ['trung_uong', TRUNG_UONG],
  ['doanh_nghiep', DOANH_NGHIEP],
];

/** The names the seed's photos give: they must be in the demo. */
export const SEED_UNIT_NAMES = [
  'Chi bộ Ban Dân vận Tỉnh ủy',
  'Chi bộ Hội Cựu chiến binh tỉnh',
  'Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh',
] as const;

/** Units that went to their communes every month: the handful on norm. */
export const DILIGENT_UNIT_CODES = ['CB-BDVTU', 'CB-HCCB', 'CB-TD', 'CB-HND', 'DB-AGRIBANK'] as const;

/** Sizes of the large units, which a random draw would not make plausible. */
const KNOWN_SIZES: Record<string, readonly [partyMembers: number, staff: number]> = {
  'CB-BDVTU': [14, 17],
  'CB-HCCB': [11, 13],
  'DB-AGRIBANK': [168, 402],
  'DB-DIENLUC': [214, 687],
  'DB-BVDK': [156, 612],
  'DB-BUUDIEN': [63, 241],
  'DB-VNPT': [72, 218],
};

export interface DemoUnitDraft extends UnitInput {
  id: number;
  field: UnitField;
}

/** The agency a unit sits in: its name without the party prefix. */
function agencyOf(name: string): string {
  const agency = name.replace(/^(Chi bộ|Đảng bộ) (Cơ quan )?/, '');
  return agency.charAt(0).toUpperCase() + agency.slice(1);
}

function sizeOf(rng: Rng, code: string, chiBo: boolean, group: UnitGroup): readonly [number, number] {
  const known = KNOWN_SIZES[code];
  if (known) return known;
  if (chiBo) {
    const members = rng.int(7, 28);
    return [members, members + rng.int(3, group === 'doanh_nghiep' ? 40 : 18)];
  }
  const members = rng.int(32, group === 'doanh_nghiep' || group === 'trung_uong' ? 130 : 95);
  const ratio = group === 'doanh_nghiep' ? 1.8 + rng.float() * 1.4 : 1.2 + rng.float() * 0.9;
  return [members, Math.round(members * ratio)];
}

function activeFromOf(rng: Rng): string {
  if (rng.chance(0.3)) return '1997-01-01';
  const year = rng.int(1997, 2014);
  return `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

export function demoUnits(rng: Rng): DemoUnitDraft[] {
  const out: DemoUnitDraft[] = [];
  for (const [group, rows] of GROUPS) {
    for (const [name, code, field] of rows) {
      const chiBo = name.startsWith('Chi bộ');
      const [partyMembers, staff] = sizeOf(rng, code, chiBo, group);
      out.push({
        id: out.length + 1,
        code,
        name,
        kind: chiBo ? 'chi_bo_co_so' : 'dang_bo_co_so',
        agency: agencyOf(name),
        group,
        partyMembers,
        staff,
        activeFrom: activeFromOf(rng),
        activeTo: null,
        field,
      });
    }
  }
  return out;
}
