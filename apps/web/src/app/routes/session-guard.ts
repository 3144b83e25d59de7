import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunction, type MiddlewareFunction, redirect } from 'react-router';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { loginPath, safeNextPath } from '@/features/auth/login-path';
import { healthQueryOptions } from '@/features/health/api/get-health';
import { claimDrafts } from '@/lib/draft-storage';
import { defaultPeriodFor, setDefaultPeriod } from '@/lib/period';

/**
 * Runs before any loader of the guarded routes, so no page asks the API for data without a session. The
 * first check asks `/auth/me`; later navigations reuse the cached answer. It also waits for the health answer
 * (both are preloaded by index.html), since whether the data is the demo's decides the period pages open on.
 */
export function requireSession(queryClient: QueryClient): MiddlewareFunction {
  return async ({ request }) => {
    const [session, health] = await Promise.all([
      queryClient.ensureQueryData(sessionQueryOptions()),
      // Without an answer the pages keep the last known default; the banner's own query reports the fault.
      queryClient.ensureQueryData(healthQueryOptions()).catch(() => undefined),
    ]);
    if (health) setDefaultPeriod(defaultPeriodFor(health.demo));
    if (!session) {
      const url = new URL(request.url);
      throw redirect(loginPath(`${url.pathname}${url.search}`));
    }
    // Drafts in this tab are this account's from now on; another account's are dropped.
    claimDrafts(session.user.id);
  };
}

/** Someone already signed in who opens the login page goes on to where they were heading. */
export function loginLoader(queryClient: QueryClient): LoaderFunction {
  return async ({ request }) => {
    // If the API cannot be reached, the login form is still the right page to show.
    const session = await queryClient.ensureQueryData(sessionQueryOptions()).catch(() => null);
    if (session) throw redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
    return null;
  };
}
