import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { loginState } from '@/features/auth/login-path';
import { ApiError, apiClient } from '@/lib/api-client';
import { clearAllDrafts } from '@/lib/draft-storage';

export async function logout(): Promise<void> {
  try {
    await apiClient.post('/auth/logout', { skipUnauthorizedHandler: true });
  } catch (error) {
    // Already signed out (the session had expired): the goal is reached.
    if (error instanceof ApiError && error.status === 401) return;
    throw error;
  }
}

/**
 * Signs out, forgets every draft and leaves for the login page, which drops all cached account data as it
 * opens (`forgetAccountData`): the next person at this browser sees nothing of the last one.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      clearAllDrafts();
      // Null before leaving, so the login page does not take the old session and send us back in.
      queryClient.setQueryData(sessionQueryOptions().queryKey, null);
      await navigate(paths.login, { replace: true, state: loginState('signed-out') });
    },
  });
}
