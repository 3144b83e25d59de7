import { type Commune, type CommuneInput, CommunePatchSchema } from '@danvan/domain';
import { registriesMessages } from '@/config/messages/registries';
import { paths } from '@/config/paths';
import { communesResource, useCommune } from '@/features/registries/api/communes';
import {
  RegistryCreatePage,
  RegistryEditPage,
  type RegistryFormSpec,
} from '@/features/registries/components/form/registry-form-pages';
import {
  COMMUNE_CHANGES,
  CommuneFields,
  type CommuneFormValues,
  communeFormValues,
  communeLabelOf,
  validateCommune,
} from './commune-form';

const COMMUNE_FORM: RegistryFormSpec<Commune, CommuneFormValues, CommuneInput, Partial<CommuneInput>> = {
  draftName: 'commune',
  resource: communesResource,
  useRecord: useCommune,
  text: registriesMessages.communes,
  listPath: paths.communes,
  recordPath: paths.commune,
  recordLabel: (commune) => commune.name,
  formValues: communeFormValues,
  validate: validateCommune,
  patchSchema: CommunePatchSchema,
  changes: COMMUNE_CHANGES,
  labelOf: communeLabelOf,
  testId: 'commune-form',
  // The commune itself is left out of the communes it can be merged into.
  renderFields: (form, commune) => <CommuneFields form={form} communeId={commune?.id} />,
};

export function CommuneCreatePage() {
  return <RegistryCreatePage spec={COMMUNE_FORM} />;
}

export function CommuneEditPage() {
  return <RegistryEditPage spec={COMMUNE_FORM} />;
}
