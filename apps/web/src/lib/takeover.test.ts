/**
 * public/takeover.js, the only script a server-rendered dashboard runs before the reader acts (ADR 0014):
 * nothing loads until the reader acts; then the app's stylesheets, chunks and entry; a button pressed or a
 * choice made before the app is there is played again once it has taken over.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markTakeover } from '@/lib/takeover-state';

// jsdom's import.meta.url is not a file: URL; vitest runs in apps/web.
const source = readFileSync(resolve('public/takeover.js'), 'utf8');

/** The listeners takeover.js added, removed after each test so that one test's script does not act in the next. */
const added: (() => void)[] = [];

/** Runs the file as the browser does: a classic script in the page's global scope, as `script`. */
function execute(script: HTMLScriptElement) {
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
      add(type, listener, options);
      added.push(() => target.removeEventListener(type, listener, options));
    });
  }
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  new Function(source)();
  Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
  vi.restoreAllMocks();
}

/** Runs takeover.js as the page's own script element, with the data the server writes on it. */
function runTakeover() {
  document.head.innerHTML = '<style>.m_1{}</style><style>.page{}</style>';
  document.body.innerHTML = `
    <div id="root">
      <a href="/hoat-dong?status=approved">115</a>
      <button type="button">Xem dạng bảng</button>
      <select aria-label="Khối đơn vị"><option value="">Tất cả</option><option value="dang">Khối Đảng</option></select>
    </div>`;
  const script = document.createElement('script');
  script.dataset.entry = '/assets/index-abc.js';
  script.dataset.preload = '/assets/react-abc.js /assets/coverage-abc.js';
  script.dataset.styles = '/assets/mantine-abc.css /assets/coverage-abc.css';
  execute(script);
}

const loaded = () => ({
  entry: [...document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map((s) => s.src),
  preloads: [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href),
  styles: [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href),
});

afterEach(() => {
  for (const remove of added.splice(0)) remove();
  delete document.documentElement.dataset.app;
  delete document.documentElement.dataset.hydrationMismatch;
});

describe('takeover.js', () => {
  it('loads nothing until the reader acts, then the app once, its stylesheets before the inline ones', () => {
    runTakeover();
    expect(loaded()).toEqual({ entry: [], preloads: [], styles: [] });

    window.dispatchEvent(new Event('pointermove'));
    window.dispatchEvent(new Event('scroll'));
    expect(loaded()).toEqual({
      entry: ['http://localhost:3000/assets/index-abc.js'],
      preloads: ['http://localhost:3000/assets/react-abc.js', 'http://localhost:3000/assets/coverage-abc.js'],
      styles: ['http://localhost:3000/assets/mantine-abc.css', 'http://localhost:3000/assets/coverage-abc.css'],
    });
    // The whole stylesheets come first, so the page's own rules (inline) still come after Mantine's.
    expect([...document.head.children].map((element) => element.tagName)).toEqual([
      'LINK',
      'LINK',
      'STYLE',
      'STYLE',
      'LINK',
      'LINK',
      'SCRIPT',
    ]);
  });

  it('starts on a key, a touch or a focus too', () => {
    for (const type of ['keydown', 'touchstart', 'focusin']) {
      for (const remove of added.splice(0)) remove();
      runTakeover();
      document.body.querySelector('a')?.dispatchEvent(new Event(type, { bubbles: true }));
      expect(loaded().entry, type).toHaveLength(1);
    }
  });

  it('plays a button pressed before the app is there again once it has taken over, and only then', () => {
    runTakeover();
    const button = document.querySelector('button') as HTMLButtonElement;
    const pressed = vi.fn();
    button.addEventListener('click', (event) => pressed(event.defaultPrevented));

    button.click();
    // The page's own handler sees the early click as cancelled, and the app starts loading.
    expect(pressed).toHaveBeenCalledExactlyOnceWith(true);
    expect(loaded().entry).toHaveLength(1);

    markTakeover('hydrating');
    expect(pressed).toHaveBeenCalledOnce();
    markTakeover('ready');
    expect(pressed).toHaveBeenCalledTimes(2);
    expect(pressed).toHaveBeenLastCalledWith(false);

    // Once the app has the page, clicks are the app's: none is held or played twice.
    button.click();
    expect(pressed).toHaveBeenCalledTimes(3);
    markTakeover('ready');
    expect(pressed).toHaveBeenCalledTimes(3);
  });

  it('plays a choice made in a list before the app is there again, with the value chosen', () => {
    runTakeover();
    const select = document.querySelector('select') as HTMLSelectElement;
    select.value = 'dang';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // Hydration may put the list back to the value it was drawn with.
    select.value = '';
    const changed = vi.fn();
    select.addEventListener('change', () => changed(select.value));

    markTakeover('hydrating');
    markTakeover('ready');
    expect(changed).toHaveBeenCalledExactlyOnceWith('dang');
  });

  it('lets links work as links', () => {
    runTakeover();
    const link = document.querySelector('a') as HTMLAnchorElement;
    let prevented: boolean | undefined;
    link.addEventListener('click', (event) => {
      prevented = event.defaultPrevented;
      event.preventDefault(); // jsdom does not navigate; the question is only whether takeover.js cancelled it.
    });
    link.click();
    expect(prevented).toBe(false);
  });

  it('does nothing on a page without the server data', () => {
    document.head.innerHTML = '';
    execute(document.createElement('script'));
    window.dispatchEvent(new Event('pointermove'));
    expect(loaded()).toEqual({ entry: [], preloads: [], styles: [] });
  });
});
