/**
 * Enumerations of the domain, each as an `as const` list of codes with its Vietnamese labels.
 * Codes are stable ASCII identifiers stored in the database and used in the API; labels are
 * what people read.
 */
/**
 * Plain data, no schema: pages that only show labels (the dashboards, the shell) then carry no validation
 * library. The zod schema of an enumeration is `enumSchema(X)` (fields.ts), where a request or answer is checked.
 */
export function labelled<const T extends readonly [string, ...string[]]>(codes: T, labels: Record<T[number], string>) {
  return { codes, labels } as const;
}

export const DirectiveKind = labelled(
  ['de_an', 'huong_dan', 'nghi_quyet', 'chi_thi', 'ke_hoach', 'quyet_dinh', 'quy_dinh'] as const,
  {
    de_an: 'Đề án',
    huong_dan: 'Hướng dẫn',
    nghi_quyet: 'Nghị quyết',
    chi_thi: 'Chỉ thị',
    ke_hoach: 'Kế hoạch',
    quyet_dinh: 'Quyết định',
    quy_dinh: 'Quy định',
  },
);
export type DirectiveKind = (typeof DirectiveKind.codes)[number];

/** What a directive's norm measures. */
export const NormKind = labelled(['min_activities_per_unit_month'] as const, {
  min_activities_per_unit_month: 'Số hoạt động tối thiểu của mỗi đơn vị trong một tháng',
});
export type NormKind = (typeof NormKind.codes)[number];

export const UnitKind = labelled(['chi_bo_co_so', 'dang_bo_co_so'] as const, {
  chi_bo_co_so: 'Chi bộ cơ sở',
  dang_bo_co_so: 'Đảng bộ cơ sở',
});
export type UnitKind = (typeof UnitKind.codes)[number];

export const UnitGroup = labelled(['dang_doan_the', 'so_nganh', 'trung_uong', 'doanh_nghiep'] as const, {
  dang_doan_the: 'Khối Đảng, Mặt trận và đoàn thể',
  so_nganh: 'Sở, ban, ngành tỉnh',
  trung_uong: 'Cơ quan Trung ương trên địa bàn',
  doanh_nghiep: 'Doanh nghiệp',
});
export type UnitGroup = (typeof UnitGroup.codes)[number];

export const CommuneKind = labelled(['xa', 'phuong', 'thi_tran'] as const, {
  xa: 'Xã',
  phuong: 'Phường',
  thi_tran: 'Thị trấn',
});
export type CommuneKind = (typeof CommuneKind.codes)[number];

/** Khu vực I/II/III of ethnic-minority and mountainous areas; III is "xã đặc biệt khó khăn". */
export const AreaClass = labelled(['I', 'II', 'III'] as const, {
  I: 'Khu vực I',
  II: 'Khu vực II',
  III: 'Khu vực III (xã đặc biệt khó khăn)',
});
export type AreaClass = (typeof AreaClass.codes)[number];

export const NtmStatus = labelled(['chua_dat', 'dat_chuan', 'nang_cao', 'kieu_mau'] as const, {
  chua_dat: 'Chưa đạt chuẩn nông thôn mới',
  dat_chuan: 'Đạt chuẩn nông thôn mới',
  nang_cao: 'Đạt chuẩn nông thôn mới nâng cao',
  kieu_mau: 'Đạt chuẩn nông thôn mới kiểu mẫu',
});
export type NtmStatus = (typeof NtmStatus.codes)[number];

export const AssignmentRole = labelled(['phu_trach_chinh', 'tham_gia'] as const, {
  phu_trach_chinh: 'Phụ trách chính',
  tham_gia: 'Tham gia',
});
export type AssignmentRole = (typeof AssignmentRole.codes)[number];

/** The kinds of work the seed names. */
export const ActivityCategory = labelled(
  [
    'tuyen_truyen',
    'chuyen_giao_khkt',
    've_sinh_moi_truong',
    'trong_cay_xanh',
    'phun_khu_trung',
    'duong_be_tong',
    'san_nha_van_hoa',
    'thap_sang_duong_que',
    'tang_qua',
    'phong_chong_dich',
    'lam_nha_ho_ngheo',
    'khac',
  ] as const,
  {
    tuyen_truyen: 'Tuyên truyền, phổ biến, hướng dẫn',
    chuyen_giao_khkt: 'Chuyển giao khoa học, kỹ thuật',
    ve_sinh_moi_truong: 'Vệ sinh môi trường',
    trong_cay_xanh: 'Trồng, chăm sóc hoa, cây xanh',
    phun_khu_trung: 'Phun thuốc khử trùng',
    duong_be_tong: 'Hỗ trợ xi măng làm đường bê tông',
    san_nha_van_hoa: 'Hỗ trợ làm sân Nhà văn hoá',
    thap_sang_duong_que: 'Thắp sáng đường quê',
    tang_qua: 'Tặng gạo, chăn ấm, xe đạp',
    phong_chong_dich: 'Nước rửa tay, khẩu trang, nhu yếu phẩm (Tết, phòng chống Covid-19)',
    lam_nha_ho_ngheo: 'Làm nhà cho hộ nghèo',
    khac: 'Hoạt động khác',
  },
);
export type ActivityCategory = (typeof ActivityCategory.codes)[number];

export const ParticipantGroup = labelled(
  [
    'dang_vien',
    'cong_chuc_vien_chuc',
    'doan_vien_hoi_vien',
    'luc_luong_vu_trang',
    'nguoi_lao_dong',
    'nhan_dan',
  ] as const,
  {
    dang_vien: 'Đảng viên',
    cong_chuc_vien_chuc: 'Cán bộ, công chức, viên chức',
    doan_vien_hoi_vien: 'Đoàn viên, hội viên',
    luc_luong_vu_trang: 'Chiến sỹ lực lượng vũ trang',
    nguoi_lao_dong: 'Người lao động',
    nhan_dan: 'Nhân dân địa phương',
  },
);
export type ParticipantGroup = (typeof ParticipantGroup.codes)[number];

export const ContributionKind = labelled(['tien_mat', 'hien_vat', 'ngay_cong'] as const, {
  tien_mat: 'Tiền mặt',
  hien_vat: 'Hiện vật',
  ngay_cong: 'Ngày công',
});
export type ContributionKind = (typeof ContributionKind.codes)[number];

export const FundingSource = labelled(
  ['can_bo_dong_gop', 'kinh_phi_don_vi', 'xa_hoi_hoa', 'ngan_sach', 'nhan_dan'] as const,
  {
    can_bo_dong_gop: 'Cán bộ, đảng viên tự nguyện đóng góp',
    kinh_phi_don_vi: 'Kinh phí cơ quan, đơn vị',
    xa_hoi_hoa: 'Xã hội hóa (doanh nghiệp, nhà hảo tâm)',
    ngan_sach: 'Ngân sách nhà nước',
    nhan_dan: 'Nhân dân đóng góp',
  },
);
export type FundingSource = (typeof FundingSource.codes)[number];

/** How the estimated value ("trị giá") of goods in kind was arrived at. */
export const ValuationMethod = labelled(['hoa_don', 'gia_thi_truong', 'uoc_tinh'] as const, {
  hoa_don: 'Theo hoá đơn, chứng từ',
  gia_thi_truong: 'Theo giá thị trường',
  uoc_tinh: 'Ước tính',
});
export type ValuationMethod = (typeof ValuationMethod.codes)[number];

export const ActivityStatus = labelled(['draft', 'submitted', 'approved', 'returned'] as const, {
  draft: 'Bản nháp',
  submitted: 'Chờ duyệt',
  approved: 'Đã duyệt',
  returned: 'Trả lại',
});
export type ActivityStatus = (typeof ActivityStatus.codes)[number];

export const DifficultyKind = labelled(
  ['kinh_phi', 'thoi_gian', 'khoang_cach', 'phoi_hop_dia_phuong', 'y_lai', 'khac'] as const,
  {
    kinh_phi: 'Kinh phí',
    thoi_gian: 'Thời gian',
    khoang_cach: 'Địa bàn xa, chi phí đi lại',
    phoi_hop_dia_phuong: 'Phối hợp với địa phương',
    y_lai: 'Tâm lý ỷ lại của người dân',
    khac: 'Khác',
  },
);
export type DifficultyKind = (typeof DifficultyKind.codes)[number];

export const DifficultyStatus = labelled(['moi', 'dang_xu_ly', 'da_giai_quyet'] as const, {
  moi: 'Mới ghi nhận',
  dang_xu_ly: 'Đang xử lý',
  da_giai_quyet: 'Đã giải quyết',
});
export type DifficultyStatus = (typeof DifficultyStatus.codes)[number];

/** Who an account is: the roles of the system. */
export const Role = labelled(['admin', 'unit_officer', 'viewer'] as const, {
  admin: 'Quản trị (Ban Dân vận, Đảng ủy Khối)',
  unit_officer: 'Cán bộ đơn vị',
  viewer: 'Lãnh đạo (chỉ xem)',
});
export type Role = (typeof Role.codes)[number];

/** Read-only, or write for one unit (like that unit's officer). */
export const TokenScope = labelled(['read', 'write'] as const, {
  read: 'Chỉ đọc',
  write: 'Ghi dữ liệu của một đơn vị',
});
export type TokenScope = (typeof TokenScope.codes)[number];

export const AuditAction = labelled(
  [
    'create',
    'update',
    'delete',
    'restore',
    'submit',
    'approve',
    'return',
    'lock',
    'unlock',
    'login',
    'logout',
    'token_create',
    'token_revoke',
    'import',
  ] as const,
  {
    create: 'Thêm',
    update: 'Sửa',
    delete: 'Xoá',
    restore: 'Khôi phục',
    submit: 'Gửi duyệt',
    approve: 'Duyệt',
    return: 'Trả lại',
    lock: 'Khoá sổ',
    unlock: 'Mở khoá sổ',
    login: 'Đăng nhập',
    logout: 'Đăng xuất',
    token_create: 'Tạo token',
    token_revoke: 'Thu hồi token',
    import: 'Nhập từ tệp',
  },
);
export type AuditAction = (typeof AuditAction.codes)[number];
