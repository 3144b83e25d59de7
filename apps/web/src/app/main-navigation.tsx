import { NavLink, Stack } from '@mantine/core';
import { Link, useMatch } from 'react-router';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';
import classes from './main-navigation.module.css';

/** Only pages that exist are listed; each later feature adds its own entry here. */
const NAV_ITEMS = [{ to: paths.home, label: messages.nav.overview }] as const;

export function MainNavigation({ onNavigate }: { onNavigate: () => void }) {
  return (
    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
      {NAV_ITEMS.map((item) => (
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
