import { type Assignment, AssignmentPatchSchema } from '@danvan/domain';
import { Alert, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { registriesMessages } from '@/config/messages/registries';
import { paths } from '@/config/paths';
import { assignmentsResource, useAssignment } from '@/features/registries/api/assignments';
import { RecordFormFrame } from '@/features/registries/components/form/record-form-frame';
import { AdminRecordPage, useRecordEditForm } from '@/features/registries/components/form/registry-form-pages';
import { useRecordForm } from '@/features/registries/components/form/use-record-form';
import { AdminOnly, savedState } from '@/features/registries/components/registry-page-parts';
import {
  ASSIGNMENT_CHANGES,
  AssignmentFields,
  assignmentFormValues,
  assignmentLabelOf,
  validateAssignment,
} from './assignment-form';

const text = registriesMessages.assignments;
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
  return (
    <AdminRecordPage useRecord={useAssignment} notFound={notFoundProps}>
      {(assignment) => <AssignmentEditForm assignment={assignment} />}
    </AdminRecordPage>
  );
}

function AssignmentEditForm({ assignment }: { assignment: Assignment }) {
  const navigate = useNavigate();
  const { form, reloadProps } = useRecordEditForm({
    resource: assignmentsResource,
    record: assignment,
    changes: ASSIGNMENT_CHANGES,
    draftKey: `assignment:${assignment.id}`,
    formValues: assignmentFormValues,
    validate: validateAssignment,
    patchSchema: AssignmentPatchSchema,
    onSaved: (saved) => void navigate(paths.commune(saved.communeId), { state: savedState(text.form.saved) }),
  });
  return (
    <Stack gap="lg">
      <PageHeader title={text.form.editTitle} crumbs={[{ label: text.title, to: paths.assignments }]} />
      <RecordFormFrame
        form={form}
        labelOf={assignmentLabelOf}
        cancelTo={paths.commune(assignment.communeId)}
        {...reloadProps}
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
