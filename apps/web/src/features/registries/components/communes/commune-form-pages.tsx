import { type Commune, CommunePatchSchema } from '@danvan/domain';
import { Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';
import { communesResource, useCommune } from '@/features/registries/api/communes';
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
import { COMMUNE_CHANGES, CommuneFields, communeFormValues, communeLabelOf, validateCommune } from './commune-form';

const text = messages.registries.communes;
const notFoundProps = { noun: text.noun, backTo: paths.communes, backLabel: text.title };

export function CommuneCreatePage() {
  return (
    <AdminOnly>
      <CommuneCreateForm />
    </AdminOnly>
  );
}

function CommuneCreateForm() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useRecordForm({
    draftKey: 'commune:new',
    initialValues: communeFormValues(),
    validate: validateCommune,
    save: (data) => communesResource.create(data),
    onSaved: (commune: Commune) => {
      void communesResource.invalidate(queryClient);
      void navigate(paths.commune(commune.id), { state: savedState(text.form.created) });
    },
  });
  return (
    <Stack gap="lg">
      <PageHeader title={text.form.createTitle} crumbs={[{ label: text.title, to: paths.communes }]} />
      <RecordFormFrame form={form} labelOf={communeLabelOf} cancelTo={paths.communes} testId="commune-form">
        <CommuneFields form={form} />
      </RecordFormFrame>
    </Stack>
  );
}

export function CommuneEditPage() {
  const id = useIdParam();
  return <AdminOnly>{id === null ? <RecordNotFound {...notFoundProps} /> : <CommuneEditLoader id={id} />}</AdminOnly>;
}

function CommuneEditLoader({ id }: { id: number }) {
  const commune = useCommune(id);
  if (commune.isPending) return <DetailSkeleton />;
  if (commune.isError) {
    return (
      <RecordLoadError
        {...notFoundProps}
        error={commune.error}
        onRetry={() => commune.refetch()}
        retrying={commune.isFetching}
      />
    );
  }
  return <CommuneEditForm key={id} commune={commune.data} />;
}

function CommuneEditForm({ commune }: { commune: Commune }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const record = useReloadableRecord(communesResource, commune, COMMUNE_CHANGES);
  const form = useRecordForm({
    draftKey: `commune:${commune.id}`,
    initialValues: communeFormValues(commune),
    validate: (values) => {
      const full = validateCommune(values);
      if (!full.ok) return full;
      return validateWith(CommunePatchSchema, changedFields(full.data, record.base));
    },
    save: (patch) => {
      if (Object.keys(patch).length === 0) throw new NothingToSave();
      return communesResource.update(commune.id, record.base.version, patch);
    },
    onSaved: (saved: Commune) => {
      queryClient.setQueryData(communesResource.keys.detail(saved.id), saved);
      void communesResource.invalidate(queryClient);
      void navigate(paths.commune(saved.id), { state: savedState(text.form.saved) });
    },
  });
  return (
    <Stack gap="lg">
      <PageHeader
        title={text.form.editTitle(commune.name)}
        crumbs={[
          { label: text.title, to: paths.communes },
          { label: commune.name, to: paths.commune(commune.id) },
        ]}
      />
      <RecordFormFrame
        form={form}
        labelOf={communeLabelOf}
        cancelTo={paths.commune(commune.id)}
        onReload={async () => {
          const reloaded = await record.reload((before, after) => {
            const { values, kept } = rebaseValues(form.values, communeFormValues(before), communeFormValues(after));
            form.setValues(values);
            return kept;
          });
          if (reloaded) form.clearProblem();
        }}
        reloading={record.reloading}
        reloaded={record.reloaded}
        testId="commune-form"
      >
        <CommuneFields form={form} communeId={commune.id} />
      </RecordFormFrame>
    </Stack>
  );
}
