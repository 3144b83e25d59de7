/*
 * On a page the server has rendered (the home page and the dashboards, ADR 0014), loads the app when the
 * reader first acts: moves the pointer, touches, scrolls, presses a key or focuses something. Until then the
 * page runs no script but this one: the figures, tables and links work as they are. The app then hydrates the
 * same HTML.
 *
 * A click on a button or a choice in a list made before the app is there would do nothing; they are kept and
 * played again once the app has taken over. A classic script, not inline: the Content Security Policy allows
 * only the site's own files.
 */
(() => {
  const EVENT = 'danvan:takeover';
  const TRIGGERS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'scroll', 'wheel'];
  // The app's entry, and the chunks to fetch with it (the shell's and the page's), written by the server.
  // Its stylesheets: the page has, inline, only the rules its HTML needs; what the app draws next needs the rest.
  const { entry, preload = '', styles = '' } = document.currentScript?.dataset ?? {};
  if (!entry) return;
  const root = document.documentElement;
  const pending = [];
  let started = false;

  function start() {
    if (started) return;
    started = true;
    for (const type of TRIGGERS) removeEventListener(type, start, true);
    // Before the inline rules, as index.html has them: the page's own rules keep coming after Mantine's.
    const firstInline = document.head.querySelector('style');
    for (const file of styles.split(' ').filter(Boolean)) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.crossOrigin = '';
      link.href = file;
      document.head.insertBefore(link, firstInline);
    }
    for (const file of preload.split(' ').filter(Boolean)) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = file;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.append(script);
  }

  for (const type of TRIGGERS) addEventListener(type, start, { capture: true, passive: true });

  /** Once React hydrates, it sees the events itself. */
  const appHasThePage = () => root.dataset.app !== undefined;

  document.addEventListener(
    'click',
    (event) => {
      if (appHasThePage() || !(event.target instanceof Element)) return;
      // Links and the form's buttons work without the app; other buttons wait for it.
      const button = event.target.closest('button:not([type="submit"])');
      if (!button) return;
      event.preventDefault();
      pending.push(() => button.isConnected && button.click());
      start();
    },
    true,
  );

  document.addEventListener(
    'change',
    (event) => {
      const select = event.target;
      if (appHasThePage() || !(select instanceof HTMLSelectElement)) return;
      const value = select.value;
      pending.push(() => {
        if (!select.isConnected) return;
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      start();
    },
    true,
  );

  document.addEventListener(EVENT, (event) => {
    if (event.detail !== 'ready') return;
    for (const replay of pending.splice(0)) replay();
  });
})();
