#!/usr/bin/env node
// `npm run dev`: the api (built, on PORT or 3000) and Vite's dev server on 5173 with hot
// reload, which proxies /graphql and /health to the api. Ctrl-C stops both.
import { spawn, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const bin = (name) => join(repo, 'node_modules/.bin', name);
// The api is rebuilt only when its sources changed (the web app is Vite's, live).
execFileSync(process.execPath, ['scripts/build-if-changed.mjs', 'api'], { cwd: repo, stdio: 'inherit' });
execFileSync(bin('graphql-codegen'), ['--config', 'apps/web/codegen.ts', '--silent'], { cwd: repo, stdio: 'inherit' });

const children = [
  spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173' },
  }),
  spawn(bin('vite'), ['--config', 'apps/web/vite.config.mts'], { cwd: repo, stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
