import { formatInteger, type PlanActual } from '@danvan/domain';
import { Alert, Button, Paper, SimpleGrid, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { TablePagination } from '@/components/ui/data-table';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { plansMessages } from '@/config/messages/plans';
import { paths } from '@/config/paths';
import { useSession } from '@/features/auth/use-session';
import { usePlanActual } from '@/features/plans/api/get-plan-actual';
import { PlanActualTable } from '@/features/plans/components/plan-actual-table';
import { PlanScopeFilters } from '@/features/plans/components/plan-scope-filters';
import { PlansList } from '@/features/plans/components/plans-list';
import { useFixedUnit } from '@/features/plans/components/unit-commune-select';
import type { PlanScope } from '@/features/plans/plan-scope';
import { usePlanScope } from '@/features/plans/use-plan-scope';

const text = plansMessages;

/** A message the form left for the list ("Đã lưu kế hoạch."), carried in the navigation state. */
function noticeOf(state: unknown): string | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return typeof notice === 'string' ? notice : null;
}

/** A unit's monthly plans per commune and how they were carried out. */
export function PlansPage() {
  const { scope, invalid, page, placesPage, setScope, setPage, setPlacesPage } = usePlanScope();
  const { can } = useSession();
  const fixedUnit = useFixedUnit();
  const location = useLocation();
  const actualHeadingId = useId();
  const listHeadingId = useId();
  const notice = noticeOf(location.state);

  return (
    <Stack gap="lg">
      <PageHeader
        title={text.plans.title}
        description={text.plans.intro}
        actions={
          can('write') ? (
            <Button
              component={Link}
              to={`${paths.newPlan}${location.search}`}
              state={{ from: `${location.pathname}${location.search}` }}
            >
              {text.plans.add}
            </Button>
          ) : null
        }
      />
      {notice ? (
        <Alert color="teal" variant="light" role="status" data-testid="plans-notice">
          {notice}
        </Alert>
      ) : null}
      {invalid ? (
        <Alert color="yellow" variant="light" role="status">
          {text.period.invalid}
        </Alert>
      ) : null}
      <PlanScopeFilters scope={scope} onChange={setScope} fixedUnit={fixedUnit} />
      <section aria-labelledby={actualHeadingId}>
        <Title order={2} id={actualHeadingId} mb="sm">
          {text.planActual.heading}
        </Title>
        <PlanActualSection scope={scope} page={placesPage} onPageChange={setPlacesPage} />
      </section>
      <section aria-labelledby={listHeadingId}>
        <Title order={2} id={listHeadingId} mb="sm">
          {text.plans.listHeading}
        </Title>
        <PlansList scope={scope} page={page} onPageChange={setPage} />
      </section>
    </Stack>
  );
}

function PlanActualSection({
  scope,
  page,
  onPageChange,
}: {
  scope: PlanScope;
  page: number;
  onPageChange: (page: number) => void;
}) {
  const planActual = usePlanActual(scope, page);
  if (planActual.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" data-testid="plan-actual-loading">
        <VisuallyHidden role="status">{text.planActual.loading}</VisuallyHidden>
        <Skeleton height={90} radius="md" />
        <Skeleton height={200} radius="md" />
      </Stack>
    );
  }
  if (planActual.isError) {
    return (
      <ErrorState
        title={text.planActual.loadError}
        error={planActual.error}
        onRetry={() => planActual.refetch()}
        retrying={planActual.isFetching}
      />
    );
  }
  return (
    <Stack gap="md" aria-busy={planActual.isPlaceholderData || undefined}>
      <PlanActualTotals totals={planActual.data.totals} />
      <PlanActualTable data={planActual.data} showUnit={scope.unitId === undefined} />
      {/* Every unit of a large province is many places: a page of them at a time, the totals being of all. */}
      {planActual.data.pages > 1 ? (
        <TablePagination
          page={planActual.data.page}
          pages={planActual.data.pages}
          total={planActual.data.total}
          limit={planActual.data.limit}
          onPageChange={onPageChange}
          label={text.planActual.pagination}
        />
      ) : null}
      <Text size="sm" c="dimmed">
        {text.planActual.legend}
      </Text>
    </Stack>
  );
}

function PlanActualTotals({ totals }: { totals: PlanActual['totals'] }) {
  const figures = [
    ['planned', totals.planned],
    ['actual', totals.actual],
    ['submitted', totals.submitted],
    ['met', totals.met],
    ['notMet', totals.notMet],
    ['unplanned', totals.unplanned],
  ] as const;
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs" m={0} data-testid="plan-actual-totals">
      {figures.map(([key, value]) => (
        <Paper key={key} withBorder radius="md" px="sm" py="xs">
          <Text component="dt" size="xs" fw={600} c="dimmed">
            {text.planActual.totals[key]}
          </Text>
          <Text component="dd" m={0} fw={700} fz="xl" data-testid={`plan-actual-${key}-value`}>
            {formatInteger(value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
