import { Alert, Skeleton, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '@/components/ui/error-state';
import { type PageCrumb, PageHeader } from '@/components/ui/page-header';
import { messages } from '@/config/messages';
import { useSession } from '@/features/auth/use-session';
import { ApiError } from '@/lib/api-client';

export interface EntryFormPageProps {
  title: string;
  crumbs: readonly PageCrumb[];
  /** Said to those who may only read, in place of the form. */
  readOnly: string;
  children: ReactNode;
}

/** A page with a plan or difficulty form: its header, then the form for those who may write, or why not. */
export function EntryFormPage({ title, crumbs, readOnly, children }: EntryFormPageProps) {
  const { can } = useSession();
  return (
    <Stack gap="lg">
      <PageHeader title={title} crumbs={crumbs} />
      {can('write') ? (
        children
      ) : (
        <Alert color="yellow" variant="light" role="status">
          {readOnly}
        </Alert>
      )}
    </Stack>
  );
}

export interface EntryRecordProps<R> {
  query: UseQueryResult<R>;
  text: { notFound: string; loadError: string };
  /** The edit form, once the record is here. */
  children: (record: R) => ReactNode;
}

/** The record an edit page changes: a placeholder while it loads, "not found" or the reason and a retry. */
export function EntryRecord<R>({ query, text, children }: EntryRecordProps<R>) {
  if (query.isPending) return <Skeleton height={360} radius="md" aria-label={messages.common.loading} />;
  if (query.isError) {
    return query.error instanceof ApiError && query.error.status === 404 ? (
      <Alert color="yellow" variant="light" role="alert">
        {text.notFound}
      </Alert>
    ) : (
      <ErrorState
        title={text.loadError}
        error={query.error}
        onRetry={() => query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return children(query.data);
}
