import { ActivityCategory, formatDate, formatMonth, type Plan } from '@danvan/domain';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { readableAlertTitle } from '@/components/ui/alert-styles';
import { AppModal } from '@/components/ui/app-modal';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { ErrorState } from '@/components/ui/error-state';
import { ListEmpty } from '@/components/ui/list-filters';
import { messages } from '@/config/messages';
import { plansMessages } from '@/config/messages/plans';
import { paths } from '@/config/paths';
import { useSession } from '@/features/auth/use-session';
import { PLANS_PAGE_SIZE, usePlans } from '@/features/plans/api/get-plans';
import { useDeletePlan } from '@/features/plans/api/save-plan';
import { isConflict } from '@/features/plans/form-errors';
import type { PlanScope } from '@/features/plans/plan-scope';
import { describeError } from '@/lib/describe-error';
import { byId, useCommuneLookup, useUnitLookup } from '@/lib/lookups';
import classes from './plan-actual.module.css';

const text = plansMessages.plans;

export interface PlansListProps {
  scope: PlanScope;
  page: number;
  onPageChange: (page: number) => void;
}

type Notice = { kind: 'done' | 'failed'; message: string; detail?: string | undefined };

/** The plans behind the table above: each with its edit and delete, for those who may change its unit's plans. */
export function PlansList({ scope, page, onPageChange }: PlansListProps) {
  const plans = usePlans(scope, page);
  const units = useUnitLookup();
  const communes = useCommuneLookup();
  const unitsById = useMemo(() => byId(units.data), [units.data]);
  const communesById = useMemo(() => byId(communes.data), [communes.data]);
  const { user, can } = useSession();
  const location = useLocation();
  const remove = useDeletePlan();
  const [removing, setRemoving] = useState<Plan | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const communeName = (id: number) => communesById.get(id)?.name ?? `#${id}`;
  // The unit's own officer, or an admin; a unit-less record is nobody's to change but the admin's.
  const mayChange = (plan: Plan) => user?.role === 'admin' || (can('write') && plan.unitId === user?.unitId);
  const back = { from: `${location.pathname}${location.search}` };

  const columns: DataTableColumn<Plan>[] = [
    {
      key: 'month',
      header: text.columns.month,
      rowHeader: true,
      render: (p) => <span className={classes.nowrap}>{formatMonth(p.month)}</span>,
    },
    ...(scope.unitId === undefined
      ? [
          {
            key: 'unit',
            header: text.columns.unit,
            render: (p: Plan) => unitsById.get(p.unitId)?.name ?? `#${p.unitId}`,
          },
        ]
      : []),
    { key: 'commune', header: text.columns.commune, render: (p) => communeName(p.communeId) },
    {
      key: 'plannedDate',
      header: text.columns.plannedDate,
      render: (p) => (
        <span className={classes.nowrap}>{p.plannedDate ? formatDate(p.plannedDate) : text.noPlannedDate}</span>
      ),
    },
    {
      key: 'content',
      header: text.columns.content,
      render: (p) => (
        <>
          <Text size="sm">{p.content}</Text>
          {p.categories.length > 0 ? (
            <Text size="xs" c="dimmed">
              {p.categories.map((c) => ActivityCategory.labels[c]).join('; ')}
            </Text>
          ) : null}
        </>
      ),
    },
    {
      key: 'actions',
      header: text.columns.actions,
      render: (p) =>
        mayChange(p) ? (
          <Group gap="xs" wrap="nowrap">
            <Button
              component={Link}
              to={paths.editPlan(p.id)}
              state={back}
              size="xs"
              variant="default"
              aria-label={text.editOne(p.content)}
            >
              {text.edit}
            </Button>
            <Button
              size="xs"
              variant="default"
              color="nationalRed"
              onClick={() => {
                setNotice(null);
                setRemoving(p);
              }}
              aria-label={text.removeOne(p.content)}
            >
              {text.remove}
            </Button>
          </Group>
        ) : (
          messages.common.noValue
        ),
    },
  ];

  function confirmRemove() {
    if (!removing) return;
    const plan = removing;
    remove.mutate(
      { id: plan.id, version: plan.version },
      {
        onSuccess: () => setNotice({ kind: 'done', message: text.removed }),
        onError: (error) => {
          const described = describeError(error);
          setNotice({
            kind: 'failed',
            message: isConflict(error) ? text.changedByOthers : described.message,
            detail: isConflict(error) ? undefined : described.detail,
          });
        },
        onSettled: () => setRemoving(null),
      },
    );
  }

  if (plans.isError) {
    return (
      <ErrorState
        title={text.loadError}
        error={plans.error}
        onRetry={() => plans.refetch()}
        retrying={plans.isFetching}
      />
    );
  }

  return (
    <Stack gap="sm">
      {notice ? (
        <Alert
          styles={readableAlertTitle}
          color={notice.kind === 'done' ? 'teal' : 'nationalRed'}
          variant="light"
          role={notice.kind === 'done' ? 'status' : 'alert'}
          title={notice.kind === 'failed' ? text.removeFailed : undefined}
          withCloseButton
          closeButtonLabel={plansMessages.closeNotice}
          onClose={() => setNotice(null)}
        >
          {notice.message}
          {notice.detail ? <Text size="sm">{notice.detail}</Text> : null}
        </Alert>
      ) : null}
      <DataTable
        caption={text.listCaption(`${formatMonth(scope.fromMonth)} – ${formatMonth(scope.toMonth)}`)}
        columns={columns}
        rows={plans.data?.items}
        rowKey={(p) => p.id}
        loading={plans.isPending}
        updating={plans.isPlaceholderData}
        minWidth={720}
        empty={<ListEmpty message={text.empty} />}
        testId="plans-list"
        pagination={
          plans.data
            ? {
                page,
                pages: plans.data.pages,
                total: plans.data.total,
                limit: plans.data.limit || PLANS_PAGE_SIZE,
                onPageChange,
              }
            : undefined
        }
      />
      <AppModal opened={removing !== null} onClose={() => setRemoving(null)} title={text.removeConfirm.title} centered>
        {removing ? (
          <Stack gap="md">
            <Text>{text.removeConfirm.body(formatMonth(removing.month), communeName(removing.communeId))}</Text>
            <Text size="sm" c="dimmed">
              {removing.content}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                {text.removeConfirm.cancel}
              </Button>
              <Button color="nationalRed" loading={remove.isPending} onClick={confirmRemove} data-autofocus>
                {text.removeConfirm.confirm}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </AppModal>
    </Stack>
  );
}
