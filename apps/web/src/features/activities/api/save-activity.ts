/**
 * The writes behind the activity form: an activity is created whole (with its contributions inline);
 * afterwards its fields are patched, and its contributions are created, patched and deleted one by one,
 * each write carrying the version it was read at (If-Match).
 */
import type {
  Activity,
  ActivityInput,
  ActivityPatch,
  Contribution,
  ContributionDraft,
  ContributionInput,
} from '@danvan/domain';
import { apiClient, ifMatch } from '@/lib/api-client';

export function createActivity(input: ActivityInput): Promise<Activity> {
  return apiClient.post<Activity>('/activities', { body: input });
}

export function updateActivity(id: number, version: number, patch: ActivityPatch): Promise<Activity> {
  return apiClient.patch<Activity>(`/activities/${id}`, { body: patch, headers: ifMatch(version) });
}

export function createContribution(input: ContributionInput): Promise<Contribution> {
  return apiClient.post<Contribution>('/contributions', { body: input });
}

export function updateContribution(id: number, version: number, patch: ContributionDraft): Promise<Contribution> {
  return apiClient.patch<Contribution>(`/contributions/${id}`, {
    body: patch,
    headers: ifMatch(version),
  });
}

export function deleteContribution(id: number, version: number): Promise<undefined> {
  return apiClient.delete(`/contributions/${id}`, { headers: ifMatch(version) });
}
