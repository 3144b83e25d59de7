import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';

const MAX_RETRIES = 2;

/** Retrying cannot fix a request the server rejected (4xx) or an answer that breaks the contract. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError) {
    if (error.kind === 'invalid-response') return false;
    if (error.kind === 'http' && error.status < 500) return false;
  }
  return failureCount < MAX_RETRIES;
}

export const queryConfig = {
  defaultOptions: {
    queries: {
      // Approved figures change a few times a day at most; a minute avoids refetching on every navigation.
      staleTime: 60_000,
      retry: shouldRetry,
      refetchOnWindowFocus: false,
    },
  },
} satisfies QueryClientConfig;

export function createQueryClient(): QueryClient {
  return new QueryClient(queryConfig);
}
