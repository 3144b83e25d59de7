import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  return (
    <Stack gap="md" align="flex-start" data-testid="not-found">
      <title>{messages.app.pageTitle(messages.notFound.title)}</title>
      <Title order={1}>{messages.notFound.title}</Title>
      <Text>{messages.notFound.body}</Text>
      <Button component={Link} to={paths.home}>
        {messages.notFound.backHome}
      </Button>
    </Stack>
  );
}
