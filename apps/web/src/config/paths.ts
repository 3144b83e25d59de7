/** Route paths, so links and the router agree. Add a page here when its route exists, not before. */
export const paths = {
  home: '/',
  login: '/dang-nhap',
} as const;
