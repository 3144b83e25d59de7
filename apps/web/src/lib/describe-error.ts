import { messages } from '@/config/messages';
import { ApiError, messageForStatus } from '@/lib/api-client';

export interface ErrorDescription {
  /** What went wrong, in Vietnamese, chosen by us from the status so it never depends on the server's wording. */
  message: string;
  /** The server's own explanation (problem+json `detail`), when it gave one. */
  detail?: string;
  status?: number;
}

/** Turns anything a query, loader or render can throw into text for the reader. */
export function describeError(error: unknown, status?: number): ErrorDescription {
  if (error instanceof ApiError) {
    if (error.kind !== 'http') return { message: error.title, ...(error.detail ? { detail: error.detail } : {}) };
    return {
      message: messageForStatus(error.status),
      status: error.status,
      ...(error.detail ? { detail: error.detail } : {}),
    };
  }
  if (status !== undefined) return { message: messageForStatus(status), status };
  return { message: messages.errors.unknown };
}
