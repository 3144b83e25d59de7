import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { routePreloads } from './build/route-preloads';
import { paths } from './src/config/paths';

const DEFAULT_API_URL = 'http://localhost:3000';
const srcDir = decodeURIComponent(new URL('./src', import.meta.url).pathname);

/**
 * Libraries change far less often than the app, so they get chunks of their own that stay cached across
 * releases. Earlier groups win (same priority, lower index); whatever is left goes to `vendor`.
 */
const VENDOR_CHUNKS = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'router', test: /[\\/]node_modules[\\/]react-router[\\/]/ },
  // What the shell needs on first load; the Mantine components only lazy pages use (tables, pickers, forms)
  // go to `mantine-pages`, loaded with the first page, so the login page and the shell paint sooner.
  { name: 'mantine', test: /[\\/]node_modules[\\/]@mantine[\\/](core|hooks)[\\/]/, tags: ['$initial' as const] },
  // Split by the pages that use them (entriesAware), so a page loads the components it needs, not every page's.
  // A larger merge threshold (40 KB) cut the dashboards' scripts from 38 to 25 but merged the entry's Mantine
  // components with lazy pages' into chunks that import each other: the login page then ran a component
  // before React had loaded ("reading 'createContext' of undefined"). Check any change here with the e2e suite.
  {
    name: 'mantine-pages',
    test: /[\\/]node_modules[\\/]@mantine[\\/](core|hooks)[\\/]/,
    entriesAware: true,
    entriesAwareMergeThreshold: 8_000,
  },
  // Date pickers are only used by lazy pages. This group comes after the core ones: a group also takes the
  // dependencies it reaches that no earlier group took, and would otherwise pull in much of @mantine/core.
  { name: 'mantine-dates', test: /[\\/]node_modules[\\/](@mantine[\\/]dates|dayjs)[\\/]/ },
  // Charts (recharts and what it brings: redux toolkit, d3 parts) load only when a dashboard draws one.
  { name: 'charts', test: /[\\/]node_modules[\\/](@mantine[\\/]charts|recharts)[\\/]/ },
  { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/ },
  { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ },
  { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
];

export default defineConfig(({ mode, isSsrBuild }) => {
  // An empty prefix makes loadEnv return process.env too, so `API_URL=... vite` works without node types here.
  const apiUrl = loadEnv(mode, '.', '').API_URL || DEFAULT_API_URL;
  if (!URL.canParse(apiUrl)) {
    throw new Error(`API_URL must be an absolute URL such as ${DEFAULT_API_URL}; got "${apiUrl}"`);
  }
  return {
    plugins: [
      react(),
      // The home page's and the dashboards' code (page and loaders) is fetched with the entry when one is opened
      // directly (and, on the pages the server renders, handed to takeover.js).
      !isSsrBuild &&
        routePreloads({
          [paths.home]: ['src/app/routes/overview.tsx'],
          [paths.coverage]: [
            'src/features/dashboards/components/coverage-page.tsx',
            'src/app/routes/dashboards-loaders.ts',
          ],
          [paths.funding]: [
            'src/features/dashboards/components/funding-page.tsx',
            'src/app/routes/dashboards-loaders.ts',
          ],
        }),
    ],
    // The server build (`vite build --ssr`, ADR 0014) is one self-contained bundle (the workspace's domain is
    // TypeScript source), with React's production build whatever NODE_ENV the API runs with.
    ssr: { noExternal: true },
    ...(isSsrBuild ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
    resolve: { alias: { '@': srcDir } },
    server: {
      proxy: {
        '/api': { target: apiUrl, changeOrigin: true },
      },
    },
    preview: {
      proxy: {
        '/api': { target: apiUrl, changeOrigin: true },
      },
    },
    build: isSsrBuild
      ? { outDir: 'dist-server', emptyOutDir: true, copyPublicDir: false }
      : {
          outDir: 'dist',
          emptyOutDir: true,
          rolldownOptions: {
            output: {
              codeSplitting: { groups: VENDOR_CHUNKS },
            },
          },
        },
  };
});
