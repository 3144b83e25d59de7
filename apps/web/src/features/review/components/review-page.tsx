import type { Activity } from '@danvan/domain';
import { Alert, Button, EmptyState, Group, Paper, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { AppModal } from '@/components/ui/app-modal';
import { TablePagination } from '@/components/ui/data-table';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { reviewMessages } from '@/config/messages/review';
import { Can } from '@/features/auth/components/can';
import { countText } from '@/features/review/activity-summary';
import { REVIEW_PAGE_SIZE, useReviewInbox } from '@/features/review/api/get-review-inbox';
import { type ReviewAction, useReviewActivities, useReviewActivity } from '@/features/review/api/review-activities';
import { ReturnDialog } from '@/features/review/components/return-dialog';
import { ReviewList } from '@/features/review/components/review-list';
import { type ReviewResultEntry, ReviewResults } from '@/features/review/components/review-results';
import { ApiError } from '@/lib/api-client';
import { describeError } from '@/lib/describe-error';
import { byId, useCommuneLookup, useUnitLookup } from '@/lib/lookups';
import { pageParam } from '@/lib/page-param';

const text = reviewMessages;

/** Why one activity could not be approved or returned, in words for the reviewer. */
function failureText(error: unknown): string {
  if (error instanceof ApiError && error.status === 412) return text.results.changedByOthers;
  const { message, detail } = describeError(error);
  return detail && detail !== message ? `${message} ${detail}` : message;
}

/** The admins' inbox: submitted activities, approved or returned one by one or several at once. */
export function ReviewPage() {
  return (
    <Stack gap="lg">
      <PageHeader title={text.title} description={text.intro} />
      <Can
        access="admin"
        fallback={
          <Alert color="yellow" variant="light" role="status">
            {text.adminOnly}
          </Alert>
        }
      >
        <ReviewInbox />
      </Can>
    </Stack>
  );
}

function ReviewInbox() {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = pageParam(searchParams);
  const inbox = useReviewInbox(page);
  const units = useUnitLookup();
  const communes = useCommuneLookup();
  const unitsById = useMemo(() => byId(units.data), [units.data]);
  const communesById = useMemo(() => byId(communes.data), [communes.data]);

  const bulk = useReviewActivities();
  const single = useReviewActivity();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [results, setResults] = useState<ReviewResultEntry[] | null>(null);
  const [confirmingApproval, setConfirmingApproval] = useState(false);
  const [returning, setReturning] = useState<Activity[]>([]);
  const [returnFailure, setReturnFailure] = useState<string | undefined>();
  const resultsRef = useRef<HTMLDivElement>(null);

  const activities = inbox.data?.items ?? [];

  function setPage(next: number, replace = false) {
    setSearchParams(
      (previous) => {
        const params = new URLSearchParams(previous);
        if (next <= 1) params.delete('page');
        else params.set('page', String(next));
        return params;
      },
      { replace },
    );
  }

  // Only what is on this page can be selected; what left the list (reviewed elsewhere) drops out.
  const selectedHere = activities.filter((a) => selected.has(a.id));
  const busy = bulk.isPending || single.isPending;

  useEffect(() => {
    if (results) resultsRef.current?.focus();
  }, [results]);

  // Everything on a later page was reviewed: go back to the last page that still has some.
  const lastPage = inbox.data?.pages ?? 1;
  const pageEmptied = inbox.isSuccess && !inbox.isPlaceholderData && activities.length === 0 && page > 1;
  useEffect(() => {
    if (pageEmptied) setPage(Math.max(1, lastPage), true);
  });

  function titleOf(id: number, known: readonly Activity[]): string {
    return known.find((a) => a.id === id)?.title ?? text.results.unknownActivity(id);
  }

  /**
   * After several at once, what failed stays selected (to try again) and nothing else; after one from its
   * row, the rest of the selection is left as it was.
   */
  function showResults(entries: ReviewResultEntry[], bulkAction: boolean) {
    setResults(entries);
    const done = new Set(entries.filter((e) => e.ok).map((e) => e.id));
    setSelected((previous) =>
      bulkAction
        ? new Set(entries.filter((e) => !e.ok).map((e) => e.id))
        : new Set([...previous].filter((id) => !done.has(id))),
    );
  }

  function runBulk(action: ReviewAction, targets: readonly Activity[], comment?: string, saved?: () => void) {
    const ids = targets.map((a) => a.id);
    bulk.mutate(
      { ids, action, ...(comment ? { comment } : {}) },
      {
        onSuccess: (outcomes) => {
          saved?.();
          setConfirmingApproval(false);
          setReturning([]);
          showResults(
            outcomes.map((o) => ({ ...o, title: titleOf(o.id, targets), action })),
            true,
          );
        },
        onError: (error) => {
          if (action === 'return') setReturnFailure(failureText(error));
          else {
            setConfirmingApproval(false);
            showResults(
              targets.map((a) => ({ id: a.id, title: a.title, action, ok: false, error: failureText(error) })),
              true,
            );
          }
        },
      },
    );
  }

  function runSingle(action: ReviewAction, activity: Activity, comment?: string, saved?: () => void) {
    single.mutate(
      { action, id: activity.id, version: activity.version, ...(comment ? { comment } : {}) },
      {
        onSuccess: () => {
          saved?.();
          setReturning([]);
          showResults([{ id: activity.id, title: activity.title, action, ok: true }], false);
        },
        onError: (error) => {
          // A refusal of this activity (changed meanwhile, month locked) is a result; a failed request keeps the dialog.
          if (action === 'return' && !(error instanceof ApiError && error.kind === 'http')) {
            setReturnFailure(failureText(error));
            return;
          }
          setReturning([]);
          showResults(
            [{ id: activity.id, title: activity.title, action, ok: false, error: failureText(error) }],
            false,
          );
        },
      },
    );
  }

  function openReturn(targets: Activity[]) {
    setReturnFailure(undefined);
    setReturning(targets);
  }

  if (inbox.isPending) return <InboxSkeleton />;
  if (inbox.isError) {
    return (
      <ErrorState
        title={text.loadError}
        error={inbox.error}
        onRetry={() => inbox.refetch()}
        retrying={inbox.isFetching}
      />
    );
  }

  const { total, pages, limit } = inbox.data;

  return (
    <Stack gap="md">
      {results ? <ReviewResults ref={resultsRef} entries={results} onClose={() => setResults(null)} /> : null}
      {total === 0 ? (
        <EmptyState data-testid="review-empty">
          <EmptyState.Title order={2}>{text.empty.title}</EmptyState.Title>
          <EmptyState.Description>{text.empty.description}</EmptyState.Description>
        </EmptyState>
      ) : (
        <>
          <Paper withBorder radius="md" p="sm">
            <Group justify="space-between" gap="sm">
              <Text fw={600} aria-live="polite" data-testid="review-selection">
                {selectedHere.length > 0 ? text.selected(countText(selectedHere.length)) : text.noneSelected}
              </Text>
              <Group gap="sm">
                <Button disabled={selectedHere.length === 0 || busy} onClick={() => setConfirmingApproval(true)}>
                  {text.approveSelected}
                </Button>
                <Button
                  variant="default"
                  disabled={selectedHere.length === 0 || busy}
                  onClick={() => openReturn(selectedHere)}
                >
                  {text.returnSelected}
                </Button>
              </Group>
            </Group>
          </Paper>
          <Text size="sm" c="dimmed" data-testid="review-total">
            {text.waiting(countText(total))}
          </Text>
          <ReviewList
            activities={activities}
            units={unitsById}
            communes={communesById}
            selected={selected}
            onToggle={(id, checked) =>
              setSelected((previous) => {
                const next = new Set(previous);
                if (checked) next.add(id);
                else next.delete(id);
                return next;
              })
            }
            onToggleAll={(checked) => setSelected(checked ? new Set(activities.map((a) => a.id)) : new Set())}
            onApprove={(activity) => runSingle('approve', activity)}
            onReturn={(activity) => openReturn([activity])}
            pendingId={single.isPending && single.variables?.action === 'approve' ? single.variables.id : undefined}
            busy={busy}
          />
          <TablePagination
            page={page}
            pages={pages}
            total={total}
            limit={limit || REVIEW_PAGE_SIZE}
            onPageChange={(next) => {
              setSelected(new Set());
              setPage(next);
            }}
          />
        </>
      )}

      <AppModal
        opened={confirmingApproval}
        onClose={() => setConfirmingApproval(false)}
        title={text.confirmApprove.title}
        centered
      >
        <Stack gap="md">
          <Text>{text.confirmApprove.body(countText(selectedHere.length))}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingApproval(false)}>
              {text.confirmApprove.cancel}
            </Button>
            <Button loading={bulk.isPending} onClick={() => runBulk('approve', selectedHere)} data-autofocus>
              {text.confirmApprove.confirm}
            </Button>
          </Group>
        </Stack>
      </AppModal>

      <ReturnDialog
        ids={returning.map((a) => a.id)}
        title={returning.length === 1 ? returning[0]?.title : undefined}
        pending={busy}
        failure={returnFailure}
        onCancel={() => setReturning([])}
        onConfirm={(comment, saved) => {
          const [only] = returning;
          if (returning.length === 1 && only) runSingle('return', only, comment, saved);
          else runBulk('return', returning, comment, saved);
        }}
      />
    </Stack>
  );
}

function InboxSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true" data-testid="review-loading">
      <VisuallyHidden role="status">{text.loading}</VisuallyHidden>
      <Skeleton height={56} radius="md" />
      <Skeleton height={160} radius="md" />
      <Skeleton height={160} radius="md" />
    </Stack>
  );
}
