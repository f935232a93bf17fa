import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { graphqlDocumentImports } from './build/graphql-document-imports.mts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const apiPort = process.env.API_PORT ?? process.env.PORT ?? '3000';

// The web app, built to dist/web where the api serves it (same origin as /graphql).
// `npm run dev` proxies the api's routes to a running api.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: { '@collegial/governance': `${repo}/libs/governance/src/index.ts` } },
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [graphqlDocumentImports(fileURLToPath(new URL('./src', import.meta.url)))],
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
