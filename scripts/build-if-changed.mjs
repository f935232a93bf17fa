#!/usr/bin/env node
// Builds what changed since the last build, and only that: `npm start` calls it, so the
// first start builds the api and the web app and later ones start at once.
//   node scripts/build-if-changed.mjs [api] [web] [--force]   (both when none is named)
// Each target's sources are hashed (paths and contents); the hash of the last build is kept
// beside its output.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(repo, 'node_modules/.bin', name);
const run = (command, args) => execFileSync(bin(command), args, { cwd: repo, stdio: 'inherit' });

const TARGETS = {
  api: {
    label: 'the api',
    output: 'dist/apps/api',
    stamp: 'dist/.api-sources-hash',
    sources: ['apps/api/src', 'libs', '.swcrc', 'package-lock.json'],
    build: () => run('swc', ['apps/api/src', 'libs', '-d', 'dist', '--quiet']),
  },
  web: {
    label: 'the web app',
    output: 'dist/web',
    stamp: 'dist/web/.sources-hash',
    // The app, the rules library it bundles, the schema its operations are typed against.
    sources: ['apps/web', 'libs/governance/src', 'apps/api/schema.gql', 'package-lock.json'],
    build: () => {
      run('graphql-codegen', ['--config', 'apps/web/codegen.ts', '--silent']);
      run('vite', ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']);
    },
  },
};
/** Not sources: installed packages, generated code, tests. */
const SKIPPED = new Set(['node_modules', 'gql', 'test']);

function* files(path) {
  if (statSync(path).isFile()) return yield path;
  for (const entry of readdirSync(path).sort()) if (!SKIPPED.has(entry) && !entry.endsWith('.spec.ts')) yield* files(join(path, entry));
}

function sourcesHash(sources) {
  const hash = createHash('sha256');
  for (const source of sources) {
    for (const file of files(join(repo, source))) hash.update(relative(repo, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
const named = process.argv.slice(2).filter((arg) => arg in TARGETS);
for (const name of named.length ? named : Object.keys(TARGETS)) {
  const target = TARGETS[name];
  const stamp = join(repo, target.stamp);
  const digest = sourcesHash(target.sources);
  if (!force && existsSync(stamp) && existsSync(join(repo, target.output)) && readFileSync(stamp, 'utf8') === digest) continue;
  process.stdout.write(`[collegial] building ${target.label} into ${target.output}…\n`);
  target.build();
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, digest);
}
