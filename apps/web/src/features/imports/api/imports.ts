/**
 * Imports of activities and contributions: the template links, the upload (which answers with the preview's
 * first page), further pages of the preview, and the commit. Every answer is checked against the domain's
 * shapes before a component sees it.
 */
import type { ImportCommitInput, ImportPreview, ImportResult, ImportRowStatus } from '@danvan/domain';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, buildUrl } from '@/lib/api-client';

export const templateUrls = {
  xlsx: buildUrl('/imports/template.xlsx'),
  csv: buildUrl('/imports/template.csv'),
};

export interface PreviewPage {
  page: number;
  /** Only the rows of one status; all when absent. */
  status?: ImportRowStatus;
}

export const PREVIEW_PAGE_SIZE = 50;

export function uploadImport(file: File): Promise<ImportPreview> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiClient.post<ImportPreview>('/imports', { body });
}

export function importPreviewQueryOptions(id: string, { page, status }: PreviewPage) {
  return queryOptions({
    queryKey: ['imports', id, { page, status: status ?? null }],
    queryFn: ({ signal }) =>
      apiClient.get<ImportPreview>(`/imports/${id}`, {
        query: { page, limit: PREVIEW_PAGE_SIZE, status },
        signal,
      }),
  });
}

/** A page of the preview; the first page of all rows comes with the upload and is put in the cache by it. */
export function useImportPreview(id: string | null, page: PreviewPage) {
  return useQuery({
    ...importPreviewQueryOptions(id ?? '', page),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadImport(file),
    onSuccess: (preview) => {
      // The upload's answer is the preview's first page; asked with the page size of the page.
      queryClient.setQueryData(importPreviewQueryOptions(preview.id, { page: 1 }).queryKey, preview);
    },
  });
}

export function commitImport(id: string, input: ImportCommitInput): Promise<ImportResult> {
  return apiClient.post<ImportResult>(`/imports/${id}/commit`, { body: input });
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ImportCommitInput }) => commitImport(id, input),
    onSuccess: () => {
      // New activities change every list and figure.
      void queryClient.invalidateQueries();
    },
  });
}
