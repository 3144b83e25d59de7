/** What units give and do at the commune: goods with plausible 2021-2022 prices, seasons, topics by line of work. */
import type { ActivityCategory, ValuationMethod } from '@danvan/domain';
import type { UnitField } from './units.js';

export interface Goods {
  item: string;
  measureUnit: string;
  /** Price per measure unit, đồng. */
  price: readonly [number, number];
  valuation: ValuationMethod;
}

export const GOODS = {
  cement: { item: 'Xi măng', measureUnit: 'tấn', price: [1_350_000, 1_550_000], valuation: 'hoa_don' },
  rice: { item: 'Gạo', measureUnit: 'kg', price: [13_000, 16_000], valuation: 'gia_thi_truong' },
  blanket: { item: 'Chăn ấm', measureUnit: 'chiếc', price: [280_000, 400_000], valuation: 'hoa_don' },
  bicycle: { item: 'Xe đạp', measureUnit: 'chiếc', price: [1_800_000, 2_600_000], valuation: 'hoa_don' },
  schoolKit: { item: 'Sách vở, đồ dùng học tập', measureUnit: 'bộ', price: [150_000, 250_000], valuation: 'hoa_don' },
  masks: { item: 'Khẩu trang', measureUnit: 'hộp', price: [35_000, 55_000], valuation: 'hoa_don' },
  sanitizer: { item: 'Nước rửa tay', measureUnit: 'chai', price: [45_000, 75_000], valuation: 'hoa_don' },
  noodles: { item: 'Mì tôm', measureUnit: 'thùng', price: [95_000, 115_000], valuation: 'gia_thi_truong' },
  chloramine: { item: 'Cloramin B', measureUnit: 'kg', price: [110_000, 140_000], valuation: 'hoa_don' },
  solarLight: { item: 'Đèn năng lượng mặt trời', measureUnit: 'bộ', price: [650_000, 1_200_000], valuation: 'hoa_don' },
  ledBulb: { item: 'Bóng đèn LED', measureUnit: 'bóng', price: [90_000, 150_000], valuation: 'hoa_don' },
  wire: { item: 'Dây điện', measureUnit: 'mét', price: [8_000, 12_000], valuation: 'hoa_don' },
  seedlings: { item: 'Cây giống', measureUnit: 'cây', price: [15_000, 40_000], valuation: 'gia_thi_truong' },
  bins: { item: 'Thùng rác', measureUnit: 'chiếc', price: [300_000, 450_000], valuation: 'hoa_don' },
  leaflets: { item: 'Tài liệu tuyên truyền', measureUnit: 'bộ', price: [5_000, 15_000], valuation: 'uoc_tinh' },
  fertiliser: { item: 'Phân bón NPK', measureUnit: 'kg', price: [12_000, 16_000], valuation: 'hoa_don' },
  roofing: { item: 'Tôn lợp mái', measureUnit: 'tấm', price: [180_000, 250_000], valuation: 'hoa_don' },
  medicine: { item: 'Thuốc thông thường', measureUnit: 'túi', price: [50_000, 80_000], valuation: 'uoc_tinh' },
} as const satisfies Record<string, Goods>;

/** What is done in each month of the period: concrete in the dry season, gifts before Tết, trees after it. */
export const SEASON: Record<string, readonly (readonly [ActivityCategory, number])[]> = {
  '2021-09': [
    ['tuyen_truyen', 3],
    ['phong_chong_dich', 2],
    ['phun_khu_trung', 2],
    ['ve_sinh_moi_truong', 1.5],
    ['tang_qua', 1.2],
    ['duong_be_tong', 1],
    ['chuyen_giao_khkt', 1],
  ],
  '2021-10': [
    ['duong_be_tong', 2.5],
    ['tuyen_truyen', 1.5],
    ['ve_sinh_moi_truong', 1.5],
    ['san_nha_van_hoa', 1],
    ['thap_sang_duong_que', 1],
    ['tang_qua', 0.8],
    ['phun_khu_trung', 1.5],
    ['chuyen_giao_khkt', 1],
    ['lam_nha_ho_ngheo', 0.5],
  ],
  '2021-11': [
    ['duong_be_tong', 2.5],
    ['san_nha_van_hoa', 1.5],
    ['thap_sang_duong_que', 1.5],
    ['lam_nha_ho_ngheo', 1],
    ['ve_sinh_moi_truong', 1],
    ['tuyen_truyen', 1],
    ['chuyen_giao_khkt', 1],
  ],
  '2021-12': [
    ['tang_qua', 2],
    ['duong_be_tong', 1.5],
    ['lam_nha_ho_ngheo', 1],
    ['thap_sang_duong_que', 1],
    ['phong_chong_dich', 1],
    ['san_nha_van_hoa', 1],
    ['tuyen_truyen', 1],
  ],
  '2022-01': [
    ['tang_qua', 4],
    ['phong_chong_dich', 1.5],
    ['ve_sinh_moi_truong', 0.8],
    ['lam_nha_ho_ngheo', 0.7],
    ['thap_sang_duong_que', 0.5],
  ],
  '2022-02': [
    ['trong_cay_xanh', 4],
    ['phong_chong_dich', 1.5],
    ['ve_sinh_moi_truong', 1],
    ['tuyen_truyen', 1],
    ['tang_qua', 0.5],
  ],
  '2022-03': [
    ['trong_cay_xanh', 2],
    ['phong_chong_dich', 2],
    ['duong_be_tong', 1.5],
    ['phun_khu_trung', 2],
    ['chuyen_giao_khkt', 1],
    ['tuyen_truyen', 1],
    ['ve_sinh_moi_truong', 1],
  ],
};

/** How a unit's line of work tilts the choice (missing: 1; chuyển giao only where there is something to transfer). */
export const FIELD_BOOST: Record<UnitField, Partial<Record<ActivityCategory, number>>> = {
  chung: { chuyen_giao_khkt: 0 },
  nong_nghiep: { chuyen_giao_khkt: 2.5, trong_cay_xanh: 1.5 },
  y_te: { phong_chong_dich: 2.5, phun_khu_trung: 2.5, chuyen_giao_khkt: 1 },
  phap_luat: { tuyen_truyen: 1.8, chuyen_giao_khkt: 0 },
  tai_chinh: { chuyen_giao_khkt: 0, tuyen_truyen: 1.3 },
  ngan_hang: { chuyen_giao_khkt: 0.8, tang_qua: 1.3 },
  bao_hiem: { tuyen_truyen: 1.8, chuyen_giao_khkt: 0 },
  dien: { thap_sang_duong_que: 4, chuyen_giao_khkt: 1.2 },
  thong_tin: { tuyen_truyen: 1.5, chuyen_giao_khkt: 1 },
  giao_duc: { tang_qua: 1.5, chuyen_giao_khkt: 0 },
  xay_dung: { duong_be_tong: 1.8, san_nha_van_hoa: 1.8, chuyen_giao_khkt: 0 },
};

/** What a unit disseminates, by its line of work. */
export const PROPAGANDA: Record<UnitField, readonly string[]> = {
  chung: [
    'Hướng dẫn số 02-HD/BDVTU và các tiêu chí xây dựng nông thôn mới',
    'chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước',
  ],
  nong_nghiep: [
    'kỹ thuật chăm sóc cây trồng, phòng trừ sâu bệnh theo mùa vụ',
    'phát triển sản phẩm OCOP của địa phương',
  ],
  y_te: ['phòng, chống dịch Covid-19 và tiêm vắc xin', 'vệ sinh an toàn thực phẩm, phòng chống dịch bệnh mùa đông'],
  phap_luat: ['pháp luật về đất đai, hôn nhân và gia đình', 'phòng, chống ma túy và tội phạm, tín dụng đen'],
  tai_chinh: ['chính sách thuế, phí, lệ phí', 'công khai, minh bạch ngân sách xã và các khoản đóng góp của nhân dân'],
  ngan_hang: [
    'chính sách tín dụng ưu đãi cho hộ nghèo, phòng tránh tín dụng đen',
    'thanh toán không dùng tiền mặt, phòng tránh lừa đảo qua mạng',
  ],
  bao_hiem: ['chính sách bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình'],
  dien: ['sử dụng điện an toàn, tiết kiệm và hiệu quả'],
  thong_tin: ['chuyển đổi số, sử dụng dịch vụ công trực tuyến', 'phòng, chống tin giả trên mạng xã hội'],
  giao_duc: ['phòng, chống đuối nước và bỏ học sớm ở học sinh', 'Chỉ thị số 05-CT/TW về học tập và làm theo Bác'],
  xay_dung: ['quy hoạch xây dựng nông thôn mới, trật tự xây dựng', 'an toàn giao thông nông thôn'],
};

/** What a unit transfers, by its line of work, with the NTM criterion it serves. */
export const TRANSFER: Partial<Record<UnitField, readonly (readonly [topic: string, criterion: number])[]>> = {
  nong_nghiep: [
    ['kỹ thuật trồng, chăm sóc cây quế', 13],
    ['kỹ thuật thâm canh lúa vụ xuân', 13],
    ['kỹ thuật nuôi lợn đen bản địa', 13],
  ],
  dien: [['kiểm tra, sửa chữa đường điện sau công tơ cho hộ nghèo', 4]],
  thong_tin: [['hướng dẫn cài đặt ứng dụng PC-Covid, VssID và sử dụng dịch vụ công trực tuyến', 8]],
  ngan_hang: [['hướng dẫn mở tài khoản, thanh toán không dùng tiền mặt', 13]],
  y_te: [['khám bệnh, tư vấn sức khỏe và cấp thuốc miễn phí', 15]],
};

/** NTM criteria (numbers, the same in QĐ 1980 and QĐ 318) each category serves. */
export const NTM_OF: Record<ActivityCategory, readonly number[]> = {
  tuyen_truyen: [18],
  chuyen_giao_khkt: [13],
  ve_sinh_moi_truong: [17],
  trong_cay_xanh: [17],
  phun_khu_trung: [15],
  duong_be_tong: [2],
  san_nha_van_hoa: [6],
  thap_sang_duong_que: [2],
  tang_qua: [11],
  phong_chong_dich: [15],
  lam_nha_ho_ngheo: [9, 11],
  khac: [],
};

/** Villages (thôn, bản) named in titles. */
export const VILLAGES = [
  'Khuổi Tát',
  'Nà Pàn',
  'Nà Làng',
  'Khuổi Mản',
  'Pác Ban',
  'Cốc Phường',
  'Nà Đán',
  'Phiêng Phàng',
  'Khuổi Hao',
  'Nà Nghịu',
  'Lủng Vài',
  'Nặm Dất',
  'Pò Đon',
  'Khau Cà',
  'Nà Lẹng',
  'Cốc Lùng',
  'Phja Đăm',
  'Khuổi Luông',
  'Nà Mực',
  'Bó Lếch',
  'Nà Khoang',
  'Vằng Khít',
  'Lũng Nhừ',
  'Tổng Nẻng',
  'Đông Tiến',
  'Tân Hòa',
  'Thanh Sơn',
  'Bình Minh',
  'Đoàn Kết',
  'Tiến Thành',
  'Quyết Tiến',
  'Hợp Thành',
  'Làng Mới',
  'Nà Cà',
] as const;
