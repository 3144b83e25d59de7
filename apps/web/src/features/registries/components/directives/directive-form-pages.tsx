import { type Directive, DirectivePatchSchema } from '@danvan/domain';
import { Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';
import { directivesResource, useDirective } from '@/features/registries/api/directives';
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
  DIRECTIVE_CHANGES,
  DirectiveFields,
  directiveFormValues,
  directiveLabelOf,
  validateDirective,
} from './directive-form';

const text = messages.registries.directives;
const notFoundProps = { noun: text.noun, backTo: paths.directives, backLabel: text.title };

export function DirectiveCreatePage() {
  return (
    <AdminOnly>
      <DirectiveCreateForm />
    </AdminOnly>
  );
}

function DirectiveCreateForm() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useRecordForm({
    draftKey: 'directive:new',
    initialValues: directiveFormValues(),
    validate: validateDirective,
    save: (data) => directivesResource.create(data),
    onSaved: (directive: Directive) => {
      void directivesResource.invalidate(queryClient);
      void navigate(paths.directive(directive.id), { state: savedState(text.form.created) });
    },
  });
  return (
    <Stack gap="lg">
      <PageHeader title={text.form.createTitle} crumbs={[{ label: text.title, to: paths.directives }]} />
      <RecordFormFrame form={form} labelOf={directiveLabelOf} cancelTo={paths.directives} testId="directive-form">
        <DirectiveFields form={form} />
      </RecordFormFrame>
    </Stack>
  );
}

export function DirectiveEditPage() {
  const id = useIdParam();
  return <AdminOnly>{id === null ? <RecordNotFound {...notFoundProps} /> : <DirectiveEditLoader id={id} />}</AdminOnly>;
}

function DirectiveEditLoader({ id }: { id: number }) {
  const directive = useDirective(id);
  if (directive.isPending) return <DetailSkeleton />;
  if (directive.isError) {
    return (
      <RecordLoadError
        {...notFoundProps}
        error={directive.error}
        onRetry={() => directive.refetch()}
        retrying={directive.isFetching}
      />
    );
  }
  return <DirectiveEditForm key={id} directive={directive.data} />;
}

function DirectiveEditForm({ directive }: { directive: Directive }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const record = useReloadableRecord(directivesResource, directive, DIRECTIVE_CHANGES);
  const form = useRecordForm({
    draftKey: `directive:${directive.id}`,
    initialValues: directiveFormValues(directive),
    validate: (values) => {
      const full = validateDirective(values);
      if (!full.ok) return full;
      return validateWith(DirectivePatchSchema, changedFields(full.data, record.base));
    },
    save: (patch) => {
      if (Object.keys(patch).length === 0) throw new NothingToSave();
      return directivesResource.update(directive.id, record.base.version, patch);
    },
    onSaved: (saved: Directive) => {
      queryClient.setQueryData(directivesResource.keys.detail(saved.id), saved);
      void directivesResource.invalidate(queryClient);
      void navigate(paths.directive(saved.id), { state: savedState(text.form.saved) });
    },
  });
  return (
    <Stack gap="lg">
      <PageHeader
        title={text.form.editTitle(directive.code)}
        crumbs={[
          { label: text.title, to: paths.directives },
          { label: directive.code, to: paths.directive(directive.id) },
        ]}
      />
      <RecordFormFrame
        form={form}
        labelOf={directiveLabelOf}
        cancelTo={paths.directive(directive.id)}
        onReload={async () => {
          const reloaded = await record.reload((before, after) => {
            const { values, kept } = rebaseValues(form.values, directiveFormValues(before), directiveFormValues(after));
            form.setValues(values);
            return kept;
          });
          if (reloaded) form.clearProblem();
        }}
        reloading={record.reloading}
        reloaded={record.reloaded}
        testId="directive-form"
      >
        <DirectiveFields form={form} directiveId={directive.id} />
      </RecordFormFrame>
    </Stack>
  );
}
