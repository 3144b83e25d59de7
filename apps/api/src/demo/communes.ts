/** 100 communes in 9 districts (as they were before 1/7/2025), nearer and farther from the provincial centre. */
import type { AreaClass, CommuneInput, NtmStatus } from '@danvan/domain';
import type { Rng } from './random.js';

interface District {
  name: string;
  /** Distance band from the provincial centre, km. */
  km: readonly [number, number];
  /** Weights of area classes I, II, III. */
  areas: readonly [number, number, number];
  communes: readonly string[];
}

/** Names prefixed "TT " are thị trấn (district towns); the rest are xã. */
const DISTRICTS: readonly District[] = [
  {
    name: 'Huyện Hòa An',
    km: [6, 28],
    areas: [6, 3.5, 0.5],
    communes: [
      'Tân Lập',
      'Dương Quang',
      'Nông Thượng',
      'Xuất Hóa',
      'Huyền Tụng',
      'Đồng Tâm',
      'Hòa Bình',
      'Quang Thuận',
      'Minh Khai',
      'Thanh Vận',
      'Yên Cư',
      'Bình Văn',
    ],
  },
  {
    name: 'Huyện Chợ Mới',
    km: [15, 45],
    areas: [4, 5, 1],
    communes: [
      'TT Chợ Mới',
      'Như Cố',
      'Quảng Chu',
      'Thanh Mai',
      'Hòa Mục',
      'Mai Lạp',
      'Thanh Thịnh',
      'Nông Hạ',
      'Cao Kỳ',
      'Tân Sơn',
      'Yên Đĩnh',
      'Yên Hân',
    ],
  },
  {
    name: 'Huyện Bạch Thông',
    km: [20, 55],
    areas: [3, 5, 2],
    communes: [
      'Cẩm Giàng',
      'Quân Hà',
      'Vi Hương',
      'Lục Bình',
      'Mỹ Thanh',
      'Sỹ Bình',
      'Vũ Muộn',
      'Cao Sơn',
      'Đôn Phong',
      'Dương Phong',
      'Tân Tú',
    ],
  },
  {
    name: 'Huyện Đồng Hỷ',
    km: [30, 65],
    areas: [2, 5, 3],
    communes: [
      'Hóa Trung',
      'Hóa Thượng',
      'Minh Lập',
      'Khe Mo',
      'Văn Hán',
      'Hợp Tiến',
      'Tân Long',
      'Văn Lăng',
      'Cây Thị',
      'Nam Hòa',
      'Quang Sơn',
    ],
  },
  {
    name: 'Huyện Na Rì',
    km: [55, 100],
    areas: [1, 4, 5],
    communes: [
      'TT Yến Lạc',
      'Lạng San',
      'Lương Thượng',
      'Kim Lư',
      'Văn Lang',
      'Văn Minh',
      'Côn Minh',
      'Cư Lễ',
      'Sơn Thành',
      'Dương Sơn',
      'Liêm Thủy',
    ],
  },
  {
    name: 'Huyện Ngân Sơn',
    km: [65, 110],
    areas: [0.5, 3.5, 6],
    communes: [
      'Nà Phặc',
      'Bằng Vân',
      'Thượng Quan',
      'Cốc Đán',
      'Hương Nê',
      'Thuần Mang',
      'Trung Hòa',
      'Lãng Ngâm',
      'Vân Tùng',
      'Thượng Ân',
      'Đức Vân',
    ],
  },
  {
    name: 'Huyện Ba Bể',
    km: [70, 120],
    areas: [0.5, 3.5, 6],
    communes: [
      'Cao Thượng',
      'Hà Hiệu',
      'Địa Linh',
      'Phúc Lộc',
      'Chu Hương',
      'Mỹ Phương',
      'Khang Ninh',
      'Nam Mẫu',
      'Quảng Khê',
      'Đồng Phúc',
      'Yến Dương',
    ],
  },
  {
    name: 'Huyện Bảo Lâm',
    km: [85, 140],
    areas: [0, 3, 7],
    communes: [
      'Lý Bôn',
      'Nam Quang',
      'Vĩnh Quang',
      'Thạch Lâm',
      'Đức Hạnh',
      'Mông Ân',
      'Quảng Lâm',
      'Tân Việt',
      'Thái Học',
      'Yên Thổ',
      'Nam Cao',
    ],
  },
  {
    name: 'Huyện Pác Nặm',
    km: [100, 150],
    areas: [0, 2, 8],
    communes: [
      'Bộc Bố',
      'Nhạn Môn',
      'Giáo Hiệu',
      'Cổ Linh',
      'Cao Tân',
      'Công Bằng',
      'Nghiên Loan',
      'An Thắng',
      'Bằng Thành',
      'Xuân La',
    ],
  },
];

/** How many of the 100 communes are remote (vùng sâu, vùng xa): about a third. */
export const REMOTE_COMMUNES = 33;

const NTM_WEIGHTS: Record<AreaClass, readonly (readonly [NtmStatus, number])[]> = {
  I: [
    ['chua_dat', 2],
    ['dat_chuan', 5],
    ['nang_cao', 2.5],
    ['kieu_mau', 0.5],
  ],
  II: [
    ['chua_dat', 5.5],
    ['dat_chuan', 4],
    ['nang_cao', 0.5],
  ],
  III: [
    ['chua_dat', 9],
    ['dat_chuan', 1],
  ],
};

/** Population, households and poor households, plausible for the area class. */
function peopleOf(rng: Rng, area: AreaClass): Pick<CommuneInput, 'population' | 'households' | 'poorHouseholds'> {
  const population = area === 'I' ? rng.int(4500, 11000) : area === 'II' ? rng.int(2800, 7000) : rng.int(1500, 4500);
  const householdSize = area === 'III' ? 4.4 + rng.float() * 0.6 : 3.8 + rng.float() * 0.6;
  const households = Math.round(population / householdSize);
  const poorRate =
    area === 'I' ? 0.02 + rng.float() * 0.06 : area === 'II' ? 0.08 + rng.float() * 0.14 : 0.22 + rng.float() * 0.26;
  return { population, households, poorHouseholds: Math.round(households * poorRate) };
}

export function demoCommunes(rng: Rng): (CommuneInput & { id: number })[] {
  const out: (CommuneInput & { id: number; score: number })[] = [];
  DISTRICTS.forEach((district, d) => {
    district.communes.forEach((raw, k) => {
      const town = raw.startsWith('TT ');
      const [w1, w2, w3] = district.areas;
      const areaClass = town
        ? 'I'
        : rng.weighted<AreaClass>([
            ['I', w1],
            ['II', w2],
            ['III', w3],
          ]);
      const distanceKm = rng.int(district.km[0] * 2, district.km[1] * 2) / 2;
      out.push({
        id: out.length + 1,
        // Official-looking codes: one block per district, communes three apart.
        code: String(1840 + d * 40 + k * 3).padStart(5, '0'),
        name: town ? `Thị trấn ${raw.slice(3)}` : `Xã ${raw}`,
        kind: town ? 'thi_tran' : 'xa',
        district: district.name,
        areaClass,
        remote: false,
        ntmStatus: town ? 'dat_chuan' : rng.weighted(NTM_WEIGHTS[areaClass]),
        distanceKm,
        ...peopleOf(rng, areaClass),
        validFrom: rng.chance(0.85) ? '1997-01-01' : `${rng.int(2003, 2015)}-01-01`,
        validTo: null,
        successorId: null,
        score: distanceKm / 150 + (areaClass === 'III' ? 0.6 : areaClass === 'II' ? 0.15 : 0) + rng.float() * 0.35,
      });
    });
  });
  // The farthest and poorest are the remote ones.
  const remote = new Set(
    [...out]
      .filter((c) => c.kind === 'xa')
      .sort((a, b) => b.score - a.score)
      .slice(0, REMOTE_COMMUNES)
      .map((c) => c.id),
  );
  return out.map(({ score: _score, ...c }) => ({ ...c, remote: remote.has(c.id) }));
}

/** "Xã Tân Lập" → "xã Tân Lập", as it reads inside a sentence. */
export function communeInText(name: string): string {
  return name.replace(/^Xã /, 'xã ').replace(/^Thị trấn /, 'thị trấn ');
}
