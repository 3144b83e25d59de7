import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import type { NavItemSpec } from '@/app/main-navigation';

/** The registries pages, mounted inside the signed-in shell. */
export function registriesRoutes(_queryClient: QueryClient): RouteObject[] {
  return [];
}

/** Their entries in the main navigation. */
export const registriesNavItems: readonly NavItemSpec[] = [];
