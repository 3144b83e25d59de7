import { Stack } from '@mantine/core';
import { type QueryClient, type UseQueryResult, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import {
  AdminOnly,
  RecordPage,
  type RecordPageProps,
  savedState,
} from '@/features/registries/components/registry-page-parts';
import { changedFields, type FormSchema, rebaseValues, type Validation, validateWith } from './form-values';
import { RecordFormFrame, type RecordFormFrameProps } from './record-form-frame';
import { NothingToSave, type RecordForm, useRecordForm } from './use-record-form';
import { type FieldChangeSpec, type ReloadableResource, useReloadableRecord } from './use-reloadable-record';

interface VersionedRecord {
  id: number;
  version: number;
}

/** What registry forms need of a resource; `registryResource` offers all of it. */
export interface EditableResource<R extends VersionedRecord, I, P> extends ReloadableResource<R> {
  create: (input: I) => Promise<R>;
  update: (id: number, version: number, patch: P) => Promise<R>;
  invalidate: (queryClient: QueryClient) => Promise<unknown>;
}

/** A page about a record that only admins may open: its forms. */
export function AdminRecordPage<R>(props: RecordPageProps<R>) {
  return (
    <AdminOnly>
      <RecordPage {...props} />
    </AdminOnly>
  );
}

export interface RecordEditFormOptions<
  R extends VersionedRecord,
  V extends Record<string, unknown>,
  I extends object,
  P extends object,
> {
  resource: EditableResource<R, I, P>;
  record: R;
  /** The fields to compare after a reload, with their labels and how their values read. */
  changes: FieldChangeSpec<R>;
  draftKey: string;
  formValues: (record: R) => V;
  /** The whole record checked with the domain's input schema… */
  validate: (values: V) => Validation<I>;
  /** …and what changed, checked once more as a patch: only that is sent. */
  patchSchema: FormSchema<P>;
  onSaved: (saved: R) => void;
}

/**
 * An edit form of a registry record: the patch of what changed goes with the version read (If-Match); after a
 * 412 the record is read again and the form rebased on it, keeping what the user typed.
 */
export function useRecordEditForm<
  R extends VersionedRecord,
  V extends Record<string, unknown>,
  I extends object,
  P extends object,
>({
  resource,
  record,
  changes,
  draftKey,
  formValues,
  validate,
  patchSchema,
  onSaved,
}: RecordEditFormOptions<R, V, I, P>) {
  const queryClient = useQueryClient();
  const stored = useReloadableRecord(resource, record, changes);
  const form = useRecordForm({
    draftKey,
    initialValues: formValues(record),
    validate: (values: V) => {
      const full = validate(values);
      if (!full.ok) return full;
      return validateWith(patchSchema, changedFields(full.data, stored.base));
    },
    save: (patch: P) => {
      if (Object.keys(patch).length === 0) throw new NothingToSave();
      return resource.update(record.id, stored.base.version, patch);
    },
    onSaved: (saved: R) => {
      queryClient.setQueryData(resource.keys.detail(saved.id), saved);
      void resource.invalidate(queryClient);
      onSaved(saved);
    },
  });
  const reloadProps: Pick<RecordFormFrameProps, 'onReload' | 'reloading' | 'reloaded'> = {
    onReload: async () => {
      const reloaded = await stored.reload((before, after) => {
        const { values, kept } = rebaseValues(form.values, formValues(before), formValues(after));
        form.setValues(values);
        return kept;
      });
      if (reloaded) form.clearProblem();
    },
    reloading: stored.reloading,
    reloaded: stored.reloaded,
  };
  return { form, reloadProps };
}

/** Everything a simple registry (directives, units, communes) tells its create and edit pages. */
export interface RegistryFormSpec<
  R extends VersionedRecord,
  V extends Record<string, unknown>,
  I extends object,
  P extends object,
> {
  /** Names the drafts: `unit:new`, `unit:42`. */
  draftName: string;
  resource: EditableResource<R, I, P>;
  useRecord: (id: number) => UseQueryResult<R>;
  text: {
    noun: string;
    title: string;
    form: { createTitle: string; editTitle: (label: string) => string; created: string; saved: string };
  };
  listPath: string;
  recordPath: (id: number) => string;
  /** How a record is named in the edit page's title and breadcrumbs (a unit's name, a directive's code). */
  recordLabel: (record: R) => string;
  /** The form's values: blank, or those of a record. */
  formValues: (record?: R) => V;
  validate: (values: V) => Validation<I>;
  patchSchema: FormSchema<P>;
  changes: FieldChangeSpec<R>;
  /** The label of a field path, for the error summary. */
  labelOf: (path: string) => string;
  testId: string;
  /** The fields; `record` is the one edited, absent on the create page. */
  renderFields: (form: RecordForm<V>, record: R | undefined) => ReactNode;
}

/** `/…/moi`: a blank form, for admins; after saving, the new record's page says it was added. */
export function RegistryCreatePage<
  R extends VersionedRecord,
  V extends Record<string, unknown>,
  I extends object,
  P extends object,
>({ spec }: { spec: RegistryFormSpec<R, V, I, P> }) {
  return (
    <AdminOnly>
      <RegistryCreateForm spec={spec} />
    </AdminOnly>
  );
}

function RegistryCreateForm<
  R extends VersionedRecord,
  V extends Record<string, unknown>,
  I extends object,
  P extends object,
>({ spec }: { spec: RegistryFormSpec<R, V, I, P> }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useRecordForm({
    draftKey: `${spec.draftName}:new`,
    initialValues: spec.formValues(),
    validate: spec.validate,
    save: (data: I) => spec.resource.create(data),
    onSaved: (created: R) => {
      void spec.resource.invalidate(queryClient);
      void navigate(spec.recordPath(created.id), { state: savedState(spec.text.form.created) });
    },
  });
  return (
    <Stack gap="lg">
      <PageHeader title={spec.text.form.createTitle} crumbs={[{ label: spec.text.title, to: spec.listPath }]} />
      <RecordFormFrame form={form} labelOf={spec.labelOf} cancelTo={spec.listPath} testId={spec.testId}>
        {spec.renderFields(form, undefined)}
      </RecordFormFrame>
    </Stack>
  );
}

/** `/…/:id/sua`: the record's form, for admins; after saving, its page says it was saved. */
export function RegistryEditPage<
  R extends VersionedRecord,
  V extends Record<string, unknown>,
  I extends object,
  P extends object,
>({ spec }: { spec: RegistryFormSpec<R, V, I, P> }) {
  const notFound = { noun: spec.text.noun, backTo: spec.listPath, backLabel: spec.text.title };
  return (
    <AdminRecordPage useRecord={spec.useRecord} notFound={notFound}>
      {(record) => <RegistryEditForm spec={spec} record={record} />}
    </AdminRecordPage>
  );
}

function RegistryEditForm<
  R extends VersionedRecord,
  V extends Record<string, unknown>,
  I extends object,
  P extends object,
>({ spec, record }: { spec: RegistryFormSpec<R, V, I, P>; record: R }) {
  const navigate = useNavigate();
  const { form, reloadProps } = useRecordEditForm({
    resource: spec.resource,
    record,
    changes: spec.changes,
    draftKey: `${spec.draftName}:${record.id}`,
    formValues: spec.formValues,
    validate: spec.validate,
    patchSchema: spec.patchSchema,
    onSaved: (saved) => void navigate(spec.recordPath(saved.id), { state: savedState(spec.text.form.saved) }),
  });
  const label = spec.recordLabel(record);
  return (
    <Stack gap="lg">
      <PageHeader
        title={spec.text.form.editTitle(label)}
        crumbs={[
          { label: spec.text.title, to: spec.listPath },
          { label, to: spec.recordPath(record.id) },
        ]}
      />
      <RecordFormFrame
        form={form}
        labelOf={spec.labelOf}
        cancelTo={spec.recordPath(record.id)}
        {...reloadProps}
        testId={spec.testId}
      >
        {spec.renderFields(form, record)}
      </RecordFormFrame>
    </Stack>
  );
}
