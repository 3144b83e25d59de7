import { NavLink, Stack } from '@mantine/core';
import { Link, useMatch } from 'react-router';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';
import type { Access } from '@/features/auth/permissions';
import { useSession } from '@/features/auth/use-session';
import classes from './main-navigation.module.css';
import { activitiesNavItems } from './routes/activities-routes';
import { plansNavItems } from './routes/plans-routes';
import { registriesNavItems } from './routes/registries-routes';
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
  ...activitiesNavItems,
  ...reviewNavItems,
  ...plansNavItems,
  ...registriesNavItems,
];

export interface MainNavigationProps {
  onNavigate: () => void;
  items?: readonly NavItemSpec[];
}

export function MainNavigation({ onNavigate, items: allItems = NAV_ITEMS }: MainNavigationProps) {
  const { can } = useSession();
  const items = allItems.filter((item) => item.access === undefined || can(item.access));
  return (
    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <li key={item.to}>
          <NavItem to={item.to} label={item.label} onNavigate={onNavigate} />
        </li>
      ))}
    </Stack>
  );
}

function NavItem({ to, label, onNavigate }: { to: string; label: string; onNavigate: () => void }) {
  const active = useMatch({ path: to, end: true }) !== null;
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
