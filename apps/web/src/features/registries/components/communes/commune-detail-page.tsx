import {
  AreaClass,
  type Commune,
  CommuneKind,
  daysBetween,
  formatDate,
  formatInteger,
  formatNumber,
  NtmStatus,
  type Period,
} from '@danvan/domain';
import { Alert, Anchor, Button, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { registriesMessages } from '@/config/messages/registries';
import { paths } from '@/config/paths';
import { Can } from '@/features/auth/components/can';
import { communesResource, useCommune } from '@/features/registries/api/communes';
import { useCommuneLookup } from '@/features/registries/api/lookups';
import { useLastVisit } from '@/features/registries/api/related-activities';
import { AssignmentHistory } from '@/features/registries/components/assignment-history';
import { RegistryFigures } from '@/features/registries/components/registry-figures';
import { communeName } from '@/features/registries/components/registry-names';
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

const text = registriesMessages.communes;
const common = registriesMessages.common;

export const communeDetailLoader = recordDetailLoader(communesResource);

const notFoundProps = { noun: text.noun, backTo: paths.communes, backLabel: text.title };

/** One commune: its data, the units that cover and covered it, its last visit, activities and figures. */
export function CommuneDetailPage() {
  return (
    <RecordPage useRecord={useCommune} notFound={notFoundProps}>
      {(commune) => <CommuneDetail commune={commune} />}
    </RecordPage>
  );
}

function CommuneDetail({ commune: data }: { commune: Commune }) {
  const id = data.id;
  const { period, invalid } = usePeriod();
  return (
    <Stack gap="xl">
      <PageHeader
        title={data.name}
        crumbs={[{ label: text.title, to: paths.communes }]}
        description={`${data.district} · ${AreaClass.labels[data.areaClass]}${data.remote ? ` · ${text.remoteBadge}` : ''}`}
        actions={
          <Can access="admin">
            <Button component={Link} to={paths.editCommune(id)}>
              {common.edit}
            </Button>
          </Can>
        }
      />
      <SavedNotice />
      <DetailSection title={text.detail.lastVisitHeading}>
        <LastVisit communeId={id} period={period} />
      </DetailSection>
      <DetailSection title={text.detail.dataHeading}>
        <CommuneData commune={data} />
      </DetailSection>
      <DetailSection
        title={text.detail.unitsHeading}
        actions={
          <Can access="admin">
            <Button component={Link} to={`${paths.newAssignment}?communeId=${id}`} variant="default" size="sm">
              {text.detail.addAssignment}
            </Button>
          </Can>
        }
      >
        <AssignmentHistory
          scope={{ communeId: id }}
          caption={text.detail.unitsCaption}
          emptyText={text.detail.noUnits}
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
        <RegistryFigures scope={{ communeId: id }} period={period} />
      </DetailSection>
      <DetailSection title={text.detail.activitiesHeading}>
        <RelatedActivities owner={{ communeId: id }} caption={text.detail.activitiesCaption} />
      </DetailSection>
    </Stack>
  );
}

/** Days from the last approved activity at the commune to the end of the period (as the overview counts them). */
function LastVisit({ communeId, period }: { communeId: number; period: Period }) {
  const last = useLastVisit(communeId, period);
  if (last.isPending) return <Skeleton height={56} radius="md" />;
  if (last.isError) {
    return (
      <ErrorState
        title={registriesMessages.activities.loadError}
        error={last.error}
        onRetry={() => last.refetch()}
        retrying={last.isFetching}
      />
    );
  }
  const activity = last.data.items[0];
  const asOf = formatDate(period.to);
  const days = activity ? daysBetween(activity.startDate, period.to) : null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="last-visit">
      <Text size="lg" fw={600}>
        {activity === undefined || days === null
          ? text.detail.neverVisited(asOf)
          : days === 0
            ? text.detail.lastVisitSameDay(formatDate(activity.startDate))
            : text.detail.lastVisit(formatDate(activity.startDate), formatInteger(days), asOf)}
      </Text>
      {activity ? <Text c="dimmed">{activity.title}</Text> : null}
    </Paper>
  );
}

function CommuneData({ commune }: { commune: Commune }) {
  const fields = text.fields;
  const lookup = useCommuneLookup();
  return (
    <DetailData testId="commune-data">
      <DataRow label={fields.code} value={commune.code} />
      <DataRow label={fields.name} value={commune.name} />
      <DataRow label={fields.kind} value={CommuneKind.labels[commune.kind]} />
      <DataRow label={fields.district} value={commune.district} />
      <DataRow label={fields.areaClass} value={AreaClass.labels[commune.areaClass]} />
      <DataRow label={fields.remote} value={commune.remote ? common.yes : common.no} />
      <DataRow label={fields.ntmStatus} value={NtmStatus.labels[commune.ntmStatus]} />
      <DataRow label={fields.distanceKm} value={text.km(formatNumber(commune.distanceKm))} />
      <DataRow label={fields.population} value={formatInteger(commune.population)} />
      <DataRow label={fields.households} value={formatInteger(commune.households)} />
      <DataRow label={fields.poorHouseholds} value={formatInteger(commune.poorHouseholds)} />
      <DataRow label={fields.validFrom} value={formatDate(commune.validFrom)} />
      <DataRow label={fields.validTo} value={commune.validTo ? formatDate(commune.validTo) : common.open} />
      {commune.successorId ? (
        <DataRow
          label={text.detail.successor}
          value={
            <Anchor component={Link} to={paths.commune(commune.successorId)}>
              {communeName(lookup.data, commune.successorId)}
            </Anchor>
          }
        />
      ) : null}
    </DetailData>
  );
}
