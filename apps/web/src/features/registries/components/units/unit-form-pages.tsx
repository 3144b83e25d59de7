import { type Unit, UnitPatchSchema } from '@danvan/domain';
import { Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';
import { unitsResource, useUnit } from '@/features/registries/api/units';
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
import { UNIT_CHANGES, UnitFields, unitFormValues, unitLabelOf, validateUnit } from './unit-form';

const text = messages.registries.units;
const notFoundProps = { noun: text.noun, backTo: paths.units, backLabel: text.title };

export function UnitCreatePage() {
  return (
    <AdminOnly>
      <UnitCreateForm />
    </AdminOnly>
  );
}

function UnitCreateForm() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useRecordForm({
    draftKey: 'unit:new',
    initialValues: unitFormValues(),
    validate: validateUnit,
    save: (data) => unitsResource.create(data),
    onSaved: (unit: Unit) => {
      void unitsResource.invalidate(queryClient);
      void navigate(paths.unit(unit.id), { state: savedState(text.form.created) });
    },
  });
  return (
    <Stack gap="lg">
      <PageHeader title={text.form.createTitle} crumbs={[{ label: text.title, to: paths.units }]} />
      <RecordFormFrame form={form} labelOf={unitLabelOf} cancelTo={paths.units} testId="unit-form">
        <UnitFields form={form} />
      </RecordFormFrame>
    </Stack>
  );
}

export function UnitEditPage() {
  const id = useIdParam();
  return <AdminOnly>{id === null ? <RecordNotFound {...notFoundProps} /> : <UnitEditLoader id={id} />}</AdminOnly>;
}

function UnitEditLoader({ id }: { id: number }) {
  const unit = useUnit(id);
  if (unit.isPending) return <DetailSkeleton />;
  if (unit.isError) {
    return (
      <RecordLoadError
        {...notFoundProps}
        error={unit.error}
        onRetry={() => unit.refetch()}
        retrying={unit.isFetching}
      />
    );
  }
  // Mounted once the record is here, so the form starts from its values (or from a draft of them).
  return <UnitEditForm key={id} unit={unit.data} />;
}

function UnitEditForm({ unit }: { unit: Unit }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const record = useReloadableRecord(unitsResource, unit, UNIT_CHANGES);
  const form = useRecordForm({
    draftKey: `unit:${unit.id}`,
    initialValues: unitFormValues(unit),
    validate: (values) => {
      const full = validateUnit(values);
      if (!full.ok) return full;
      // Only what changed is sent, checked once more as a patch.
      return validateWith(UnitPatchSchema, changedFields(full.data, record.base));
    },
    save: (patch) => {
      if (Object.keys(patch).length === 0) throw new NothingToSave();
      return unitsResource.update(unit.id, record.base.version, patch);
    },
    onSaved: (saved: Unit) => {
      queryClient.setQueryData(unitsResource.keys.detail(saved.id), saved);
      void unitsResource.invalidate(queryClient);
      void navigate(paths.unit(saved.id), { state: savedState(text.form.saved) });
    },
  });

  return (
    <Stack gap="lg">
      <PageHeader
        title={text.form.editTitle(unit.name)}
        crumbs={[
          { label: text.title, to: paths.units },
          { label: unit.name, to: paths.unit(unit.id) },
        ]}
      />
      <RecordFormFrame
        form={form}
        labelOf={unitLabelOf}
        cancelTo={paths.unit(unit.id)}
        onReload={async () => {
          const reloaded = await record.reload((before, after) => {
            const { values, kept } = rebaseValues(form.values, unitFormValues(before), unitFormValues(after));
            form.setValues(values);
            return kept;
          });
          if (reloaded) form.clearProblem();
        }}
        reloading={record.reloading}
        reloaded={record.reloaded}
        testId="unit-form"
      >
        <UnitFields form={form} />
      </RecordFormFrame>
    </Stack>
  );
}
