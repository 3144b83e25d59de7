/**
 * Every piece of Vietnamese text the interface shows, in one place per feature, so wording stays consistent and
 * can be reviewed by the people who will read it. Components import from here instead of writing literals.
 *
 * This file holds what the shell and every page use (layout, navigation, sign-in, errors, common words); each
 * feature's pages import their own catalogue from `config/messages/<feature>.ts`, so that text arrives with the
 * pages' lazy chunks instead of with every page's first load.
 */
export const messages = {
  app: {
    name: 'Dân vận cơ sở',
    committee: 'Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh',
    pageTitle: (page: string) => `${page} — Dân vận cơ sở`,
  },
  layout: {
    skipToContent: 'Bỏ qua, đến nội dung chính',
    navigationLabel: 'Điều hướng chính',
    openMenu: 'Mở menu điều hướng',
    closeMenu: 'Đóng menu điều hướng',
    breadcrumbs: 'Vị trí trang',
  },
  /** The main navigation's entries (each feature lists its own next to its routes, in app/routes). */
  nav: {
    overview: 'Tổng quan',
    coverage: 'Độ bao phủ',
    funding: 'Kinh phí, hỗ trợ',
    activities: 'Hoạt động',
    recordActivity: 'Ghi hoạt động',
    review: 'Duyệt hoạt động',
    plans: 'Kế hoạch',
    difficulties: 'Khó khăn, kiến nghị',
    reports: 'Báo cáo',
    imports: 'Nhập dữ liệu',
    directives: 'Văn bản',
    units: 'Đơn vị',
    communes: 'Xã',
    assignments: 'Phân công',
  },
  auth: {
    login: {
      title: 'Đăng nhập',
      intro: 'Dùng tài khoản do Ban Dân vận Đảng ủy Khối cấp.',
      username: 'Tên đăng nhập',
      password: 'Mật khẩu',
      showPassword: 'Hiện mật khẩu',
      submit: 'Đăng nhập',
      failedTitle: 'Không đăng nhập được',
      badCredentials: 'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại.',
      tooManyTitle: 'Tạm khoá đăng nhập',
      tooManyWait: (minutes: number) => `Bạn đã thử đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
      tooManyNoWait: 'Bạn đã thử đăng nhập sai quá nhiều lần. Vui lòng đợi một lát rồi thử lại.',
      sessionExpiredTitle: 'Phiên đăng nhập đã hết hạn',
      sessionExpiredBody:
        'Vui lòng đăng nhập lại. Nội dung bạn đang nhập dở được giữ lại và sẽ hiện lại sau khi đăng nhập.',
      signedOut: 'Bạn đã đăng xuất.',
    },
    demoAccounts: {
      title: 'Tài khoản dùng thử',
      body: 'Hệ thống đang chạy với dữ liệu minh hoạ. Có thể đăng nhập bằng một trong các tài khoản sau:',
      password: 'Mật khẩu chung:',
      usernameColumn: 'Tên đăng nhập',
      roleColumn: 'Vai trò',
    },
    user: {
      signedInAs: 'Đang đăng nhập',
      logout: 'Đăng xuất',
      logoutFailed: 'Chưa đăng xuất được. Vui lòng thử lại.',
    },
  },
  demo: {
    title: 'Dữ liệu minh hoạ',
    body: 'Các số liệu đang hiển thị được tạo ra để minh hoạ cách hệ thống hoạt động, dựa trên bản tin ngày 18/3/2022. Đây không phải số liệu chính thức của đơn vị nào.',
    healthErrorTitle: 'Chưa kiểm tra được trạng thái hệ thống',
    databaseDownTitle: 'Cơ sở dữ liệu chưa sẵn sàng',
    databaseDownBody: 'Máy chủ đang chạy nhưng chưa kết nối được cơ sở dữ liệu; số liệu có thể không tải được.',
  },
  common: {
    retry: 'Thử lại',
    close: 'Đóng',
    choose: 'Chọn…',
    loading: 'Đang tải…',
    noValue: '—',
    outOf: (part: string, whole: string) => `${part} / ${whole}`,
    rate: (percent: string) => `Tỷ lệ ${percent}`,
  },
  /** Shared lists: search, filters, sortable tables, pagination, CSV (components/ui). */
  list: {
    search: 'Tìm kiếm',
    searchHint: 'Gõ có dấu hoặc không dấu đều được',
    filters: 'Bộ lọc',
    clearFilters: 'Xoá tìm kiếm và bộ lọc',
    all: 'Tất cả',
    downloadCsv: 'Tải về CSV',
    downloadCsvHint: 'Tải toàn bộ kết quả theo bộ lọc hiện tại (mở được bằng Excel)',
    downloadXlsx: 'Tải về Excel',
    downloadXlsxHint: 'Tải toàn bộ kết quả theo bộ lọc hiện tại dạng Excel (.xlsx), tiêu đề tiếng Việt',
    downloads: 'Tải danh sách về',
    /** The name of a table's pair of download links (Excel, CSV), where a page has several. */
    tableDownloads: (table: string) => `Tải bảng “${table}” về`,
    loadingRows: 'Đang tải danh sách…',
    updating: 'Đang cập nhật danh sách…',
    found: (count: string, noun: string) => `Tìm thấy ${count} ${noun}`,
    range: (from: string, to: string, total: string) => `Hiển thị ${from}–${to} trong ${total}`,
    sortBy: 'Sắp xếp theo',
    sortOption: (column: string, descending: boolean) => `${column} (${descending ? 'giảm dần' : 'tăng dần'})`,
    pagination: {
      label: 'Phân trang',
      first: 'Trang đầu',
      previous: 'Trang trước',
      next: 'Trang sau',
      last: 'Trang cuối',
      page: (page: number) => `Trang ${page}`,
    },
  },
  /** Date inputs (components/ui/date-field). */
  dates: {
    format: 'dd/mm/yyyy',
    invalid: 'Ngày không hợp lệ, cần dạng dd/mm/yyyy',
    clear: 'Xoá ngày',
    previousMonth: 'Tháng trước',
    nextMonth: 'Tháng sau',
    previousYear: 'Năm trước',
    nextYear: 'Năm sau',
    previousDecade: 'Thập kỷ trước',
    nextDecade: 'Thập kỷ sau',
  },
  errors: {
    network: {
      title: 'Không kết nối được máy chủ',
      detail: 'Vui lòng kiểm tra kết nối mạng rồi thử lại.',
    },
    invalidResponse: {
      title: 'Dữ liệu nhận được không hợp lệ',
      detail: 'Máy chủ trả về dữ liệu không đúng định dạng. Vui lòng thử lại sau hoặc báo cho quản trị viên.',
    },
    byStatus: {
      400: 'Yêu cầu không hợp lệ. Vui lòng kiểm tra lại thông tin đã nhập.',
      401: 'Bạn cần đăng nhập để xem nội dung này.',
      403: 'Bạn không có quyền xem nội dung này.',
      404: 'Không tìm thấy nội dung yêu cầu.',
      409: 'Dữ liệu đã bị thay đổi bởi người khác. Vui lòng tải lại rồi thử lại.',
      422: 'Dữ liệu gửi lên chưa hợp lệ.',
      429: 'Có quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi một lát rồi thử lại.',
      500: 'Máy chủ gặp sự cố. Vui lòng thử lại sau.',
      502: 'Máy chủ tạm thời không phản hồi. Vui lòng thử lại sau.',
      503: 'Hệ thống đang bảo trì hoặc quá tải. Vui lòng thử lại sau.',
      504: 'Máy chủ phản hồi quá lâu. Vui lòng thử lại sau.',
    } as Readonly<Record<number, string>>,
    clientError: 'Yêu cầu không thực hiện được.',
    serverError: 'Máy chủ gặp sự cố. Vui lòng thử lại sau.',
    unknown: 'Đã xảy ra lỗi không mong muốn.',
    statusCode: (status: number) => `Mã lỗi ${status}`,
  },
  routeError: {
    title: 'Không hiển thị được trang',
    reload: 'Tải lại trang',
    backHome: 'Về trang Tổng quan',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Địa chỉ bạn mở không tồn tại hoặc đã được chuyển đi. Vui lòng kiểm tra lại đường dẫn.',
    backHome: 'Về trang Tổng quan',
  },
  overview: {
    title: 'Tổng quan',
    period: (from: string, to: string) => `Từ ${from} đến ${to}`,
    invalidPeriod:
      'Khoảng thời gian trong địa chỉ trang không hợp lệ (cần dạng YYYY-MM-DD, ngày bắt đầu không sau ngày kết thúc), nên đang hiển thị khoảng thời gian mặc định.',
    loadingStats: 'Đang tải số liệu tổng quan…',
    loadError: 'Không tải được số liệu tổng quan',
    statsHeading: 'Số liệu chính',
    empty: {
      title: 'Chưa có số liệu',
      description:
        'Trong khoảng thời gian này chưa có đơn vị nào được phân công phụ trách xã và chưa có hoạt động nào.',
    },
    stats: {
      openDashboard: (figure: string) => `${figure} — xem chi tiết ở trang Độ bao phủ`,
      visits: {
        label: 'Lượt hoạt động',
        caption: 'lượt đơn vị xuống xã, đã được duyệt',
      },
      units: {
        label: 'Đơn vị tham gia',
        caption: 'đơn vị được phân công',
      },
      communes: {
        label: 'Xã có hoạt động',
        caption: 'xã được phân công',
      },
      onNorm: {
        label: 'Đơn vị đạt định mức 1 lần/tháng',
        caption: 'đơn vị được phân công',
      },
    },
    months: {
      heading: 'Theo tháng',
      caption: 'Số đơn vị được phân công và số đơn vị có ít nhất một hoạt động đã duyệt trong từng tháng',
      month: 'Tháng',
      assignedUnits: 'Đơn vị được phân công',
      activeUnits: 'Đơn vị có hoạt động',
      rate: 'Tỷ lệ',
      empty: 'Khoảng thời gian này không có tháng nào để thống kê.',
    },
    neverReached: {
      heading: 'Xã chưa có hoạt động',
      caption: 'Các xã được phân công nhưng chưa có hoạt động nào được duyệt trong khoảng thời gian này',
      commune: 'Xã',
      district: 'Huyện',
      lastActivity: 'Hoạt động gần nhất',
      never: 'Chưa có hoạt động',
      daysSince: (days: string, date: string) => `Lần cuối ${date} (${days} ngày)`,
      remote: 'Vùng sâu, vùng xa',
      none: 'Tất cả các xã được phân công đều đã có hoạt động trong khoảng thời gian này.',
    },
  },
} as const;

export type Messages = typeof messages;
