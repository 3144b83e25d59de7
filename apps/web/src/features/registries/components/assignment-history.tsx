import { type Assignment, AssignmentRole, todayInVietnam } from '@danvan/domain';
import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { ErrorState } from '@/components/ui/error-state';
import { ListEmpty } from '@/components/ui/list-filters';
import { registriesMessages } from '@/config/messages/registries';
import { paths } from '@/config/paths';
import { useSession } from '@/features/auth/use-session';
import { useAssignments } from '@/features/registries/api/assignments';
import {
  type CommuneLookup,
  type UnitLookup,
  useCommuneLookup,
  useUnitLookup,
} from '@/features/registries/api/lookups';
import { AssignmentStatusText, assignmentPeriod } from './assignment-parts';
import { assignmentStatus } from './assignment-status';
import classes from './registry.module.css';
import { communeName, unitName } from './registry-names';

const text = registriesMessages.assignments;

/** A history is short (a few reassignments at most); one page of this size holds it. */
const HISTORY_LIMIT = 200;

export type AssignmentScope = { unitId: number } | { communeId: number };

export interface AssignmentHistoryProps {
  scope: AssignmentScope;
  caption: string;
  emptyText: string;
}

interface ColumnContext {
  units: UnitLookup | undefined;
  communes: CommuneLookup | undefined;
  today: string;
  isAdmin: boolean;
}

function columnsFor(scope: AssignmentScope, ctx: ColumnContext): DataTableColumn<Assignment>[] {
  const other: DataTableColumn<Assignment> =
    'unitId' in scope
      ? {
          key: 'commune',
          header: text.fields.communeId,
          rowHeader: true,
          render: (a) => (
            <Anchor component={Link} to={paths.commune(a.communeId)} fw={600}>
              {communeName(ctx.communes, a.communeId)}
            </Anchor>
          ),
        }
      : {
          key: 'unit',
          header: text.fields.unitId,
          rowHeader: true,
          render: (a) => (
            <Anchor component={Link} to={paths.unit(a.unitId)} fw={600}>
              {unitName(ctx.units, a.unitId)}
            </Anchor>
          ),
        };
  const columns: DataTableColumn<Assignment>[] = [
    other,
    { key: 'role', header: text.fields.role, render: (a) => AssignmentRole.labels[a.role] },
    { key: 'period', header: text.columns.period, nowrap: true, render: (a) => assignmentPeriod(a) },
    {
      key: 'status',
      header: text.columns.status,
      nowrap: true,
      render: (a) => <AssignmentStatusText assignment={a} today={ctx.today} />,
    },
  ];
  if (ctx.isAdmin) {
    columns.push({
      key: 'actions',
      header: text.columns.actions,
      nowrap: true,
      render: (a) => <AssignmentActions assignment={a} {...ctx} />,
    });
  }
  return columns;
}

/** Edit and reassign links of one assignment, named with unit and commune so each is clear out of context. */
export function AssignmentActions({
  assignment,
  units,
  communes,
  today,
}: { assignment: Assignment } & Omit<ColumnContext, 'isAdmin'>) {
  const unit = unitName(units, assignment.unitId);
  const commune = communeName(communes, assignment.communeId);
  return (
    <Group gap="md">
      <Anchor
        component={Link}
        to={paths.editAssignment(assignment.id)}
        aria-label={text.edit(unit, commune)}
        className={classes.nowrap}
      >
        {registriesMessages.common.edit}
      </Anchor>
      {assignmentStatus(assignment, today) === 'current' ? (
        <Anchor
          component={Link}
          to={paths.reassign(assignment.id)}
          aria-label={text.reassignFor(commune)}
          className={classes.nowrap}
        >
          {text.reassign}
        </Anchor>
      ) : null}
    </Group>
  );
}

/** Who covered what, now and before: every dated assignment of a unit or of a commune, newest first. */
export function AssignmentHistory({ scope, caption, emptyText }: AssignmentHistoryProps) {
  const assignments = useAssignments({ ...scope, sort: '-validFrom', limit: HISTORY_LIMIT });
  const units = useUnitLookup();
  const communes = useCommuneLookup();
  const { can } = useSession();
  const today = todayInVietnam();

  if (assignments.isError) {
    return (
      <ErrorState
        title={registriesMessages.common.loadError(text.noun)}
        error={assignments.error}
        onRetry={() => assignments.refetch()}
        retrying={assignments.isFetching}
      />
    );
  }
  return (
    <DataTable
      caption={caption}
      columns={columnsFor(scope, { units: units.data, communes: communes.data, today, isAdmin: can('admin') })}
      rows={assignments.data?.items}
      rowKey={(a) => a.id}
      loading={assignments.isPending}
      minWidth={620}
      empty={<ListEmpty message={emptyText} />}
      testId="assignment-history"
    />
  );
}
