import {
  type Assignment,
  type AssignmentInput,
  AssignmentInputSchema,
  AssignmentPatchSchema,
  AssignmentRole,
  addDays,
  DirectiveKind,
  formatDate,
} from '@danvan/domain';
import { Alert, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DateField } from '@/components/ui/date-field';
import { PageHeader } from '@/components/ui/page-header';
import { vietnameseOptionsFilter } from '@/components/ui/vietnamese-options-filter';
import { registriesMessages } from '@/config/messages/registries';
import { paths } from '@/config/paths';
import { assignmentsResource, useAssignment } from '@/features/registries/api/assignments';
import { useCommuneLookup, useDirectiveLookup, useUnitLookup } from '@/features/registries/api/lookups';
import { assignmentPeriod } from '@/features/registries/components/assignment-parts';
import { type FieldErrors, toId, validateWith } from '@/features/registries/components/form/form-values';
import { RecordFormFrame } from '@/features/registries/components/form/record-form-frame';
import { AdminRecordPage } from '@/features/registries/components/form/registry-form-pages';
import { type RecordForm, useRecordForm } from '@/features/registries/components/form/use-record-form';
import { useReloadableRecord } from '@/features/registries/components/form/use-reloadable-record';
import { enumOptions, recordOptions } from '@/features/registries/components/options';
import { communeName, unitName } from '@/features/registries/components/registry-names';
import { savedState } from '@/features/registries/components/registry-page-parts';
import { ASSIGNMENT_CHANGES } from './assignment-form';

const text = registriesMessages.assignments;
const page = text.reassignPage;
const form = registriesMessages.form;
const notFoundProps = { noun: text.noun, backTo: paths.assignments, backLabel: text.title };

export type ReassignValues = {
  unitId: string | null;
  changeDate: string | null;
  role: string | null;
  directiveId: string | null;
  note: string;
};

/** What one guided action sends: the end of the current assignment, and the assignment that follows it. */
export interface Reassignment {
  end: { validTo: string };
  next: AssignmentInput;
}

const FIELD_LABELS: Record<string, string> = {
  unitId: page.unitId,
  changeDate: page.changeDate,
  validFrom: page.changeDate,
  validTo: page.changeDate,
  role: text.fields.role,
  directiveId: text.fields.directiveId,
  note: text.fields.note,
};

/** The new assignment starts on the change date, so the API's `validFrom` errors belong to that field. */
function fieldOfApiPath(path: string): string {
  return path === 'validFrom' || path === 'validTo' ? 'changeDate' : path;
}

/**
 * Checks a reassignment with the domain's schemas: the new assignment with AssignmentInputSchema, the end
 * of the current one with AssignmentPatchSchema, and that the change comes after the current one began.
 */
export function validateReassignment(current: Assignment, values: ReassignValues) {
  const missing: FieldErrors = {};
  if (!values.unitId) missing.unitId = form.choose;
  if (!values.role) missing.role = form.choose;
  if (!values.directiveId) missing.directiveId = form.choose;
  if (!values.changeDate) missing.changeDate = form.date;
  else if (values.changeDate <= current.validFrom) missing.changeDate = page.tooEarly(formatDate(current.validFrom));
  if (values.unitId === String(current.unitId) && values.role === current.role) missing.unitId = page.sameUnit;

  const next = validateWith(
    AssignmentInputSchema,
    {
      unitId: toId(values.unitId),
      communeId: current.communeId,
      directiveId: toId(values.directiveId),
      role: values.role ?? undefined,
      validFrom: values.changeDate ?? undefined,
      validTo: null,
      note: values.note,
    },
    missing,
  );
  if (!next.ok) {
    // The form's own messages (e.g. "Vui lòng nhập ngày") win over the schema's for the same field.
    const errors: FieldErrors = { ...missing };
    for (const [path, message] of Object.entries(next.errors)) errors[fieldOfApiPath(path)] ??= message;
    return { ok: false as const, errors };
  }
  const end = validateWith(AssignmentPatchSchema, {
    validFrom: current.validFrom,
    validTo: addDays(next.data.validFrom, -1),
  });
  if (!end.ok) return { ok: false as const, errors: { changeDate: Object.values(end.errors)[0] ?? form.date } };
  return { ok: true as const, data: { end: { validTo: addDays(next.data.validFrom, -1) }, next: next.data } };
}

/**
 * Gives a commune to another unit without rewriting history, in one guided action: the current
 * assignment ends the day before the change date, and a new one starts on it. If the new one is refused,
 * the end is taken back, so nothing is left half done.
 */
export function ReassignPage() {
  return (
    <AdminRecordPage useRecord={useAssignment} notFound={notFoundProps}>
      {(assignment) => <ReassignForm assignment={assignment} />}
    </AdminRecordPage>
  );
}

type RollbackOutcome = 'rolledBack' | 'rollbackFailed' | null;

function ReassignForm({ assignment }: { assignment: Assignment }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const record = useReloadableRecord(assignmentsResource, assignment, ASSIGNMENT_CHANGES);
  const [rollback, setRollback] = useState<RollbackOutcome>(null);
  const units = useUnitLookup();
  const communes = useCommuneLookup();
  const current = record.base;
  const unit = unitName(units.data, current.unitId);
  const commune = communeName(communes.data, current.communeId);

  const reassign = useRecordForm({
    draftKey: `assignment:${assignment.id}:reassign`,
    initialValues: {
      unitId: null,
      changeDate: null,
      role: assignment.role,
      directiveId: String(assignment.directiveId),
      note: '',
    } satisfies ReassignValues as ReassignValues,
    validate: (values) => validateReassignment(record.base, values),
    fieldOfApiPath,
    save: async ({ end, next }: Reassignment) => {
      setRollback(null);
      const ended = await assignmentsResource.update(record.base.id, record.base.version, end);
      try {
        return await assignmentsResource.create(next);
      } catch (error) {
        // The new assignment was refused: take the end back, so the commune is not left without its unit.
        try {
          record.setBase(await assignmentsResource.update(ended.id, ended.version, { validTo: null }));
          setRollback('rolledBack');
        } catch {
          record.setBase(ended);
          setRollback('rollbackFailed');
        }
        throw error;
      }
    },
    onSaved: (created) => {
      void assignmentsResource.invalidate(queryClient);
      void navigate(paths.commune(created.communeId), { state: savedState(page.done) });
    },
  });

  const title = text.reassignFor(commune);
  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        crumbs={[
          { label: text.title, to: paths.assignments },
          { label: commune, to: paths.commune(current.communeId) },
        ]}
      />
      <CurrentAssignment assignment={current} unit={unit} commune={commune} />
      {rollback ? (
        <Alert color="orange" variant="light" role="alert" data-testid="reassign-rollback">
          {page[rollback]}
        </Alert>
      ) : null}
      {current.validTo !== null ? (
        // Only an assignment that still holds can be handed over; an ended one is history.
        <Alert color="orange" variant="light" role="status" data-testid="reassign-ended">
          {page.alreadyEnded(formatDate(current.validTo))}
        </Alert>
      ) : (
        <RecordFormFrame
          form={reassign}
          labelOf={(path) => FIELD_LABELS[path] ?? path}
          submitLabel={page.submit}
          cancelTo={paths.commune(current.communeId)}
          onReload={async () => {
            if (await record.reload()) reassign.clearProblem();
          }}
          reloading={record.reloading}
          reloaded={record.reloaded}
          intro={<Text>{page.intro(unit, commune, formatDate(current.validFrom))}</Text>}
          testId="reassign-form"
        >
          <Title order={2} size="h3">
            {page.newHeading}
          </Title>
          <ReassignFields form={reassign} />
        </RecordFormFrame>
      )}
    </Stack>
  );
}

function CurrentAssignment({ assignment, unit, commune }: { assignment: Assignment; unit: string; commune: string }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={page.currentHeading}>
      <Title order={2} size="h3" mb="xs">
        {page.currentHeading}
      </Title>
      <Text fw={600}>
        {unit} — {commune}
      </Text>
      <Text>
        {AssignmentRole.labels[assignment.role]} · {assignmentPeriod(assignment)}
      </Text>
    </Paper>
  );
}

function ReassignFields({ form: f }: { form: RecordForm<ReassignValues> }) {
  const { values, errors, setField, fieldId } = f;
  const units = useUnitLookup();
  const directives = useDirectiveLookup();
  const previousDay = values.changeDate ? formatDate(addDays(values.changeDate, -1)) : null;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          id={fieldId('unitId')}
          label={page.unitId}
          data={recordOptions(units.data?.items, (u) => u.name)}
          value={values.unitId}
          onChange={(value) => setField('unitId', value)}
          error={errors.unitId}
          required
          searchable
          filter={vietnameseOptionsFilter}
          nothingFoundMessage={registriesMessages.units.empty}
        />
        <DateField
          id={fieldId('changeDate')}
          label={page.changeDate}
          description={previousDay ? page.changeDateHint(previousDay) : page.changeDateHintEmpty}
          value={values.changeDate}
          onChange={(value) => setField('changeDate', value)}
          error={errors.changeDate}
          required
        />
        <Select
          id={fieldId('role')}
          label={text.fields.role}
          data={enumOptions(AssignmentRole)}
          value={values.role}
          onChange={(value) => setField('role', value)}
          error={errors.role}
          required
          allowDeselect={false}
        />
        <Select
          id={fieldId('directiveId')}
          label={text.fields.directiveId}
          data={recordOptions(directives.data?.items, (d) => `${DirectiveKind.labels[d.kind]} ${d.code}`)}
          value={values.directiveId}
          onChange={(value) => setField('directiveId', value)}
          error={errors.directiveId}
          required
          allowDeselect={false}
        />
      </SimpleGrid>
      <Textarea
        id={fieldId('note')}
        label={text.fields.note}
        value={values.note}
        onChange={(e) => setField('note', e.currentTarget.value)}
        error={errors.note}
        autosize
        minRows={2}
        maxLength={1000}
      />
    </>
  );
}
