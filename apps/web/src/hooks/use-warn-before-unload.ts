import { useEffect } from 'react';

/**
 * While `active`, closing, reloading or leaving the page for another site makes the browser ask first (its
 * own wording: a page may not set the text). For what cannot be kept in a draft, such as picked files;
 * moves inside the app are for react-router's `useBlocker`.
 */
export function useWarnBeforeUnload(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium and Safari still ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
