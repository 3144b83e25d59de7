/**
 * How far the app has taken over a server-rendered page (ADR 0014), on `<html data-app>`: `hydrating`, then
 * `ready`. takeover.js stops holding the reader's clicks at the first and replays them at the second; the e2e
 * tests wait for `ready`. A hydration that did not match sets `data-hydration-mismatch` for the tests to find.
 */
export type TakeoverState = 'hydrating' | 'ready' | 'mismatch';

export const TAKEOVER_EVENT = 'danvan:takeover';

export function markTakeover(state: TakeoverState): void {
  const root = document.documentElement;
  if (state === 'mismatch') root.dataset.hydrationMismatch = 'true';
  else root.dataset.app = state;
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT, { detail: state }));
}
