/**
 * The writes behind the activity form: an activity is created whole (with its contributions inline);
 * afterwards its fields are patched, and its contributions are created, patched and deleted one by one,
 * each write carrying the version it was read at (If-Match).
 */
import {
  type Activity,
  type ActivityInput,
  type ActivityPatch,
  ActivitySchema,
  type Contribution,
  type ContributionDraft,
  type ContributionInput,
  ContributionSchema,
} from '@danvan/domain';
import { apiClient, ifMatch, noContent } from '@/lib/api-client';

export function createActivity(input: ActivityInput): Promise<Activity> {
  return apiClient.post('/activities', { schema: ActivitySchema, body: input });
}

export function updateActivity(id: number, version: number, patch: ActivityPatch): Promise<Activity> {
  return apiClient.patch(`/activities/${id}`, { schema: ActivitySchema, body: patch, headers: ifMatch(version) });
}

export function createContribution(input: ContributionInput): Promise<Contribution> {
  return apiClient.post('/contributions', { schema: ContributionSchema, body: input });
}

export function updateContribution(id: number, version: number, patch: ContributionDraft): Promise<Contribution> {
  return apiClient.patch(`/contributions/${id}`, {
    schema: ContributionSchema,
    body: patch,
    headers: ifMatch(version),
  });
}

export function deleteContribution(id: number, version: number): Promise<undefined> {
  return apiClient.delete(`/contributions/${id}`, { schema: noContent, headers: ifMatch(version) });
}
