import { formatDate, formatInteger, type Unit, UnitGroup, UnitKind } from '@danvan/domain';
import { Alert, Button, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { registriesMessages } from '@/config/messages/registries';
import { paths } from '@/config/paths';
import { Can } from '@/features/auth/components/can';
import { unitsResource, useUnit } from '@/features/registries/api/units';
import { AssignmentHistory } from '@/features/registries/components/assignment-history';
import { RegistryFigures } from '@/features/registries/components/registry-figures';
import {
  DataRow,
  DetailData,
  DetailSection,
  RecordPage,
  recordDetailLoader,
  SavedNotice,
} from '@/features/registries/components/registry-page-parts';
import { RelatedActivities } from '@/features/registries/components/related-activities';
import { usePeriod } from '@/hooks/use-period';

const text = registriesMessages.units;
const common = registriesMessages.common;

export const unitDetailLoader = recordDetailLoader(unitsResource);

const notFoundProps = { noun: text.noun, backTo: paths.units, backLabel: text.title };

/** One unit: its data, the communes it covers and covered, its activities and its figures for the period. */
export function UnitDetailPage() {
  return (
    <RecordPage useRecord={useUnit} notFound={notFoundProps}>
      {(unit) => <UnitDetail unit={unit} />}
    </RecordPage>
  );
}

function UnitDetail({ unit: data }: { unit: Unit }) {
  const id = data.id;
  const { period, invalid } = usePeriod();
  return (
    <Stack gap="xl">
      <PageHeader
        title={data.name}
        crumbs={[{ label: text.title, to: paths.units }]}
        description={`${UnitKind.labels[data.kind]} · ${UnitGroup.labels[data.group]}`}
        actions={
          <Can access="admin">
            <Button component={Link} to={paths.editUnit(id)}>
              {common.edit}
            </Button>
          </Can>
        }
      />
      <SavedNotice />
      <DetailSection title={text.detail.dataHeading}>
        <UnitData unit={data} />
      </DetailSection>
      <DetailSection
        title={text.detail.communesHeading}
        actions={
          <Can access="admin">
            <Button component={Link} to={`${paths.newAssignment}?unitId=${id}`} variant="default" size="sm">
              {text.detail.addAssignment}
            </Button>
          </Can>
        }
      >
        <AssignmentHistory
          scope={{ unitId: id }}
          caption={text.detail.communesCaption}
          emptyText={text.detail.noCommunes}
        />
      </DetailSection>
      <DetailSection
        title={text.detail.figuresHeading}
        description={common.period(formatDate(period.from), formatDate(period.to))}
      >
        {invalid ? (
          <Alert color="yellow" variant="light" role="status">
            {common.invalidPeriod}
          </Alert>
        ) : null}
        <RegistryFigures scope={{ unitId: id }} period={period} />
      </DetailSection>
      <DetailSection title={text.detail.activitiesHeading}>
        <RelatedActivities owner={{ unitId: id }} caption={text.detail.activitiesCaption} />
      </DetailSection>
    </Stack>
  );
}

function UnitData({ unit }: { unit: Unit }) {
  const fields = text.fields;
  return (
    <DetailData testId="unit-data">
      <DataRow label={fields.code} value={unit.code} />
      <DataRow label={fields.name} value={unit.name} />
      <DataRow label={fields.kind} value={UnitKind.labels[unit.kind]} />
      <DataRow label={fields.group} value={UnitGroup.labels[unit.group]} />
      <DataRow label={fields.agency} value={unit.agency} />
      <DataRow label={fields.partyMembers} value={formatInteger(unit.partyMembers)} testId="unit-party-members" />
      <DataRow label={fields.staff} value={formatInteger(unit.staff)} testId="unit-staff" />
      <DataRow label={fields.activeFrom} value={formatDate(unit.activeFrom)} />
      <DataRow label={fields.activeTo} value={unit.activeTo ? formatDate(unit.activeTo) : common.open} />
    </DetailData>
  );
}
