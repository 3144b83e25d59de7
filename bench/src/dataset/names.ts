/** Word lists for plausible Vietnamese names, titles and goods in the national dataset. */
import type { ActivityCategory, UnitGroup } from '@danvan/domain';

/** Syllables of place names; two of them make a district or commune name. */
export const PLACE_SYLLABLES = (
  'An Bình Cẩm Đông Đức Gia Hà Hải Hòa Hồng Hưng Khánh Kim Lạc Lâm Long Minh Mỹ Nam Nghĩa Ngọc Nhân Phú ' +
  'Phúc Phong Quang Quế Sơn Tân Thạch Thanh Thành Thuận Tiên Trung Trường Vĩnh Xuân Yên Hiệp Lộc Lợi ' +
  'Thịnh Tây Bắc Hương Cát Đại Tam Hợp'
).split(' ');

export const PROVINCES = (
  'Hà Giang, Cao Bằng, Lào Cai, Điện Biên, Lai Châu, Sơn La, Yên Bái, Hòa Bình, Thái Nguyên, Lạng Sơn, ' +
  'Quảng Ninh, Bắc Giang, Phú Thọ, Vĩnh Phúc, Bắc Ninh, Hải Dương, Hưng Yên, Thái Bình, Hà Nam, ' +
  'Nam Định, Ninh Bình, Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị, Huế, Quảng Nam, Quảng Ngãi, ' +
  'Bình Định, Phú Yên, Khánh Hòa, Ninh Thuận, Bình Thuận, Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông, Lâm Đồng, ' +
  'Bình Phước, Tây Ninh, Bình Dương, Đồng Nai, Bà Rịa - Vũng Tàu, Long An, Tiền Giang, Bến Tre, ' +
  'Trà Vinh, Vĩnh Long, Đồng Tháp, An Giang, Kiên Giang, Cần Thơ, Hậu Giang, Sóc Trăng, Bạc Liêu, ' +
  'Cà Mau, Tuyên Quang, Bắc Kạn, Hải Phòng, Đà Nẵng, Hà Nội, Hồ Chí Minh'
).split(', ');

/** Agencies whose party units take part, with the group each belongs to. */
export const AGENCY_TYPES: readonly (readonly [string, UnitGroup])[] = [
  ['Ban Tuyên giáo Tỉnh ủy', 'dang_doan_the'],
  ['Ban Dân vận Tỉnh ủy', 'dang_doan_the'],
  ['Ban Tổ chức Tỉnh ủy', 'dang_doan_the'],
  ['Ủy ban Mặt trận Tổ quốc', 'dang_doan_the'],
  ['Tỉnh đoàn', 'dang_doan_the'],
  ['Hội Nông dân', 'dang_doan_the'],
  ['Hội Liên hiệp Phụ nữ', 'dang_doan_the'],
  ['Hội Cựu chiến binh', 'dang_doan_the'],
  ['Liên đoàn Lao động', 'dang_doan_the'],
  ['Sở Tài chính', 'so_nganh'],
  ['Sở Y tế', 'so_nganh'],
  ['Sở Giáo dục và Đào tạo', 'so_nganh'],
  ['Sở Nông nghiệp và Môi trường', 'so_nganh'],
  ['Sở Xây dựng', 'so_nganh'],
  ['Sở Công Thương', 'so_nganh'],
  ['Sở Tư pháp', 'so_nganh'],
  ['Sở Nội vụ', 'so_nganh'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'so_nganh'],
  ['Sở Khoa học và Công nghệ', 'so_nganh'],
  ['Thanh tra tỉnh', 'so_nganh'],
  ['Văn phòng Ủy ban nhân dân tỉnh', 'so_nganh'],
  ['Cục Thuế', 'trung_uong'],
  ['Kho bạc Nhà nước', 'trung_uong'],
  ['Bảo hiểm xã hội', 'trung_uong'],
  ['Ngân hàng Chính sách xã hội', 'trung_uong'],
  ['Cục Thống kê', 'trung_uong'],
  ['Chi cục Hải quan', 'trung_uong'],
  ['Công ty Điện lực', 'doanh_nghiep'],
  ['Viễn thông', 'doanh_nghiep'],
  ['Công ty Cấp nước', 'doanh_nghiep'],
  ['Ngân hàng Nông nghiệp và Phát triển nông thôn', 'doanh_nghiep'],
  ['Công ty Xổ số kiến thiết', 'doanh_nghiep'],
];

/** Departments: the party cells of a large agency. */
export const DEPARTMENTS = [
  'Văn phòng',
  'Phòng Tổ chức - Hành chính',
  'Phòng Kế hoạch - Tài chính',
  'Phòng Nghiệp vụ 1',
  'Phòng Nghiệp vụ 2',
  'Phòng Kiểm tra',
  'Phòng Tổng hợp',
  'Trung tâm Dịch vụ',
] as const;

/** A title for each kind of work, with how often it is done. */
export const ACTIVITY_KINDS: readonly { category: ActivityCategory; title: string; weight: number }[] = [
  { category: 'tuyen_truyen', title: 'Tuyên truyền, phổ biến pháp luật cho nhân dân', weight: 14 },
  { category: 'chuyen_giao_khkt', title: 'Chuyển giao khoa học, kỹ thuật trồng trọt, chăn nuôi', weight: 6 },
  { category: 've_sinh_moi_truong', title: 'Ra quân vệ sinh môi trường, khơi thông cống rãnh', weight: 18 },
  { category: 'trong_cay_xanh', title: 'Trồng và chăm sóc cây xanh, đường hoa', weight: 10 },
  { category: 'phun_khu_trung', title: 'Phun thuốc khử trùng khu dân cư', weight: 3 },
  { category: 'duong_be_tong', title: 'Hỗ trợ xi măng làm đường bê tông nông thôn', weight: 8 },
  { category: 'san_nha_van_hoa', title: 'Hỗ trợ làm sân nhà văn hóa thôn', weight: 4 },
  { category: 'thap_sang_duong_que', title: 'Lắp đặt điện thắp sáng đường quê', weight: 4 },
  { category: 'tang_qua', title: 'Tặng gạo, chăn ấm, xe đạp cho hộ nghèo, học sinh khó khăn', weight: 14 },
  { category: 'phong_chong_dich', title: 'Tặng nước rửa tay, khẩu trang, nhu yếu phẩm', weight: 5 },
  { category: 'lam_nha_ho_ngheo', title: 'Góp công, góp của làm nhà cho hộ nghèo', weight: 4 },
  { category: 'khac', title: 'Thăm hỏi, động viên gia đình chính sách', weight: 10 },
];

export interface Goods {
  item: string;
  measureUnit: string;
  /** Price of one measure unit, in đồng. */
  price: number;
  /** Usual quantity given at once. */
  min: number;
  max: number;
}

export const GOODS: readonly Goods[] = [
  { item: 'Xi măng', measureUnit: 'tấn', price: 1_600_000, min: 1, max: 30 },
  { item: 'Gạo', measureUnit: 'kg', price: 15_000, min: 20, max: 1000 },
  { item: 'Chăn ấm', measureUnit: 'cái', price: 250_000, min: 5, max: 100 },
  { item: 'Xe đạp', measureUnit: 'chiếc', price: 1_800_000, min: 1, max: 10 },
  { item: 'Sách vở', measureUnit: 'bộ', price: 120_000, min: 10, max: 200 },
  { item: 'Áo ấm', measureUnit: 'cái', price: 150_000, min: 10, max: 200 },
  { item: 'Khẩu trang', measureUnit: 'hộp', price: 40_000, min: 10, max: 500 },
  { item: 'Nước rửa tay', measureUnit: 'chai', price: 35_000, min: 10, max: 300 },
  { item: 'Cây xanh', measureUnit: 'cây', price: 80_000, min: 10, max: 300 },
  { item: 'Bóng đèn chiếu sáng', measureUnit: 'bộ', price: 350_000, min: 5, max: 50 },
  { item: 'Cát xây dựng', measureUnit: 'm³', price: 350_000, min: 2, max: 40 },
];

/** The goods that go with a kind of work (indexes into GOODS); others get any goods. */
export const GOODS_FOR: Partial<Record<ActivityCategory, readonly number[]>> = {
  duong_be_tong: [0, 10],
  san_nha_van_hoa: [0, 10],
  lam_nha_ho_ngheo: [0, 10],
  tang_qua: [1, 2, 3, 4, 5],
  phong_chong_dich: [6, 7, 1],
  trong_cay_xanh: [8],
  thap_sang_duong_que: [9],
};
