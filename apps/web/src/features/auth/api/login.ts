import type { LoginInput, SessionInfo } from '@danvan/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { apiClient } from '@/lib/api-client';
import { claimDrafts } from '@/lib/draft-storage';

export function login(input: LoginInput): Promise<SessionInfo> {
  // A 401 here means wrong credentials, which the form explains; it is not a lost session.
  return apiClient.post<SessionInfo>('/auth/login', { body: input, skipUnauthorizedHandler: true });
}

/** Signs in and makes the new session the cached one (the login page has already dropped any earlier account's data). */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      queryClient.setQueryData(sessionQueryOptions().queryKey, session);
      claimDrafts(session.user.id);
    },
  });
}
