import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useWarnBeforeUnload } from './use-warn-before-unload';

function unload(): Event {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

describe('useWarnBeforeUnload', () => {
  it('asks before the page goes only while active', () => {
    const { rerender, unmount } = renderHook(({ active }) => useWarnBeforeUnload(active), {
      initialProps: { active: false },
    });
    expect(unload().defaultPrevented).toBe(false);
    rerender({ active: true });
    expect(unload().defaultPrevented).toBe(true);
    rerender({ active: false });
    expect(unload().defaultPrevented).toBe(false);
    rerender({ active: true });
    unmount();
    expect(unload().defaultPrevented).toBe(false);
  });
});
