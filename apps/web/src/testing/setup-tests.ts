import { configure } from '@testing-library/react';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// The server render's tests run in Node (`@vitest-environment node`): no DOM to stand in for there.
if (typeof window !== 'undefined') {
  // jsdom lacks the layout APIs Mantine reads; these stand-ins answer "no match" and "no size".
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });

  class ResizeObserverStub implements ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  window.ResizeObserver = ResizeObserverStub;

  window.HTMLElement.prototype.scrollIntoView = () => {};

  // Mantine's autosizing Textarea listens for web fonts loading; jsdom has no FontFaceSet.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
    });
  }

  afterEach(() => {
    cleanup();
    // Drafts live in sessionStorage, which jsdom keeps for the whole file.
    window.sessionStorage.clear();
  });
}

// findBy*/waitFor wait up to 5 s: on a loaded 2-core machine a lazy page can take more than the default 1 s.
configure({ asyncUtilTimeout: 5000 });
