/**
 * Evidence photos of an activity: listed, uploaded one by one (multipart `file` and `caption`) once the
 * activity exists, and deleted with the version they were read at.
 */
import { type ActivityPhoto, ActivityPhotoSchema } from '@danvan/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, ifMatch, noContent, type ResponseSchema } from '@/lib/api-client';

/** The photo list (`{ items }`, oldest first), each photo checked against the domain's shape. */
const PhotoListSchema: ResponseSchema<ActivityPhoto[]> = {
  safeParse(data) {
    const list = (data as { items?: unknown } | null)?.items;
    if (!Array.isArray(list)) return { success: false, error: new Error('expected { items: [...] }') };
    const photos: ActivityPhoto[] = [];
    for (const item of list) {
      const parsed = ActivityPhotoSchema.safeParse(item);
      if (!parsed.success) return { success: false, error: parsed.error };
      photos.push(parsed.data);
    }
    return { success: true, data: photos };
  },
};

export function getActivityPhotos(activityId: number, { signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(`/activities/${activityId}/photos`, {
    schema: PhotoListSchema,
    ...(signal ? { signal } : {}),
  });
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
  return apiClient.post(`/activities/${activityId}/photos`, { schema: ActivityPhotoSchema, body });
}

export function deletePhoto(photo: Pick<ActivityPhoto, 'id' | 'version'>): Promise<undefined> {
  return apiClient.delete(`/photos/${photo.id}`, { schema: noContent, headers: ifMatch(photo.version) });
}

export function useDeletePhoto(activityId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePhoto,
    onSettled: () => queryClient.invalidateQueries({ queryKey: activityPhotosQueryOptions(activityId).queryKey }),
  });
}
