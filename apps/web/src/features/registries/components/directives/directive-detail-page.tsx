import { type Directive, DirectiveKind, formatDate, formatInteger, type Norm, NormKind } from '@danvan/domain';
import { Anchor, Button, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { ErrorState } from '@/components/ui/error-state';
import { ListEmpty } from '@/components/ui/list-filters';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/config/messages';
import { registriesMessages } from '@/config/messages/registries';
import { paths } from '@/config/paths';
import { Can } from '@/features/auth/components/can';
import { useAssignments } from '@/features/registries/api/assignments';
import { directivesResource, useDirective, useDirectives } from '@/features/registries/api/directives';
import classes from '@/features/registries/components/registry.module.css';
import {
  DataRow,
  DetailData,
  DetailSection,
  RecordPage,
  recordDetailLoader,
  SavedNotice,
} from '@/features/registries/components/registry-page-parts';

const text = registriesMessages.directives;

export const directiveDetailLoader = recordDetailLoader(directivesResource);

const notFoundProps = { noun: text.noun, backTo: paths.directives, backLabel: text.title };

/** One directive: its data and norms, the document it implements, and the documents that implement it. */
export function DirectiveDetailPage() {
  return (
    <RecordPage useRecord={useDirective} notFound={notFoundProps}>
      {(directive) => <DirectiveDetail directive={directive} />}
    </RecordPage>
  );
}

export function directiveHeading(directive: Pick<Directive, 'kind' | 'code'>): string {
  return `${DirectiveKind.labels[directive.kind]} ${directive.code}`;
}

function DirectiveDetail({ directive: data }: { directive: Directive }) {
  const id = data.id;
  return (
    <Stack gap="xl">
      <PageHeader
        title={directiveHeading(data)}
        crumbs={[{ label: text.title, to: paths.directives }]}
        description={data.title}
        actions={
          <Can access="admin">
            <Button component={Link} to={paths.editDirective(id)}>
              {registriesMessages.common.edit}
            </Button>
          </Can>
        }
      />
      <SavedNotice />
      <DetailSection title={text.detail.dataHeading}>
        <DetailData testId="directive-data">
          <DataRow label={text.fields.code} value={data.code} />
          <DataRow label={text.fields.kind} value={DirectiveKind.labels[data.kind]} />
          <DataRow label={text.fields.issuer} value={data.issuer} />
          <DataRow label={text.fields.issuedOn} value={formatDate(data.issuedOn)} />
          <DataRow label={text.fields.title} value={data.title} />
          <DataRow
            label={text.fields.summary}
            value={<span className={classes.longText}>{data.summary || messages.common.noValue}</span>}
          />
        </DetailData>
      </DetailSection>
      <DetailSection title={text.detail.normsHeading}>
        <NormsTable norms={data.norms} />
      </DetailSection>
      <DetailSection title={text.detail.parentHeading}>
        <ParentDirective parentId={data.parentId} />
      </DetailSection>
      <DetailSection title={text.detail.childrenHeading}>
        <ImplementingDirectives id={id} />
      </DetailSection>
      <DetailSection title={text.detail.assignmentsHeading}>
        <DirectiveAssignments id={id} />
      </DetailSection>
    </Stack>
  );
}

function NormsTable({ norms }: { norms: readonly Norm[] }) {
  if (norms.length === 0) return <Text>{text.detail.noNorms}</Text>;
  return (
    <Table.ScrollContainer minWidth={280}>
      <Table captionSide="top" withTableBorder striped verticalSpacing="sm" className={classes.table}>
        <Table.Caption className={classes.caption}>{text.detail.normsCaption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{text.detail.normKind}</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {text.detail.normValue}
            </Table.Th>
            <Table.Th scope="col">{text.detail.normNote}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {norms.map((norm, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: norms have no id; their order is their identity
            <Table.Tr key={index} data-testid="norm-row">
              <Table.Th scope="row" fw={500}>
                {NormKind.labels[norm.kind]}
              </Table.Th>
              <Table.Td className={classes.number}>{formatInteger(norm.value)}</Table.Td>
              <Table.Td>{norm.note || messages.common.noValue}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ParentDirective({ parentId }: { parentId: number | null }) {
  if (parentId === null) return <Text>{text.detail.noParentText}</Text>;
  return <DirectiveCard id={parentId} />;
}

function DirectiveCard({ id }: { id: number }) {
  const parent = useDirective(id);
  if (parent.isPending) return <Skeleton height={72} radius="md" />;
  if (parent.isError) {
    return (
      <ErrorState
        title={registriesMessages.common.loadError(text.noun)}
        error={parent.error}
        onRetry={() => parent.refetch()}
        retrying={parent.isFetching}
      />
    );
  }
  return (
    <Paper withBorder p="md" radius="md" data-testid="parent-directive">
      <Anchor component={Link} to={paths.directive(id)} fw={700} size="lg">
        {directiveHeading(parent.data)}
      </Anchor>
      <Text>{parent.data.title}</Text>
      <Text size="sm" c="dimmed">
        {parent.data.issuer} · {formatDate(parent.data.issuedOn)}
      </Text>
    </Paper>
  );
}

const CHILD_COLUMNS: DataTableColumn<Directive>[] = [
  {
    key: 'code',
    header: text.fields.code,
    rowHeader: true,
    render: (d) => (
      <Anchor component={Link} to={paths.directive(d.id)} fw={600}>
        {directiveHeading(d)}
      </Anchor>
    ),
  },
  { key: 'title', header: text.fields.title, render: (d) => d.title },
  { key: 'issuedOn', header: text.fields.issuedOn, render: (d) => formatDate(d.issuedOn) },
];

function ImplementingDirectives({ id }: { id: number }) {
  const children = useDirectives({ parentId: id, sort: '-issuedOn', limit: 100 });
  if (children.isError) {
    return (
      <ErrorState
        title={registriesMessages.common.loadError(text.noun)}
        error={children.error}
        onRetry={() => children.refetch()}
        retrying={children.isFetching}
      />
    );
  }
  return (
    <DataTable
      caption={text.detail.childrenCaption}
      columns={CHILD_COLUMNS}
      rows={children.data?.items}
      rowKey={(d) => d.id}
      loading={children.isPending}
      minWidth={560}
      empty={<ListEmpty message={text.detail.noChildren} />}
      testId="implementing-directives"
    />
  );
}

function DirectiveAssignments({ id }: { id: number }) {
  const assignments = useAssignments({ directiveId: id, limit: 1 });
  if (assignments.isPending) return <Skeleton height={40} />;
  if (assignments.isError) {
    return (
      <ErrorState
        title={registriesMessages.common.loadError(registriesMessages.assignments.noun)}
        error={assignments.error}
        onRetry={() => assignments.refetch()}
        retrying={assignments.isFetching}
      />
    );
  }
  return (
    <Stack gap="xs" align="flex-start">
      <Text>{text.detail.assignmentsCount(formatInteger(assignments.data.total))}</Text>
      {assignments.data.total > 0 ? (
        <Anchor component={Link} to={`${paths.assignments}?directiveId=${id}`}>
          {text.detail.viewAssignments}
        </Anchor>
      ) : null}
    </Stack>
  );
}
