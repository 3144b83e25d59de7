/**
 * The HTML document of a server-rendered page (ADR 0014), made from the client build's index.html:
 * - the app's scripts are taken out (takeover.js loads them on the reader's first action), and so are the
 *   preloads of /auth/me and /health, whose answers are in the page;
 * - the stylesheets are written into the page, Mantine's reduced to what the page uses: on a phone the first paint
 *   then waits for no other request; takeover.js links the whole files when the app comes;
 * - the page's title replaces the app's generic one.
 */
import { SERVER_DATA_ID } from '@/lib/server-data';
import type { MantineStyles } from './mantine-styles';

export interface BuildFiles {
  /** The client build's index.html. */
  indexHtml: string;
  /** route-preloads.json of the client build: for each path, the page's chunks and their CSS. */
  routePreloads: Record<string, readonly string[]>;
  /** A file of the client build, by its path in it (`assets/…`). */
  readAsset: (file: string) => string;
}

export interface PageParts {
  /** The page's path, which decides its chunks and stylesheets. */
  path: string;
  /** What React rendered into #root. */
  html: string;
  /** The JSON for the app that takes over (lib/server-data.ts). */
  data: string;
}

const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
const ROUTE_PRELOADS_SCRIPT = /<script async src="[^"]*route-preloads[^"]*"><\/script>\s*/;
const FETCH_PRELOAD = /<link rel="preload" href="\/api\/[^"]*" as="fetch" crossorigin\s*\/?>\s*/g;
const STYLESHEET = /<link rel="stylesheet" crossorigin href="\/([^"]+)">\s*/g;
const ROOT = '<div id="root"></div>';
const PAGE_TITLE = /^<title>[^<]*<\/title>/;
const HEAD_TITLE = /<title>[^<]*<\/title>/;
const MANTINE_PLACEHOLDER = '\u0000mantine\u0000';

/**
 * Prepares the template once. Fails at start-up, not per request, if the build's index.html no longer has the
 * shape this expects.
 */
export function createPageDocument(files: BuildFiles, mantine: MantineStyles): (parts: PageParts) => string {
  const html = files.indexHtml;
  const entry = ENTRY_SCRIPT.exec(html)?.[1];
  if (!entry || !html.includes(ROOT) || !html.includes('</head>')) {
    throw new Error('index.html has no module entry script or no empty #root: is it the client build?');
  }
  const shellScripts = [...html.matchAll(MODULE_PRELOAD)].map((match) => `/${(match[1] as string).replace(/^\//, '')}`);
  const shellStyles: string[] = [];
  let mantineFound = false;
  const stripped = html
    .replace(ENTRY_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(ROUTE_PRELOADS_SCRIPT, '')
    .replace(FETCH_PRELOAD, '')
    .replace(STYLESHEET, (_, file: string) => {
      shellStyles.push(`/${file}`);
      const css = files.readAsset(file);
      if (!mantine.isMantineBundle(css)) return `<style>${css}</style>`;
      mantineFound = true;
      return `<style>${MANTINE_PLACEHOLDER}</style>`;
    });
  if (!mantineFound) throw new Error("index.html links no stylesheet with Mantine's styles");
  const [head, rest] = stripped.split('</head>') as [string, string];
  const [beforeRoot, afterRoot] = rest.split(ROOT) as [string, string];

  const pageAssets = new Map<string, { scripts: string; styles: string; inline: string }>();
  const assetsOf = (path: string) => {
    let assets = pageAssets.get(path);
    if (!assets) {
      const own = files.routePreloads[path] ?? [];
      const css = own.filter((file) => file.endsWith('.css'));
      const js = own.filter((file) => !file.endsWith('.css')).map((file) => `/${file}`);
      assets = {
        scripts: [...shellScripts, ...js].join(' '),
        styles: [...shellStyles, ...css.map((file) => `/${file}`)].join(' '),
        inline: css.map((file) => `<style>${files.readAsset(file)}</style>`).join(''),
      };
      pageAssets.set(path, assets);
    }
    return assets;
  };

  return ({ path, html: rendered, data }) => {
    const assets = assetsOf(path);
    // React writes the page's <title> first; it belongs in the head, in place of the app's generic one.
    const title = PAGE_TITLE.exec(rendered)?.[0];
    const body = title ? rendered.slice(title.length) : rendered;
    const pageHead = (title ? head.replace(HEAD_TITLE, title) : head).replace(MANTINE_PLACEHOLDER, () =>
      mantine.forHtml(body),
    );
    return (
      `${pageHead}${assets.inline}` +
      `<script src="/takeover.js" defer data-entry="${entry}" data-preload="${assets.scripts}" ` +
      `data-styles="${assets.styles}"></script></head>` +
      `${beforeRoot}<div id="root">${body}</div>` +
      `<script type="application/json" id="${SERVER_DATA_ID}">${data}</script>${afterRoot}`
    );
  };
}
