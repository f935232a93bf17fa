import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { firstScripts } from './build/first-script.mts';
import { graphqlDocumentImports } from './build/graphql-document-imports.mts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const apiPort = process.env.API_PORT ?? process.env.PORT ?? '3000';

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
// First the page's code (no library), then its queries (the GraphQL client's library).
const firstScriptsOfPage = firstScripts([
  { name: 'first-code', entry: source('first-code.ts') },
  { name: 'first-requests', entry: source('first-requests.ts') },
]);
const ENTRIES = new Set([source('main.tsx'), source('first-code.ts'), source('first-requests.ts')]);

// The web app, built to dist/web where the api serves it (same origin as /graphql).
// `npm run dev` proxies the api's routes to a running api.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: { '@collegial/governance': `${repo}/libs/governance/src/index.ts` } },
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [graphqlDocumentImports(fileURLToPath(new URL('./src', import.meta.url))), firstScriptsOfPage.plugin],
  build: {
    outDir: `${repo}/dist/web`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components, which this app does not use.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      output: {
        // The first scripts' libraries in chunks of their own, preloaded from index.html: they
        // download and compile in parallel, and stay cached when only the app changes. `vendor`
        // holds what src/first-requests.ts needs (React itself, i18n, the GraphQL client), so that
        // it runs before React DOM, the router and Mantine have compiled. Only what every page
        // loads ($initial): a page's own components stay with the page.
        codeSplitting: {
          groups: [
            ...firstScriptsOfPage.chunkGroups,
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-i18next|i18next|html-parse-stringify|void-elements|urql|@urql[\\/]core|wonka|@0no-co[\\/]graphql\.web|dayjs)[\\/]/,
              tags: ['$initial'],
              priority: 3,
            },
            { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler|react-router)[\\/]/, tags: ['$initial'], priority: 2 },
            { name: 'mantine', test: /node_modules[\\/]/, tags: ['$initial'], priority: 1 },
            // The app's other modules that every page loads, in one chunk rather than one per shared
            // component: the browser fetches only six files at a time from the api (HTTP/1.1).
            // (The entries keep their own module: a script is its chunk's first module.)
            { name: 'app', test: (id) => !/node_modules/.test(id) && !ENTRIES.has(id), tags: ['$initial'], priority: 0, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      ...Object.fromEntries(['/graphql', '/health', '/files'].map((path) => [path, `http://localhost:${apiPort}`])),
      // The live tallies: socket.io, upgraded to a WebSocket.
      '/socket.io': { target: `http://localhost:${apiPort}`, ws: true },
    },
  },
});
