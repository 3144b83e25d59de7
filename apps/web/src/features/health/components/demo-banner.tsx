import { Alert, Button, Text } from '@mantine/core';
import { messages } from '@/config/messages';
import { useHealth } from '@/features/health/api/get-health';
import classes from './demo-banner.module.css';

/**
 * Says, on every page, when the figures come from the illustrative dataset, and warns when the server
 * cannot vouch for its database. Shows nothing while the check is under way or when all is normal.
 */
export function DemoBanner() {
  const health = useHealth();

  if (health.isError) {
    return (
      <Alert
        color="yellow"
        variant="light"
        title={messages.demo.healthErrorTitle}
        role="status"
        classNames={{ title: classes.title }}
      >
        <Button variant="default" size="xs" onClick={() => health.refetch()} loading={health.isFetching}>
          {messages.common.retry}
        </Button>
      </Alert>
    );
  }
  if (!health.data) return null;

  return (
    <>
      {health.data.database.ok ? null : (
        <Alert
          color="yellow"
          variant="light"
          title={messages.demo.databaseDownTitle}
          role="status"
          classNames={{ title: classes.title }}
        >
          <Text size="sm">{messages.demo.databaseDownBody}</Text>
        </Alert>
      )}
      {health.data.demo ? (
        <Alert
          color="yellow"
          variant="light"
          title={messages.demo.title}
          role="note"
          data-testid="demo-banner"
          classNames={{ root: classes.demoBanner, title: classes.title }}
        >
          <Text size="sm">{messages.demo.body}</Text>
        </Alert>
      ) : null}
    </>
  );
}
