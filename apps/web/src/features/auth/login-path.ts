import { paths } from '@/config/paths';

/** Why the login page is shown, when it is not a first visit; carried in the navigation state, not the URL. */
export type LoginReason = 'expired' | 'signed-out';

export interface LoginLocationState {
  loginReason?: LoginReason;
}

export function loginState(reason: LoginReason): LoginLocationState {
  return { loginReason: reason };
}

export function loginReasonOf(state: unknown): LoginReason | undefined {
  if (typeof state !== 'object' || state === null || !('loginReason' in state)) return undefined;
  const reason = (state as LoginLocationState).loginReason;
  return reason === 'expired' || reason === 'signed-out' ? reason : undefined;
}

/** The login page, with the address to come back to once signed in. */
export function loginPath(next: string): string {
  return `${paths.login}?${new URLSearchParams({ next })}`;
}

// Any origin works as the base: only whether `next` stays on it matters.
const BASE = 'https://same-origin.invalid';

/**
 * Where to go after signing in: `next` if it is a path on this site, the home page otherwise. An absolute
 * URL, a protocol-relative `//host` or a backslash trick (`/\host`) would make the login page an open redirect.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith('/')) return paths.home;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return paths.home;
  }
  if (url.origin !== BASE || url.pathname === paths.login) return paths.home;
  return `${url.pathname}${url.search}${url.hash}`;
}
