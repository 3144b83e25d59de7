/** Approving and returning activities: several at once, or one from its row (with the version it was read at). */
import type { Activity, ReviewInput, ReviewResult } from '@danvan/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAfterReview } from '@/features/review/api/review-cache';
import { apiClient, ifMatch } from '@/lib/api-client';

export type ReviewAction = ReviewInput['action'];

export interface ReviewOutcome {
  id: number;
  ok: boolean;
  /** Why the API refused this activity, in its words. */
  error?: string | undefined;
}

/** Each activity is handled on its own; the answer says which ones went through and why the others did not. */
export async function reviewActivities(input: ReviewInput): Promise<ReviewOutcome[]> {
  const { results } = await apiClient.post<ReviewResult>('/activities/review', { body: input });
  return results;
}

export interface SingleReview {
  action: ReviewAction;
  id: number;
  /** The version the reviewer saw; if someone changed the activity since, the API answers 412. */
  version: number;
  comment?: string;
}

export function reviewActivity({ action, id, version, comment }: SingleReview): Promise<Activity> {
  return apiClient.post<Activity>(`/activities/${id}/${action}`, {
    headers: ifMatch(version),
    ...(action === 'return' ? { body: { comment } } : {}),
  });
}

export function useReviewActivities() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reviewActivities, onSettled: () => invalidateAfterReview(queryClient) });
}

export function useReviewActivity() {
  const queryClient = useQueryClient();
  // Also on failure: a 412 means the list on screen is out of date.
  return useMutation({ mutationFn: reviewActivity, onSettled: () => invalidateAfterReview(queryClient) });
}
