import { Box, Burger, Container, Divider, Group, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet } from 'react-router';
import { MainNavigation } from '@/app/main-navigation';
import { SkipLink } from '@/components/ui/skip-link';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';
import { CurrentUser } from '@/features/auth/components/current-user';
import { DemoBanner } from '@/features/health/components/demo-banner';
import classes from './layout.module.css';

const MAIN_ID = 'main-content';
const NAV_ID = 'main-navigation';
/** Below Mantine's `sm` breakpoint (48em) the navigation is a drawer behind the burger. */
const PHONE_QUERY = '(max-width: 47.99em)';

export function AppLayout() {
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const isPhone = useMediaQuery(PHONE_QUERY) ?? false;
  // A closed drawer is only moved off-screen; inert keeps its links out of the tab order too.
  const navHidden = isPhone && !navOpened;

  return (
    <>
      <SkipLink targetId={MAIN_ID}>{messages.layout.skipToContent}</SkipLink>
      {/*
        The header, the navigation and the page in plain CSS (layout.module.css) rather than Mantine's AppShell,
        whose resizable sections and media-query machinery the shell of every page would otherwise load.
      */}
      <header className={classes.header} data-app-shell="header">
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Burger
            opened={navOpened}
            onClick={toggleNav}
            hiddenFrom="sm"
            size="sm"
            aria-label={navOpened ? messages.layout.closeMenu : messages.layout.openMenu}
            aria-expanded={navOpened}
            aria-controls={NAV_ID}
          />
          <Link to={paths.home} className={classes.brand} onClick={closeNav}>
            <Text component="span" className={classes.productName}>
              {messages.app.name}
            </Text>
            <Text component="span" className={classes.committee}>
              {messages.app.committee}
            </Text>
          </Link>
          {/* On phones the signed-in user and the sign-out button live in the navigation drawer instead. */}
          <Box visibleFrom="sm" ml="auto" miw={0}>
            <CurrentUser layout="inline" />
          </Box>
        </Group>
      </header>

      <nav
        id={NAV_ID}
        aria-label={messages.layout.navigationLabel}
        className={classes.navbar}
        data-opened={navOpened || undefined}
        data-app-shell="navbar"
        inert={navHidden}
      >
        <Box hiddenFrom="sm">
          <CurrentUser layout="stacked" />
          <Divider my="sm" />
        </Box>
        <MainNavigation onNavigate={closeNav} />
      </nav>

      <main id={MAIN_ID} tabIndex={-1} className={classes.main} data-app-shell="main">
        <Container size="lg" px={0}>
          <Stack gap="lg">
            <DemoBanner />
            <Outlet />
          </Stack>
        </Container>
      </main>
    </>
  );
}
