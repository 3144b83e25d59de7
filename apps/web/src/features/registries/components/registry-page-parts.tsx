import {
  Alert,
  Button,
  DataList,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
  useMatches,
  VisuallyHidden,
} from '@mantine/core';
import type { FetchQueryOptions, QueryClient, UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { Link, type LoaderFunction, useLocation, useParams } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { messages } from '@/config/messages';
import { registriesMessages } from '@/config/messages/registries';
import { Can } from '@/features/auth/components/can';
import { ApiError } from '@/lib/api-client';

const text = registriesMessages.common;

/** The `:id` of the route as a number, or null when it is not a record id. */
export function useIdParam(): number | null {
  const { id } = useParams();
  return id && /^[1-9]\d{0,15}$/.test(id) ? Number(id) : null;
}

/** Placeholder while a record loads: a heading-sized bar and a few lines, marked busy and announced once. */
export function DetailSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" data-testid="detail-loading">
      <VisuallyHidden role="status">{messages.common.loading}</VisuallyHidden>
      <Skeleton height={36} width="60%" />
      <Skeleton height={18} width="40%" />
      <Skeleton height={160} radius="md" />
    </Stack>
  );
}

export interface RecordNotFoundProps {
  noun: string;
  backTo: string;
  backLabel: string;
}

export function RecordNotFound({ noun, backTo, backLabel }: RecordNotFoundProps) {
  const title = text.notFound(noun);
  return (
    <Stack gap="md" align="flex-start" data-testid="record-not-found">
      <title>{messages.app.pageTitle(title)}</title>
      <Title order={1}>{title}</Title>
      <Text>{messages.errors.byStatus[404]}</Text>
      <Button component={Link} to={backTo} variant="default">
        {backLabel}
      </Button>
    </Stack>
  );
}

export interface RecordLoadErrorProps extends RecordNotFoundProps {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}

/** A record that failed to load: "not found" for a 404, else the reason and a retry. */
export function RecordLoadError({ error, onRetry, retrying, ...notFound }: RecordLoadErrorProps) {
  if (error instanceof ApiError && error.status === 404) return <RecordNotFound {...notFound} />;
  return (
    <Stack gap="md">
      <title>{messages.app.pageTitle(text.loadError(notFound.noun))}</title>
      <Title order={1}>{text.loadError(notFound.noun)}</Title>
      <ErrorState title={text.loadError(notFound.noun)} error={error} onRetry={onRetry} retrying={retrying} />
    </Stack>
  );
}

export interface RecordPageProps<R> {
  useRecord: (id: number) => UseQueryResult<R>;
  notFound: RecordNotFoundProps;
  /** The page once the record is here; mounted anew for another id. */
  children: (record: R) => ReactNode;
}

/**
 * A page about the record of `/…/:id`: "not found" for an id that cannot be one, a skeleton while it
 * loads, the reason and a retry if it fails, then the page itself.
 */
export function RecordPage<R>({ useRecord, notFound, children }: RecordPageProps<R>) {
  const id = useIdParam();
  if (id === null) return <RecordNotFound {...notFound} />;
  return (
    <RecordLoader key={id} id={id} useRecord={useRecord} notFound={notFound}>
      {children}
    </RecordLoader>
  );
}

function RecordLoader<R>({ id, useRecord, notFound, children }: RecordPageProps<R> & { id: number }) {
  const record = useRecord(id);
  if (record.isPending) return <DetailSkeleton />;
  if (record.isError) {
    return (
      <RecordLoadError
        {...notFound}
        error={record.error}
        onRetry={() => record.refetch()}
        retrying={record.isFetching}
      />
    );
  }
  return children(record.data);
}

/** The loader of a detail page: starts reading the record while the page's code arrives. */
export function recordDetailLoader<R, K extends readonly unknown[]>(resource: {
  detailQueryOptions: (id: number) => FetchQueryOptions<R, Error, R, K>;
}) {
  return (queryClient: QueryClient): LoaderFunction =>
    ({ params }) => {
      const id = Number(params.id);
      if (Number.isInteger(id) && id > 0) void queryClient.prefetchQuery(resource.detailQueryOptions(id));
      return null;
    };
}

/** Forms that change the registries: admins only. Others are told why, instead of meeting a 403 on save. */
export function AdminOnly({ children }: { children: ReactNode }) {
  return (
    <Can
      access="admin"
      fallback={
        <Stack gap="md" align="flex-start" data-testid="admin-only">
          <title>{messages.app.pageTitle(text.adminOnlyTitle)}</title>
          <Title order={1}>{text.adminOnlyTitle}</Title>
          <Text>{text.adminOnlyBody}</Text>
        </Stack>
      }
    >
      {children}
    </Can>
  );
}

/** Where a form sends the reader after saving, with what to say there. */
export interface SavedState {
  saved: string;
}

export function savedState(message: string): SavedState {
  return { saved: message };
}

/** "Đã lưu đơn vị.", once, on the page the form went back to. */
export function SavedNotice() {
  const location = useLocation();
  const saved = (location.state as Partial<SavedState> | null)?.saved;
  if (typeof saved !== 'string') return null;
  return (
    <Alert color="green" variant="light" role="status" data-testid="saved-notice">
      {saved}
    </Alert>
  );
}

export interface DetailSectionProps {
  title: string;
  /** Links or buttons next to the heading (e.g. "Phân công thêm xã"). */
  actions?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** A titled part of a detail page: a region named by its h2, so it shows in the landmarks list. */
export function DetailSection({ title, actions, description, children, testId }: DetailSectionProps) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" data-testid={testId}>
      <Group justify="space-between" align="center" gap="sm">
        <Title order={2} id={headingId}>
          {title}
        </Title>
        {actions}
      </Group>
      {description ? <Text c="dimmed">{description}</Text> : null}
      {children}
    </Stack>
  );
}

/** A record's fields as a description list: label beside value on wide screens, above it on a phone. */
export function DetailData({ children, testId }: { children: ReactNode; testId?: string }) {
  const orientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', sm: 'horizontal' });
  return (
    <Paper withBorder p="md" radius="md">
      <DataList orientation={orientation} labelWidth="15rem" withDivider size="md" data-testid={testId}>
        {children}
      </DataList>
    </Paper>
  );
}

export function DataRow({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue data-testid={testId}>{value}</DataList.ItemValue>
    </DataList.Item>
  );
}
