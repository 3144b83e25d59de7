import { Alert, Paper, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { messages } from '@/config/messages';
import { forgetAccountData } from '@/features/auth/account-data';
import { DemoAccounts } from '@/features/auth/components/demo-accounts';
import { LoginForm } from '@/features/auth/components/login-form';
import type { LoginReason } from '@/features/auth/login-path';
import classes from './login-page.module.css';

const text = messages.auth.login;

export interface LoginPageProps {
  /** A same-origin path, already checked, to go to once signed in. */
  next: string;
  /** Why the user is here, when they were signed in a moment ago. */
  reason?: LoginReason | undefined;
  /** The server runs on illustrative data, so its demo accounts can be listed. */
  showDemoAccounts?: boolean;
}

/** The one page outside the session: a single centred card that reads well on a 360 px phone. */
export function LoginPage({ next, reason, showDemoAccounts = false }: LoginPageProps) {
  const queryClient = useQueryClient();
  // Whoever arrives here (signed out, session expired, first visit) has no account data to see.
  useEffect(() => forgetAccountData(queryClient), [queryClient]);

  return (
    <main id="main-content" className={classes.page}>
      <title>{messages.app.pageTitle(text.title)}</title>
      <div className={classes.column}>
        <div className={classes.brand}>
          <p className={classes.productName}>{messages.app.name}</p>
          <p className={classes.committee}>{messages.app.committee}</p>
        </div>
        <Paper withBorder radius="md" p={{ base: 'lg', xs: 'xl' }} className={classes.card}>
          <Title order={1}>{text.title}</Title>
          <Text c="dimmed" mt={4} mb="lg">
            {text.intro}
          </Text>
          {reason === 'expired' ? (
            <Alert
              color="yellow"
              variant="light"
              title={text.sessionExpiredTitle}
              role="status"
              mb="md"
              classNames={{ title: classes.noticeTitle }}
            >
              <Text size="sm">{text.sessionExpiredBody}</Text>
            </Alert>
          ) : null}
          {reason === 'signed-out' ? (
            <Alert color="gray" variant="light" role="status" mb="md" classNames={{ title: classes.noticeTitle }}>
              <Text size="sm">{text.signedOut}</Text>
            </Alert>
          ) : null}
          <LoginForm next={next} />
        </Paper>
        {showDemoAccounts ? <DemoAccounts /> : null}
      </div>
    </main>
  );
}
