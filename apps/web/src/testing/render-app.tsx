import { onTestFinished } from 'vitest';
import { createAppRoutes } from '@/app/router';
import { connectSessionToApiClient } from '@/app/session-expiry';
import { createTestQueryClient, renderRoutes } from '@/testing/test-utils';

/** The whole app as the browser gets it (routes, session guard, API client hooks), at `url` in a memory router. */
export function renderApp(url = '/', queryClient = createTestQueryClient()) {
  const result = renderRoutes(createAppRoutes(queryClient), { url, queryClient });
  onTestFinished(connectSessionToApiClient(result.router, queryClient));
  return result;
}
