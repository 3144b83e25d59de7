import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** A path of the app and the modules its route loads lazily (page component, loaders), from apps/web. */
export type RoutePreloads = Record<string, readonly string[]>;

const SCRIPT_NAME = 'route-preloads.js';
/** The same lists for the server, which links a page's CSS and hands its chunks to takeover.js (ADR 0014). */
const ROUTE_PRELOADS_JSON = 'route-preloads.json';

/**
 * Lets a page's own chunks download together with the app's entry instead of after it.
 *
 * A page's code is a lazy chunk: without help the browser learns of it only once the entry (React, the router,
 * Mantine, zod: most of the first load) has downloaded and run, and the page's queries start later still. For
 * the paths listed, the build writes a tiny script, loaded `async` from index.html, that adds `modulepreload`
 * (and stylesheet `preload`) links for the chunks the path's route will import, so they are fetched in parallel
 * with the entry. The router's own `import()` then finds them already loaded.
 */
export function routePreloads(routes: RoutePreloads): Plugin {
  let scriptFile: string | undefined;
  return {
    name: 'danvan:route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) this.error('route-preloads: the build has no entry chunk');
      const alreadyLoaded = staticClosure(bundle, [entry.fileName]);
      const preloads: Record<string, string[]> = {};
      for (const [path, modules] of Object.entries(routes)) {
        const roots = modules.map((module) => {
          // The chunk that holds the module: its own lazy chunk, or a group's (vite.config.ts) that took it in.
          const chunk = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(`/${module}`)));
          // A renamed module must not quietly turn the preloads off; nor one the entry already holds.
          if (!chunk || chunk.isEntry) this.error(`route-preloads: no lazy chunk for ${module} (route ${path})`);
          return chunk.fileName;
        });
        const files = [...staticClosure(bundle, roots)].filter((file) => !alreadyLoaded.has(file));
        const css = files.flatMap((file) => [...((bundle[file] as OutputChunk).viteMetadata?.importedCss ?? [])]);
        preloads[path] = [...files, ...new Set(css)];
      }
      scriptFile = this.getFileName(
        this.emitFile({ type: 'asset', name: SCRIPT_NAME, source: preloadScript(preloads) }),
      );
      this.emitFile({ type: 'asset', fileName: ROUTE_PRELOADS_JSON, source: JSON.stringify(preloads) });
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (!scriptFile) throw new Error('route-preloads: the preload script was not written before index.html');
        return [{ tag: 'script', attrs: { async: true, src: `/${scriptFile}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}

/** The chunks the roots import statically, and theirs, roots included. */
function staticClosure(bundle: OutputBundle, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const chunk = bundle[file];
    if (chunk?.type === 'chunk') stack.push(...chunk.imports);
  }
  return seen;
}

/** A classic script (the Content Security Policy allows no inline one) that runs as soon as it has arrived. */
function preloadScript(preloads: Record<string, string[]>): string {
  return `(() => {
  const files = ${JSON.stringify(preloads)}[location.pathname.replace(/(.)\\/+$/, '$1')];
  for (const file of files ?? []) {
    const link = document.createElement('link');
    if (file.endsWith('.css')) {
      link.rel = 'preload';
      link.as = 'style';
    } else {
      link.rel = 'modulepreload';
    }
    // As Vite's own preloads: the same credentials mode, or the browser fetches the file a second time.
    link.crossOrigin = '';
    link.href = '/' + file;
    document.head.append(link);
  }
})();
`;
}
