import { Role } from '@danvan/domain';
import { Button, Group, Stack, Text } from '@mantine/core';
import { messages } from '@/config/messages';
import { useLogout } from '@/features/auth/api/logout';
import { useSession } from '@/features/auth/use-session';
import classes from './current-user.module.css';

const text = messages.auth.user;

export interface CurrentUserProps {
  /** `inline` for the header on wide screens, `stacked` for the navigation drawer on phones. */
  layout: 'inline' | 'stacked';
}

/** Who is signed in (name, role, and unit for a unit officer) and the way to sign out. */
export function CurrentUser({ layout }: CurrentUserProps) {
  const { user } = useSession();
  const logout = useLogout();
  if (!user) return null;

  const role = Role.labels[user.role];
  const details = user.role === 'unit_officer' && user.unitName ? `${role} · ${user.unitName}` : role;
  const Container = layout === 'inline' ? Group : Stack;

  return (
    <Container gap="sm" wrap="nowrap" align={layout === 'inline' ? 'center' : 'stretch'} data-testid="current-user">
      <div className={classes.who} title={layout === 'inline' ? `${user.fullName} — ${details}` : undefined}>
        {layout === 'stacked' ? (
          <Text component="p" className={classes.label}>
            {text.signedInAs}
          </Text>
        ) : null}
        <Text component="p" className={classes.name} truncate={layout === 'inline' ? 'end' : undefined}>
          {user.fullName}
        </Text>
        <Text component="p" className={classes.details} truncate={layout === 'inline' ? 'end' : undefined}>
          {details}
        </Text>
      </div>
      <Button
        variant="default"
        size={layout === 'inline' ? 'sm' : 'md'}
        onClick={() => logout.mutate()}
        loading={logout.isPending}
        className={classes.logout}
      >
        {text.logout}
      </Button>
      {logout.isError ? (
        <Text role="alert" size="sm" className={classes.error}>
          {text.logoutFailed}
        </Text>
      ) : null}
    </Container>
  );
}
