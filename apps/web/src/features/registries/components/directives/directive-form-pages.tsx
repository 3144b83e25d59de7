import { type Directive, type DirectiveInput, DirectivePatchSchema } from '@danvan/domain';
import { registriesMessages } from '@/config/messages/registries';
import { paths } from '@/config/paths';
import { directivesResource, useDirective } from '@/features/registries/api/directives';
import {
  RegistryCreatePage,
  RegistryEditPage,
  type RegistryFormSpec,
} from '@/features/registries/components/form/registry-form-pages';
import {
  DIRECTIVE_CHANGES,
  DirectiveFields,
  type DirectiveFormValues,
  directiveFormValues,
  directiveLabelOf,
  validateDirective,
} from './directive-form';

const DIRECTIVE_FORM: RegistryFormSpec<Directive, DirectiveFormValues, DirectiveInput, Partial<DirectiveInput>> = {
  draftName: 'directive',
  resource: directivesResource,
  useRecord: useDirective,
  text: registriesMessages.directives,
  listPath: paths.directives,
  recordPath: paths.directive,
  // A directive goes by its code (02-HD/BDVTU), not by its long title.
  recordLabel: (directive) => directive.code,
  formValues: directiveFormValues,
  validate: validateDirective,
  patchSchema: DirectivePatchSchema,
  changes: DIRECTIVE_CHANGES,
  labelOf: directiveLabelOf,
  testId: 'directive-form',
  // The directive itself is left out of the documents it can implement.
  renderFields: (form, directive) => <DirectiveFields form={form} directiveId={directive?.id} />,
};

export function DirectiveCreatePage() {
  return <RegistryCreatePage spec={DIRECTIVE_FORM} />;
}

export function DirectiveEditPage() {
  return <RegistryEditPage spec={DIRECTIVE_FORM} />;
}
