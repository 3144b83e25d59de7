import type { ReportSettings, ReportSettingsInput } from '@danvan/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, ifMatch } from '@/lib/api-client';

export function reportSettingsQueryOptions() {
  return queryOptions({
    queryKey: ['reports', 'settings'],
    queryFn: ({ signal }) => apiClient.get<ReportSettings>('/reports/settings', { signal }),
  });
}

export function useReportSettings() {
  return useQuery(reportSettingsQueryOptions());
}

export interface SaveReportSettings {
  values: ReportSettingsInput;
  /** The version that was read: the save is refused (412) if someone saved since. */
  version: number;
}

/** Saves the settings; every report shows them, so the reports are asked for again. */
export function useSaveReportSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ values, version }: SaveReportSettings): Promise<ReportSettings> =>
      apiClient.put<ReportSettings>('/reports/settings', { body: values, headers: ifMatch(version) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(reportSettingsQueryOptions().queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['reports', 'period'] });
    },
  });
}
