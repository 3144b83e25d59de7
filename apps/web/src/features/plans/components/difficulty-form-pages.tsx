import { monthOf, todayInVietnam } from '@danvan/domain';
import { Alert, Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';
import { useSession } from '@/features/auth/use-session';
import { useDifficulty } from '@/features/plans/api/get-difficulty';
import { useCreateDifficulty, useUpdateDifficulty } from '@/features/plans/api/save-difficulty';
import {
  DifficultyForm,
  type DifficultyFormValues,
  difficultyFormValues,
} from '@/features/plans/components/difficulty-form';
import { ApiError } from '@/lib/api-client';

const text = messages.plans.difficultyForm;
const crumbs = [{ label: messages.plans.difficulties.title, to: paths.difficulties }];

function listFrom(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith(paths.difficulties) ? from : paths.difficulties;
}

function useFixedUnit() {
  const { user } = useSession();
  return user?.role === 'unit_officer' && user.unitId !== null
    ? { id: user.unitId, name: user.unitName ?? `#${user.unitId}` }
    : null;
}

export function NewDifficultyPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const { can } = useSession();
  const fixedUnit = useFixedUnit();
  const create = useCreateDifficulty();
  const back = listFrom(location.state);
  const today = todayInVietnam();
  // Most difficulties are reported for the month under way.
  const initialValues: DifficultyFormValues = {
    unitId: fixedUnit ? String(fixedUnit.id) : null,
    communeId: null,
    kind: null,
    text: '',
    recommendation: '',
    periodFrom: `${monthOf(today)}-01`,
    periodTo: today,
    status: 'moi',
  };
  return (
    <Stack gap="lg">
      <PageHeader title={text.newTitle} crumbs={crumbs} />
      {can('write') ? (
        <DifficultyForm
          draftKey="difficulty:new"
          initialValues={initialValues}
          fixedUnit={fixedUnit}
          save={(input) => create.mutateAsync(input)}
          onSaved={() => void navigate(back, { state: { notice: text.saved } })}
          onCancel={() => void navigate(back)}
        />
      ) : (
        <Alert color="yellow" variant="light" role="status">
          {text.readOnly}
        </Alert>
      )}
    </Stack>
  );
}

export function EditDifficultyPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const location = useLocation();
  const fixedUnit = useFixedUnit();
  const difficulty = useDifficulty(id);
  const update = useUpdateDifficulty();
  const back = listFrom(location.state);
  const { can } = useSession();

  let body: ReactNode;
  if (!can('write')) {
    body = (
      <Alert color="yellow" variant="light" role="status">
        {text.readOnly}
      </Alert>
    );
  } else if (difficulty.isPending) body = <Skeleton height={420} radius="md" />;
  else if (difficulty.isError) {
    body =
      difficulty.error instanceof ApiError && difficulty.error.status === 404 ? (
        <Alert color="yellow" variant="light" role="alert">
          {text.notFound}
        </Alert>
      ) : (
        <ErrorState
          title={text.loadError}
          error={difficulty.error}
          onRetry={() => difficulty.refetch()}
          retrying={difficulty.isFetching}
        />
      );
  } else {
    const current = difficulty.data;
    body = (
      <DifficultyForm
        draftKey={`difficulty:${id}`}
        initialValues={difficultyFormValues(current)}
        fixedUnit={fixedUnit}
        save={(input) => update.mutateAsync({ id, version: current.version, input })}
        onSaved={() => void navigate(back, { state: { notice: text.saved } })}
        onCancel={() => void navigate(back)}
      />
    );
  }
  return (
    <Stack gap="lg">
      <PageHeader title={text.editTitle} crumbs={crumbs} />
      {body}
    </Stack>
  );
}
