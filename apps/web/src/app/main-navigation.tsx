import { NavLink, Stack } from '@mantine/core';
import { Link, matchPath, useLocation } from 'react-router';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';
import type { Access } from '@/features/auth/permissions';
import { useSession } from '@/features/auth/use-session';
import classes from './main-navigation.module.css';
import { activitiesNavItems } from './routes/activities-routes';
import { dashboardsNavItems } from './routes/dashboards-routes';
import { importsNavItems } from './routes/imports-routes';
import { plansNavItems } from './routes/plans-routes';
import { registriesNavItems } from './routes/registries-routes';
import { reportsNavItems } from './routes/reports-routes';
import { reviewNavItems } from './routes/review-routes';

export interface NavItemSpec {
  to: string;
  label: string;
  /** Left out for roles without it; items without `access` are for everyone signed in. */
  access?: Access;
}

/** Only pages that exist are listed; each feature declares its entries next to its routes. */
const NAV_ITEMS: readonly NavItemSpec[] = [
  { to: paths.home, label: messages.nav.overview },
  ...dashboardsNavItems,
  ...activitiesNavItems,
  ...reviewNavItems,
  ...plansNavItems,
  ...reportsNavItems,
  ...importsNavItems,
  ...registriesNavItems,
];

export interface MainNavigationProps {
  onNavigate: () => void;
  items?: readonly NavItemSpec[];
}

export function MainNavigation({ onNavigate, items: allItems = NAV_ITEMS }: MainNavigationProps) {
  const { can } = useSession();
  const { pathname } = useLocation();
  const items = allItems.filter((item) => item.access === undefined || can(item.access));
  const active = activeNavPath(
    items.map((item) => item.to),
    pathname,
  );
  return (
    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <li key={item.to}>
          <NavItem to={item.to} label={item.label} active={item.to === active} onNavigate={onNavigate} />
        </li>
      ))}
    </Stack>
  );
}

/**
 * The entry whose section `pathname` is in: a detail or form page (`/don-vi/12/sua`) lights up its list
 * (`/don-vi`); the most specific entry wins (`/hoat-dong/moi` is "Ghi hoạt động", not "Hoạt động"); the home
 * page only for itself.
 */
export function activeNavPath(entries: readonly string[], pathname: string): string | null {
  let best: string | null = null;
  for (const to of entries) {
    const match = matchPath({ path: to, end: to === paths.home }, pathname);
    if (match && (best === null || to.length > best.length)) best = to;
  }
  return best;
}

interface NavItemProps {
  to: string;
  label: string;
  active: boolean;
  onNavigate: () => void;
}

function NavItem({ to, label, active, onNavigate }: NavItemProps) {
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
      color="gray"
      fw={600}
      className={classes.navLink}
    />
  );
}
