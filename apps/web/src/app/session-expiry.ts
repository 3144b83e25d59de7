import type { QueryClient } from '@tanstack/react-query';
import type { DataRouter } from 'react-router';
import { paths } from '@/config/paths';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { loginPath, loginState } from '@/features/auth/login-path';
import { configureApiClient } from '@/lib/api-client';

/**
 * Ties the API client to the session: writes carry the session's CSRF token, and a 401 on any request
 * (the session expired or was revoked) forgets the session and goes to the login page with the current
 * address as `next`. Forms keep their values through `useDraft`, so the user comes back to them.
 * Returns the function that undoes it.
 */
export function connectSessionToApiClient(router: DataRouter, queryClient: QueryClient): () => void {
  const sessionKey = sessionQueryOptions().queryKey;
  return configureApiClient({
    getCsrfToken: () => queryClient.getQueryData(sessionKey)?.csrfToken,
    onUnauthorized: () => {
      const { location, navigation } = router.state;
      // A 401 during a navigation belongs to the page being opened, so that is where to come back to.
      const current = navigation.location ?? location;
      // Several requests may fail at once; the first one has already sent us to the login page.
      if (current.pathname === paths.login) return;
      queryClient.setQueryData(sessionKey, null);
      void router.navigate(loginPath(`${current.pathname}${current.search}`), {
        replace: true,
        state: loginState('expired'),
      });
    },
  });
}
