/**
 * Evidence photos of an activity: listed, uploaded one by one (multipart `file` and `caption`) once the
 * activity exists, and deleted with the version they were read at.
 */
import type { ActivityPhoto } from '@danvan/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, ifMatch } from '@/lib/api-client';

/** The photos of an activity, oldest first (the API answers `{ items }`). */
export async function getActivityPhotos(
  activityId: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ActivityPhoto[]> {
  const { items } = await apiClient.get<{ items: ActivityPhoto[] }>(`/activities/${activityId}/photos`, {
    ...(signal ? { signal } : {}),
  });
  return items;
}

export function activityPhotosQueryOptions(activityId: number) {
  return queryOptions({
    queryKey: ['activities', 'photos', activityId],
    queryFn: ({ signal }) => getActivityPhotos(activityId, { signal }),
  });
}

export function useActivityPhotos(activityId: number | null) {
  return useQuery({ ...activityPhotosQueryOptions(activityId ?? 0), enabled: activityId !== null });
}

export function uploadPhoto(activityId: number, file: File, caption: string): Promise<ActivityPhoto> {
  const body = new FormData();
  // The caption goes first: a streaming multipart reader sees the fields that come before the file.
  body.append('caption', caption);
  body.append('file', file, file.name);
  return apiClient.post<ActivityPhoto>(`/activities/${activityId}/photos`, { body });
}

export function deletePhoto(photo: Pick<ActivityPhoto, 'id' | 'version'>): Promise<undefined> {
  return apiClient.delete(`/photos/${photo.id}`, { headers: ifMatch(photo.version) });
}

export function useDeletePhoto(activityId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePhoto,
    onSettled: () => queryClient.invalidateQueries({ queryKey: activityPhotosQueryOptions(activityId).queryKey }),
  });
}
