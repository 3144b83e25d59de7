import { type Unit, type UnitInput, UnitPatchSchema } from '@danvan/domain';
import { registriesMessages } from '@/config/messages/registries';
import { paths } from '@/config/paths';
import { unitsResource, useUnit } from '@/features/registries/api/units';
import {
  RegistryCreatePage,
  RegistryEditPage,
  type RegistryFormSpec,
} from '@/features/registries/components/form/registry-form-pages';
import { UNIT_CHANGES, UnitFields, type UnitFormValues, unitFormValues, unitLabelOf, validateUnit } from './unit-form';

const UNIT_FORM: RegistryFormSpec<Unit, UnitFormValues, UnitInput, Partial<UnitInput>> = {
  draftName: 'unit',
  resource: unitsResource,
  useRecord: useUnit,
  text: registriesMessages.units,
  listPath: paths.units,
  recordPath: paths.unit,
  recordLabel: (unit) => unit.name,
  formValues: unitFormValues,
  validate: validateUnit,
  patchSchema: UnitPatchSchema,
  changes: UNIT_CHANGES,
  labelOf: unitLabelOf,
  testId: 'unit-form',
  renderFields: (form) => <UnitFields form={form} />,
};

export function UnitCreatePage() {
  return <RegistryCreatePage spec={UNIT_FORM} />;
}

export function UnitEditPage() {
  return <RegistryEditPage spec={UNIT_FORM} />;
}
