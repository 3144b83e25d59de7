import { type Assignment, AssignmentPatchSchema } from '@danvan/domain';
import { Alert, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';
import { assignmentsResource, useAssignment } from '@/features/registries/api/assignments';
import { changedFields, rebaseValues, validateWith } from '@/features/registries/components/form/form-values';
import { RecordFormFrame } from '@/features/registries/components/form/record-form-frame';
import { NothingToSave, useRecordForm } from '@/features/registries/components/form/use-record-form';
import { useReloadableRecord } from '@/features/registries/components/form/use-reloadable-record';
import {
  AdminOnly,
  DetailSkeleton,
  RecordLoadError,
  RecordNotFound,
  savedState,
  useIdParam,
} from '@/features/registries/components/registry-page-parts';
import {
  ASSIGNMENT_CHANGES,
  AssignmentFields,
  assignmentFormValues,
  assignmentLabelOf,
  validateAssignment,
} from './assignment-form';

const text = messages.registries.assignments;
const notFoundProps = { noun: text.noun, backTo: paths.assignments, backLabel: text.title };

function idFrom(value: string | null): number | undefined {
  return value && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : undefined;
}

/** `/phan-cong/moi?unitId=3` or `?communeId=9`: the unit or commune page the reader came from is filled in. */
export function AssignmentCreatePage() {
  const [searchParams] = useSearchParams();
  const unitId = idFrom(searchParams.get('unitId'));
  const communeId = idFrom(searchParams.get('communeId'));
  return (
    <AdminOnly>
      <AssignmentCreateForm key={`${unitId}:${communeId}`} unitId={unitId} communeId={communeId} />
    </AdminOnly>
  );
}

function AssignmentCreateForm({ unitId, communeId }: { unitId: number | undefined; communeId: number | undefined }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useRecordForm({
    draftKey: `assignment:new:${unitId ?? ''}:${communeId ?? ''}`,
    initialValues: assignmentFormValues({
      ...(unitId ? { unitId } : {}),
      ...(communeId ? { communeId } : {}),
    }),
    validate: validateAssignment,
    save: (data) => assignmentsResource.create(data),
    onSaved: (assignment: Assignment) => {
      void assignmentsResource.invalidate(queryClient);
      void navigate(paths.commune(assignment.communeId), { state: savedState(text.form.created) });
    },
  });
  return (
    <Stack gap="lg">
      <PageHeader title={text.form.createTitle} crumbs={[{ label: text.title, to: paths.assignments }]} />
      <RecordFormFrame form={form} labelOf={assignmentLabelOf} cancelTo={paths.assignments} testId="assignment-form">
        <AssignmentFields form={form} />
      </RecordFormFrame>
    </Stack>
  );
}

export function AssignmentEditPage() {
  const id = useIdParam();
  return (
    <AdminOnly>{id === null ? <RecordNotFound {...notFoundProps} /> : <AssignmentEditLoader id={id} />}</AdminOnly>
  );
}

function AssignmentEditLoader({ id }: { id: number }) {
  const assignment = useAssignment(id);
  if (assignment.isPending) return <DetailSkeleton />;
  if (assignment.isError) {
    return (
      <RecordLoadError
        {...notFoundProps}
        error={assignment.error}
        onRetry={() => assignment.refetch()}
        retrying={assignment.isFetching}
      />
    );
  }
  return <AssignmentEditForm key={id} assignment={assignment.data} />;
}

function AssignmentEditForm({ assignment }: { assignment: Assignment }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const record = useReloadableRecord(assignmentsResource, assignment, ASSIGNMENT_CHANGES);
  const form = useRecordForm({
    draftKey: `assignment:${assignment.id}`,
    initialValues: assignmentFormValues(assignment),
    validate: (values) => {
      const full = validateAssignment(values);
      if (!full.ok) return full;
      return validateWith(AssignmentPatchSchema, changedFields(full.data, record.base));
    },
    save: (patch) => {
      if (Object.keys(patch).length === 0) throw new NothingToSave();
      return assignmentsResource.update(assignment.id, record.base.version, patch);
    },
    onSaved: (saved: Assignment) => {
      queryClient.setQueryData(assignmentsResource.keys.detail(saved.id), saved);
      void assignmentsResource.invalidate(queryClient);
      void navigate(paths.commune(saved.communeId), { state: savedState(text.form.saved) });
    },
  });
  return (
    <Stack gap="lg">
      <PageHeader title={text.form.editTitle} crumbs={[{ label: text.title, to: paths.assignments }]} />
      <RecordFormFrame
        form={form}
        labelOf={assignmentLabelOf}
        cancelTo={paths.commune(assignment.communeId)}
        onReload={async () => {
          const reloaded = await record.reload((before, after) => {
            const { values, kept } = rebaseValues(
              form.values,
              assignmentFormValues(before),
              assignmentFormValues(after),
            );
            form.setValues(values);
            return kept;
          });
          if (reloaded) form.clearProblem();
        }}
        reloading={record.reloading}
        reloaded={record.reloaded}
        intro={
          <Alert color="blue" variant="light">
            {text.form.editHint}
          </Alert>
        }
        testId="assignment-form"
      >
        <AssignmentFields form={form} fixedParties />
      </RecordFormFrame>
    </Stack>
  );
}
