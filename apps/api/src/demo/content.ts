/** The substance of one activity: its title, what was done, the goods and money given, who benefited. */
import { type ActivityCategory, type FundingSource, formatInteger } from '@danvan/domain';
import { GOODS, type Goods, PROPAGANDA, TRANSFER, VILLAGES } from './catalog.js';
import { communeInText } from './communes.js';
import type { Rng } from './random.js';
import type { UnitField } from './units.js';

export interface Line {
  kind: 'tien_mat' | 'hien_vat';
  goods?: Goods;
  quantity?: number;
  valueVnd: number;
  note: string;
  /** A source the line must have; otherwise it is drawn. */
  source?: FundingSource;
}

export interface Content {
  categories: ActivityCategory[];
  /** NTM criterion numbers it serves. */
  criteria: number[];
  title: string;
  /** What was done, as a clause: "hỗ trợ 12 tấn xi măng…". */
  what: string;
  lines: Line[];
  /** How many residents (nhân dân) took part: [min, max]. */
  residents: readonly [number, number];
  /** People or households that benefit; null: the residents who took part. */
  beneficiaries: number | null;
  days: number;
  /** Labour days (ngày công) per participating cadre per day. */
  perPerson: number;
}

export interface Place {
  commune: string;
  remote: boolean;
  field: UnitField;
  month: string;
}

function goods(rng: Rng, g: Goods, quantity: number): Line {
  const price = rng.int(g.price[0] / 1000, g.price[1] / 1000) * 1000;
  return { kind: 'hien_vat', goods: g, quantity, valueVnd: Math.round(quantity * price), note: '' };
}

function cash(valueVnd: number, note: string, source?: FundingSource): Line {
  return { kind: 'tien_mat', valueVnd, note, ...(source ? { source } : {}) };
}

const SPECIES = ['bàng, sấu', 'hoa ban, hoa đào', 'keo, quế', 'lát hoa, trám trắng', 'hoa sữa, phượng vĩ'] as const;

export function contentFor(rng: Rng, category: ActivityCategory, p: Place): Content {
  const xa = communeInText(p.commune);
  const village = rng.pick(VILLAGES);
  // Towns have residential groups (tổ dân phố), communes villages (thôn; bản in the remote highlands).
  const thon = p.commune.startsWith('Thị trấn')
    ? `tổ dân phố số ${rng.int(1, 12)}`
    : `${p.remote && rng.chance(0.5) ? 'bản' : 'thôn'} ${village}`;
  const base = { categories: [category], residents: [15, 40] as const, days: 1, perPerson: 0.5 };
  const m = p.month;
  switch (category) {
    case 'duong_be_tong': {
      const tons = rng.int(5, 20);
      const metres = Math.round((tons * rng.int(5, 7)) / 5) * 5;
      return {
        ...base,
        criteria: [2],
        title: `Hỗ trợ xi măng làm đường bê tông ${thon}, ${xa}`,
        what: `hỗ trợ ${tons} tấn xi măng, cùng nhân dân làm ${metres} m đường bê tông ${thon}; nhân dân góp cát, sỏi và ngày công`,
        lines: [goods(rng, GOODS.cement, tons)],
        residents: [20, 60],
        beneficiaries: rng.int(25, 90),
        days: rng.int(1, 2),
        perPerson: 1,
      };
    }
    case 'san_nha_van_hoa': {
      const tons = rng.int(3, 8);
      return {
        ...base,
        criteria: [6],
        title: `Hỗ trợ xi măng làm sân Nhà văn hóa ${thon}, ${xa}`,
        what: `hỗ trợ ${tons} tấn xi măng, cùng nhân dân đổ bê tông ${tons * rng.int(10, 14)} m² sân Nhà văn hóa ${thon}`,
        lines: [goods(rng, GOODS.cement, tons)],
        beneficiaries: rng.int(40, 120),
        perPerson: 1,
      };
    }
    case 'thap_sang_duong_que': {
      if (p.field === 'dien') {
        const bulbs = rng.int(30, 60);
        const wire = rng.int(40, 120) * 10;
        return {
          ...base,
          criteria: [2],
          title: `Thắp sáng đường quê: lắp đặt ${bulbs} bóng đèn chiếu sáng ${thon}, ${xa}`,
          what: `lắp đặt ${bulbs} bóng đèn LED và ${formatInteger(wire)} m dây điện chiếu sáng các trục đường ${thon}`,
          lines: [goods(rng, GOODS.ledBulb, bulbs), goods(rng, GOODS.wire, wire)],
          beneficiaries: rng.int(30, 100),
          perPerson: 1,
        };
      }
      const lights = rng.int(10, 30);
      return {
        ...base,
        criteria: [2],
        title: `Thắp sáng đường quê: lắp đặt ${lights} đèn năng lượng mặt trời ${thon}, ${xa}`,
        what: `lắp đặt ${lights} bộ đèn năng lượng mặt trời chiếu sáng đường trục ${thon}`,
        lines: [goods(rng, GOODS.solarLight, lights)],
        beneficiaries: rng.int(30, 100),
        perPerson: 1,
      };
    }
    case 'tang_qua':
      return gifts(rng, base, m, p.field, xa, thon);
    case 'phong_chong_dich': {
      const masks = rng.int(5, 30) * 10;
      const bottles = rng.int(4, 20) * 10;
      const lines = [goods(rng, GOODS.masks, masks), goods(rng, GOODS.sanitizer, bottles)];
      const noodles = rng.chance(0.5) ? rng.int(20, 50) : 0;
      if (noodles) lines.push(goods(rng, GOODS.noodles, noodles));
      const given = `${masks} hộp khẩu trang, ${bottles} chai nước rửa tay${noodles ? `, ${noodles} thùng mì tôm` : ''}`;
      const [title, to, beneficiaries] =
        m <= '2021-12'
          ? [
              `Tặng khẩu trang, nước rửa tay cho lực lượng phòng, chống dịch Covid-19 ${xa}`,
              'các chốt kiểm soát và lực lượng phòng, chống dịch Covid-19 của xã',
              rng.int(20, 60),
            ]
          : m === '2022-01'
            ? [
                `Tặng khẩu trang, nước rửa tay và nhu yếu phẩm dịp Tết cho nhân dân ${thon}, ${xa}`,
                `nhân dân ${thon} đón Tết an toàn`,
                rng.int(60, 150),
              ]
            : [
                `Hỗ trợ khẩu trang, nước rửa tay, nhu yếu phẩm cho hộ cách ly, điều trị Covid-19 tại nhà ${xa}`,
                'các hộ cách ly, điều trị Covid-19 tại nhà và lực lượng y tế xã',
                rng.int(30, 90),
              ];
      return {
        ...base,
        criteria: [15],
        title,
        what: `tặng ${given} cho ${to}`,
        lines,
        residents: [5, 20],
        beneficiaries,
      };
    }
    case 'phun_khu_trung': {
      const kg = rng.int(10, 40);
      return {
        ...base,
        criteria: [15],
        title: `Phun thuốc khử trùng phòng dịch Covid-19 tại trường học, trạm y tế và nhà văn hóa ${xa}`,
        what: `phun ${kg} kg Cloramin B khử trùng trường học, trạm y tế, nhà văn hóa các thôn và khu vực chợ`,
        lines: [goods(rng, GOODS.chloramine, kg)],
        residents: [5, 15],
        beneficiaries: rng.int(300, 1200),
      };
    }
    case 've_sinh_moi_truong': {
      const bins = rng.int(6, 20);
      return {
        ...base,
        criteria: [17],
        title:
          m === '2022-01'
            ? `Tổng vệ sinh môi trường đón Tết tại ${thon}, ${xa}`
            : `Ra quân vệ sinh môi trường, phát quang, khơi thông cống rãnh ${thon}, ${xa}`,
        what: `thu gom rác thải, phát quang bụi rậm, khơi thông ${rng.int(20, 80) * 10} m cống rãnh và tặng ${bins} thùng rác công cộng`,
        lines: [goods(rng, GOODS.bins, bins)],
        residents: [20, 60],
        beneficiaries: rng.int(40, 120),
        perPerson: 1,
      };
    }
    case 'trong_cay_xanh': {
      const trees = rng.int(15, 60) * 10;
      return {
        ...base,
        criteria: [17],
        title:
          m === '2022-02'
            ? `Hưởng ứng “Tết trồng cây đời đời nhớ ơn Bác Hồ” tại ${thon}, ${xa}`
            : `Trồng, chăm sóc hoa, cây xanh tuyến đường ${thon}, ${xa}`,
        what: `trồng ${trees} cây giống (${rng.pick(SPECIES)}) dọc tuyến đường liên thôn và khuôn viên Nhà văn hóa ${thon}`,
        lines: [goods(rng, GOODS.seedlings, trees)],
        residents: [20, 60],
        beneficiaries: rng.int(50, 150),
      };
    }
    case 'lam_nha_ho_ngheo': {
      const money = rng.int(25, 40) * 1_000_000;
      const donors = rng.int(5, 15) * 1_000_000;
      const sheets = rng.int(30, 60);
      return {
        ...base,
        criteria: [9, 11],
        title: `Làm nhà cho hộ nghèo ${thon}, ${xa}`,
        what: `hỗ trợ ${formatInteger(money + donors)} đồng, ${sheets} tấm tôn lợp và ngày công giúp một hộ nghèo ${thon} làm nhà ở kiên cố${m <= '2022-01' ? ', bàn giao trước Tết' : ''}`,
        lines: [
          cash(money, 'Cán bộ, đảng viên tự nguyện đóng góp làm nhà', 'can_bo_dong_gop'),
          cash(donors, 'Vận động doanh nghiệp, nhà hảo tâm', 'xa_hoi_hoa'),
          goods(rng, GOODS.roofing, sheets),
        ],
        residents: [10, 25],
        beneficiaries: rng.int(3, 6),
        days: rng.int(5, 10),
        perPerson: 1,
      };
    }
    case 'chuyen_giao_khkt': {
      const field = TRANSFER[p.field] ? p.field : 'nong_nghiep';
      const [topic, criterion] = rng.pick(TRANSFER[field] ?? []);
      const lines =
        field === 'nong_nghiep'
          ? [goods(rng, GOODS.fertiliser, rng.int(30, 100) * 10)]
          : field === 'dien'
            ? [goods(rng, GOODS.ledBulb, rng.int(20, 40)), goods(rng, GOODS.wire, rng.int(20, 60) * 10)]
            : field === 'y_te'
              ? [goods(rng, GOODS.medicine, rng.int(100, 250))]
              : [goods(rng, GOODS.leaflets, rng.int(10, 30) * 10)];
      return {
        ...base,
        criteria: [criterion],
        title:
          field === 'nong_nghiep'
            ? `Chuyển giao ${topic} cho nông dân ${thon}, ${xa}`
            : `${topic.charAt(0).toUpperCase()}${topic.slice(1)} tại ${thon}, ${xa}`,
        what: field === 'nong_nghiep' ? `chuyển giao ${topic} cho nông dân ${thon}` : `${topic} tại ${thon}`,
        lines,
        residents: [30, 90],
        beneficiaries: null,
      };
    }
    default: {
      const topic = rng.pick(PROPAGANDA[p.field]);
      const lines = [goods(rng, GOODS.leaflets, rng.int(10, 40) * 10)];
      if (rng.chance(0.4)) lines.push(cash(rng.int(10, 30) * 100_000, 'Hỗ trợ tổ chức hội nghị', 'kinh_phi_don_vi'));
      return {
        ...base,
        categories: ['tuyen_truyen'],
        criteria: [18],
        title: `Tuyên truyền, phổ biến ${topic} tại ${thon}, ${xa}`,
        what: `tổ chức tuyên truyền, phổ biến ${topic} cho nhân dân ${thon}`,
        lines,
        residents: [40, 120],
        beneficiaries: null,
      };
    }
  }
}

type Base = Pick<Content, 'categories' | 'residents' | 'days' | 'perPerson'>;

/** Bicycles for pupils at the start of the school year, blankets in winter, rice and money for Tết, rice in the lean months. */
function gifts(rng: Rng, base: Base, month: string, field: UnitField, xa: string, thon: string): Content {
  const households = rng.int(20, 50);
  const common = {
    ...base,
    criteria: [11],
    residents: [households, households + 20] as const,
    beneficiaries: households,
  };
  if (month <= '2021-10' || (field === 'giao_duc' && month !== '2022-01')) {
    const bikes = rng.int(5, 12);
    const kits = rng.int(20, 50);
    return {
      ...common,
      criteria: [14],
      title: `Trao tặng xe đạp, đồ dùng học tập cho học sinh có hoàn cảnh khó khăn ${xa}`,
      what: `trao tặng ${bikes} xe đạp và ${kits} bộ sách vở, đồ dùng học tập cho học sinh có hoàn cảnh khó khăn`,
      lines: [goods(rng, GOODS.bicycle, bikes), goods(rng, GOODS.schoolKit, kits)],
      residents: [bikes + kits, bikes + kits + 20],
      beneficiaries: bikes + kits,
    };
  }
  if (month <= '2021-12') {
    const rice = rng.chance(0.5) ? households * 10 : 0;
    const lines = [goods(rng, GOODS.blanket, households)];
    if (rice) lines.push(goods(rng, GOODS.rice, rice));
    return {
      ...common,
      title: `Tặng ${rice ? 'gạo, ' : ''}chăn ấm cho hộ nghèo ${thon}, ${xa}`,
      what: `tặng ${households} chiếc chăn ấm${rice ? ` và ${formatInteger(rice)} kg gạo` : ''} cho hộ nghèo ${thon} trước mùa rét`,
      lines,
    };
  }
  if (month === '2022-01') {
    const perHousehold = rng.int(3, 5) * 100_000;
    const lines = [
      goods(rng, GOODS.rice, households * 10),
      cash(households * perHousehold, `Quà Tết ${formatInteger(perHousehold)} đồng/hộ`),
    ];
    const blankets = rng.chance(0.4);
    if (blankets) lines.push(goods(rng, GOODS.blanket, households));
    const bikes = rng.chance(0.25) ? rng.int(3, 6) : 0;
    if (bikes) lines.push(goods(rng, GOODS.bicycle, bikes));
    return {
      ...common,
      title: `Thăm, tặng quà Tết Nguyên đán Nhâm Dần 2022 cho hộ nghèo ${xa}`,
      what:
        `thăm, tặng ${households} suất quà Tết (10 kg gạo, ${formatInteger(perHousehold)} đồng${blankets ? ', chăn ấm' : ''}) ` +
        `cho hộ nghèo, gia đình chính sách${bikes ? ` và ${bikes} xe đạp cho học sinh nghèo vượt khó` : ''}`,
      lines,
    };
  }
  const kg = households * 15;
  return {
    ...common,
    title: `Hỗ trợ gạo cứu đói giáp hạt cho hộ nghèo ${thon}, ${xa}`,
    what: `hỗ trợ ${formatInteger(kg)} kg gạo cho ${households} hộ nghèo ${thon} trong những tháng giáp hạt`,
    lines: [goods(rng, GOODS.rice, kg)],
  };
}
