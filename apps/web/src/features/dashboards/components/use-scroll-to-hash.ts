import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * A headline figure links to the section that breaks it down (`#don-vi-theo-thang`); an in-app navigation
 * does not scroll by itself, so the section is brought into view, and its heading takes the focus, once
 * the page has drawn it.
 */
export function useScrollToHash(ready: boolean) {
  const { hash, key } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: each navigation (key) to a hash scrolls once
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const section = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!section) return;
    section.scrollIntoView?.({ block: 'start' });
    section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }, [ready, hash, key]);
}
