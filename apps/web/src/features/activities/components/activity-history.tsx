import { AuditAction, type AuditEntry } from '@danvan/domain';
import { Skeleton, Text, Timeline, VisuallyHidden } from '@mantine/core';
import { ErrorState } from '@/components/ui/error-state';
import { activitiesMessages } from '@/config/messages/activities';
import { useActivityHistory } from '@/features/activities/api/get-activity-history';
import { formatTimestamp } from '@/features/activities/format';

const text = activitiesMessages.detail.history;

/** The reason given with a return, read from the record as it was after the step. */
function returnComment(entry: AuditEntry): string | null {
  if (entry.action !== 'return') return null;
  const comment = entry.after?.reviewComment;
  return typeof comment === 'string' && comment ? comment : null;
}

/** Who did what to the activity and when, oldest first (the audit trail; admins only). */
export function ActivityHistory({ activityId }: { activityId: number }) {
  const history = useActivityHistory(activityId);
  if (history.isPending) {
    return (
      <div aria-busy="true">
        <VisuallyHidden role="status">{text.loading}</VisuallyHidden>
        <Skeleton height={16} width="50%" />
        <Skeleton height={16} width="40%" mt="sm" />
      </div>
    );
  }
  if (history.isError) {
    return (
      <ErrorState
        title={text.loadError}
        error={history.error}
        onRetry={() => history.refetch()}
        retrying={history.isFetching}
      />
    );
  }
  const { entries, total } = history.data;
  if (entries.length === 0) return <Text>{text.empty}</Text>;
  return (
    <>
      <Timeline bulletSize={14} lineWidth={2} active={entries.length - 1} data-testid="activity-history">
        {entries.map((entry) => {
          const comment = returnComment(entry);
          return (
            <Timeline.Item key={entry.id} title={text.entry(AuditAction.labels[entry.action], entry.actorName)}>
              <Text size="sm" c="dimmed">
                <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
              </Text>
              {comment ? (
                <Text size="sm" mt={2}>
                  {text.comment(comment)}
                </Text>
              ) : null}
            </Timeline.Item>
          );
        })}
      </Timeline>
      {total > entries.length ? (
        <Text size="sm" c="dimmed" mt="sm">
          {text.more(total - entries.length)}
        </Text>
      ) : null}
    </>
  );
}
