import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { messages } from '@/config/messages';
import classes from './page-header.module.css';

export interface PageCrumb {
  label: string;
  to: string;
}

export interface PageHeaderProps {
  title: string;
  /** The browser tab's title when it should differ from the heading (defaults to it). */
  documentTitle?: string;
  description?: ReactNode;
  /** Links back up, e.g. "Đơn vị" above a unit's page. */
  crumbs?: readonly PageCrumb[];
  /** Buttons for the page as a whole (add, edit, download). */
  actions?: ReactNode;
}

/**
 * The top of a page: where it sits, its one h1, and its actions. After an in-app navigation the heading
 * takes the focus, so screen-reader and keyboard users start on the new page instead of on the old link.
 */
export function PageHeader({ title, documentTitle, description, crumbs, actions }: PageHeaderProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  // 'default' is the key of the page the browser opened: nothing to move the focus away from there.
  const navigated = location.key !== 'default';

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when the page (path) changes, not on filter changes
  useEffect(() => {
    if (navigated) headingRef.current?.focus({ preventScroll: false });
  }, [location.pathname]);

  return (
    <Stack gap="xs">
      <title>{messages.app.pageTitle(documentTitle ?? title)}</title>
      {crumbs && crumbs.length > 0 ? (
        <Breadcrumbs
          component="nav"
          aria-label={messages.layout.breadcrumbs}
          separatorMargin={6}
          classNames={{ root: classes.crumbs }}
        >
          {crumbs.map((crumb) => (
            <Anchor key={crumb.to} component={Link} to={crumb.to} size="sm" className={classes.crumb}>
              {crumb.label}
            </Anchor>
          ))}
        </Breadcrumbs>
      ) : null}
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Title order={1} ref={headingRef} tabIndex={-1} className={classes.heading}>
          {title}
        </Title>
        {actions ? (
          <Group gap="sm" wrap="wrap">
            {actions}
          </Group>
        ) : null}
      </Group>
      {description ? (
        <Text size="lg" c="dimmed">
          {description}
        </Text>
      ) : null}
    </Stack>
  );
}
