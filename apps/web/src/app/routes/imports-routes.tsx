import type { RouteObject } from 'react-router';
import type { NavItemSpec } from '@/app/main-navigation';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';

const loadImportsPage = async () => (await import('@/features/imports/components/imports-page')).ImportsPage;

/** The import page, mounted inside the signed-in shell; it fetches nothing until a file is chosen. */
export function importsRoutes(): RouteObject[] {
  return [{ path: paths.imports, lazy: { Component: loadImportsPage } }];
}

/** Its entry in the main navigation, for those who may write. */
export const importsNavItems: readonly NavItemSpec[] = [
  { to: paths.imports, label: messages.nav.imports, access: 'write' },
];
