/** The steps of an activity's life after it is saved: submit, approve, return, delete and restore. */
import type { Activity } from '@danvan/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateActivityRecords } from '@/features/activities/api/activity-cache';
import { activityQueryOptions } from '@/features/activities/api/get-activity';
import { apiClient, ifMatch } from '@/lib/api-client';

export type WorkflowAction = 'submit' | 'approve' | 'return' | 'delete' | 'restore';

export interface WorkflowRequest {
  action: WorkflowAction;
  id: number;
  /** The version the action was decided on; a newer one on the server makes it a 412. */
  version: number;
  /** Required to return an activity. */
  comment?: string;
}

export function submitActivity(id: number, version: number): Promise<Activity> {
  return apiClient.post<Activity>(`/activities/${id}/submit`, { headers: ifMatch(version) });
}

/** Runs the step; the answer is the activity as it is now, or null once it is deleted. */
export async function runWorkflowAction({ action, id, version, comment }: WorkflowRequest): Promise<Activity | null> {
  const headers = ifMatch(version);
  switch (action) {
    case 'submit':
      return submitActivity(id, version);
    case 'approve':
      return apiClient.post<Activity>(`/activities/${id}/approve`, { headers });
    case 'return':
      return apiClient.post<Activity>(`/activities/${id}/return`, { headers, body: { comment } });
    case 'restore':
      return apiClient.post<Activity>(`/activities/${id}/restore`, { headers });
    case 'delete':
      await apiClient.delete(`/activities/${id}`, { headers });
      return null;
  }
}

/** Lists and figures are out of date after any step; the record itself is refreshed from the answer. */
export function useWorkflowAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runWorkflowAction,
    onSuccess: async (activity, { id }) => {
      if (activity) queryClient.setQueryData(activityQueryOptions(id).queryKey, activity);
      await invalidateActivityRecords(queryClient);
    },
  });
}
