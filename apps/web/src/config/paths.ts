/** Route paths, so links and the router agree. Add a page here when its route exists, not before. */
export const paths = {
  home: '/',
  // Dashboards: coverage (độ bao phủ) and funding (kinh phí).
  coverage: '/bao-phu',
  funding: '/kinh-phi',
  login: '/dang-nhap',
  // The period report: preview, Word and Excel downloads, settings.
  reports: '/bao-cao',
  // Activities (hoạt động): list, recording form, detail, edit form.
  activities: '/hoat-dong',
  newActivity: '/hoat-dong/moi',
  activity: (id: number | string) => `/hoat-dong/${id}`,
  editActivity: (id: number | string) => `/hoat-dong/${id}/sua`,
  // Registries (danh mục): lists, detail pages, and admin forms.
  directives: '/van-ban',
  directive: (id: number | string) => `/van-ban/${id}`,
  newDirective: '/van-ban/moi',
  editDirective: (id: number | string) => `/van-ban/${id}/sua`,
  units: '/don-vi',
  unit: (id: number | string) => `/don-vi/${id}`,
  newUnit: '/don-vi/moi',
  editUnit: (id: number | string) => `/don-vi/${id}/sua`,
  communes: '/xa',
  commune: (id: number | string) => `/xa/${id}`,
  newCommune: '/xa/moi',
  editCommune: (id: number | string) => `/xa/${id}/sua`,
  assignments: '/phan-cong',
  newAssignment: '/phan-cong/moi',
  editAssignment: (id: number | string) => `/phan-cong/${id}/sua`,
  reassign: (id: number | string) => `/phan-cong/${id}/chuyen`,
  // Review, plans and difficulties.
  review: '/duyet',
  plans: '/ke-hoach',
  newPlan: '/ke-hoach/moi',
  editPlan: (id: number | string) => `/ke-hoach/${id}/sua`,
  difficulties: '/kho-khan',
  // Import of activities and contributions from XLSX or CSV.
  imports: '/nhap-du-lieu',
  newDifficulty: '/kho-khan/moi',
  editDifficulty: (id: number | string) => `/kho-khan/${id}/sua`,
} as const;
