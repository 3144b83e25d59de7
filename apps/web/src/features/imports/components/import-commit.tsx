import { formatInteger, type ImportedStatus, ImportedStatusCodes, type ImportPreview } from '@danvan/domain';
import { Alert, Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { readableAlertTitle } from '@/components/ui/alert-styles';
import { importsMessages } from '@/config/messages/imports';
import { paths } from '@/config/paths';
import { useSession } from '@/features/auth/use-session';
import { useCommitImport } from '@/features/imports/api/imports';
import { describeError } from '@/lib/describe-error';

const text = importsMessages.commit;

/**
 * The commit: admins choose the status of the imported activities (historical records are approved);
 * a unit officer's go in for review. Everything valid is written at once, or nothing.
 */
export function ImportCommit({ preview, onRestart }: { preview: ImportPreview; onRestart: () => void }) {
  const { user } = useSession();
  const admin = user?.role === 'admin';
  const [status, setStatus] = useState<ImportedStatus>('approved');
  const commit = useCommitImport();
  const { totals } = preview;
  const writes = totals.newActivities + totals.newContributions > 0;
  const failure = commit.error ? describeError(commit.error) : null;
  const result = commit.data;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-commit">
      <Stack gap="sm">
        <Title order={2} size="h3" id="import-commit">
          {text.heading}
        </Title>
        {result ? (
          <Alert color="teal" variant="light" title={text.done} role="status" styles={readableAlertTitle}>
            <Text size="sm">
              {text.result(formatInteger(result.created.activities), formatInteger(result.created.contributions))}
            </Text>
            <Text size="sm">
              {text.skipped(formatInteger(result.skipped.duplicates), formatInteger(result.skipped.errors))}
            </Text>
            <Group mt="sm" gap="sm">
              <Button component={Link} to={paths.activities} variant="filled">
                {text.viewActivities}
              </Button>
              <Button variant="default" onClick={onRestart}>
                {text.another}
              </Button>
            </Group>
          </Alert>
        ) : !writes ? (
          <Alert color="yellow" variant="light" role="status">
            {text.nothing}
          </Alert>
        ) : (
          <>
            {admin ? (
              <Radio.Group label={text.status} value={status} onChange={(value) => setStatus(value as ImportedStatus)}>
                <Stack gap={6} mt={6}>
                  {ImportedStatusCodes.map((code) => (
                    <Radio key={code} value={code} label={text.statuses[code]} />
                  ))}
                </Stack>
              </Radio.Group>
            ) : (
              <Text size="sm">{text.officerNote}</Text>
            )}
            <Text size="sm" c="dimmed">
              {text.allOrNothing}
            </Text>
            <Group>
              <Button
                onClick={() => commit.mutate({ id: preview.id, input: admin ? { status } : {} })}
                loading={commit.isPending}
              >
                {totals.newActivities > 0
                  ? text.submit(formatInteger(totals.newActivities))
                  : text.submitContributions(formatInteger(totals.newContributions))}
              </Button>
            </Group>
            {failure ? (
              <Alert color="nationalRed" variant="light" title={text.failed} role="alert">
                <Text size="sm">{failure.detail ?? failure.message}</Text>
              </Alert>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
