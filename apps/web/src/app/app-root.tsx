import type { QueryClient } from '@tanstack/react-query';
import { type ReactNode, StrictMode, useEffect } from 'react';
import { AppProvider } from '@/app/provider';
import { InitialPhoneContext } from '@/lib/initial-viewport';

export interface AppRootProps {
  queryClient: QueryClient;
  /** The phone layout the server drew the page with (ADR 0014); undefined when nothing was drawn before. */
  initialPhone?: boolean | undefined;
  /** Called once the app's first render is on the screen. */
  onMounted?: () => void;
  children: ReactNode;
}

/**
 * The providers around the router, the same for the server's render of a dashboard and the app that takes it
 * over: hydration keeps the server's HTML only if both trees have the same shape.
 */
export function AppRoot({ queryClient, initialPhone, onMounted, children }: AppRootProps) {
  return (
    <StrictMode>
      <InitialPhoneContext value={initialPhone}>
        <AppProvider queryClient={queryClient}>
          <Mounted onMounted={onMounted}>{children}</Mounted>
        </AppProvider>
      </InitialPhoneContext>
    </StrictMode>
  );
}

/** Its only child, as it is (no sibling, so React's ids stay the same), and a call once it is on the screen. */
function Mounted({ onMounted, children }: { onMounted?: (() => void) | undefined; children: ReactNode }) {
  useEffect(() => onMounted?.(), [onMounted]);
  return children;
}
