import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { firstScript } from './build/first-script.mts';
import { graphqlDocumentImports } from './build/graphql-document-imports.mts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const apiPort = process.env.API_PORT ?? process.env.PORT ?? '3000';

// The web app, built to dist/web where the api serves it (same origin as /graphql).
// `npm run dev` proxies the api's routes to a running api.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: { '@collegial/governance': `${repo}/libs/governance/src/index.ts` } },
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [
    graphqlDocumentImports(fileURLToPath(new URL('./src', import.meta.url))),
    firstScript(fileURLToPath(new URL('./src/first-requests.ts', import.meta.url)), 'first-requests'),
  ],
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
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-i18next|i18next|html-parse-stringify|void-elements|urql|@urql[\\/]core|wonka|@0no-co[\\/]graphql\.web|dayjs)[\\/]/,
              tags: ['$initial'],
              priority: 3,
            },
            { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler|react-router)[\\/]/, tags: ['$initial'], priority: 2 },
            { name: 'mantine', test: /node_modules[\\/]/, tags: ['$initial'], priority: 1 },
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
