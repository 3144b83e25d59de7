import { hydrate } from '@tanstack/react-query';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { DataRouter } from 'react-router';
import { AppRoot } from '@/app/app-root';
import { AppRouter, createAppRouter } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';
import { readServerData, type ServerData } from '@/lib/server-data';
import { markTakeover } from '@/lib/takeover-state';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root"></div>');

const serverData = readServerData();
if (serverData) {
  void takeOver(container, serverData);
} else {
  createRoot(container).render(
    <AppRoot queryClient={createQueryClient()}>
      <AppRouter />
    </AppRoot>,
  );
}

/**
 * A page the server has drawn (the home page or a dashboard, ADR 0014): the app starts from the same answers, waits until its router
 * has loaded the page's code, then hydrates the server's HTML instead of drawing it anew, so nothing on the
 * screen moves and the reader's focus stays where it is.
 */
async function takeOver(root: HTMLElement, data: ServerData) {
  const queryClient = createQueryClient();
  hydrate(queryClient, data.state);
  const router = createAppRouter(queryClient);
  await initialized(router);
  markTakeover('hydrating');
  hydrateRoot(
    root,
    <AppRoot queryClient={queryClient} initialPhone={data.phone} onMounted={() => markTakeover('ready')}>
      <AppRouter router={router} />
    </AppRoot>,
    {
      // The server's HTML did not match (a phone guessed wrong, say): React draws the page anew, which works,
      // but it is a fault to find, so the page says so for the tests.
      onRecoverableError(error) {
        markTakeover('mismatch');
        console.error('The server-rendered page did not match the app', error);
      },
    },
  );
}

function initialized(router: DataRouter): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve();
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}
