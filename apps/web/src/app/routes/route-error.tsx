import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';
import { describeError } from '@/lib/describe-error';

/** Shown inside the shell when a page fails to load or render; maps the status to a Vietnamese message. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : undefined;
  const { message, detail, status: knownStatus } = describeError(error, status);
  const title = knownStatus === 404 ? messages.notFound.title : messages.routeError.title;

  return (
    <Stack gap="md" align="flex-start" data-testid="route-error">
      <title>{messages.app.pageTitle(title)}</title>
      <Title order={1}>{title}</Title>
      <Text>{message}</Text>
      {detail && detail !== message ? <Text size="sm">{detail}</Text> : null}
      {knownStatus ? (
        <Text size="sm" c="dimmed">
          {messages.errors.statusCode(knownStatus)}
        </Text>
      ) : null}
      <Group>
        <Button onClick={() => window.location.reload()}>{messages.routeError.reload}</Button>
        <Button component={Link} to={paths.home} variant="default" reloadDocument>
          {messages.routeError.backHome}
        </Button>
      </Group>
    </Stack>
  );
}

/** Last resort when the shell itself fails: the same message, in a bare page that still has a main landmark. */
export function RootErrorBoundary() {
  return (
    <Container component="main" size="sm" py="xl">
      <RouteErrorBoundary />
    </Container>
  );
}
