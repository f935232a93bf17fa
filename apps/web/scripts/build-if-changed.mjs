#!/usr/bin/env node
// Builds the web app into dist/web unless its sources are unchanged since the last build:
// `npm start` calls it, so the first start builds and later ones start at once.
// The sources: apps/web (but its generated src/gql), the rules library it bundles, the api
// schema its operations are typed against, and the lockfile. `--force` always builds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const stamp = join(repo, 'dist/web/.sources-hash');
const sources = ['apps/web', 'libs/governance/src', 'apps/api/schema.gql', 'package-lock.json'];
const skipped = new Set(['node_modules', 'gql', 'test']);

function* files(path) {
  if (statSync(path).isFile()) return yield path;
  for (const entry of readdirSync(path).sort()) if (!skipped.has(entry)) yield* files(join(path, entry));
}

const hash = createHash('sha256');
for (const source of sources) {
  for (const file of files(join(repo, source))) hash.update(relative(repo, file)).update('\0').update(readFileSync(file)).update('\0');
}
const digest = hash.digest('hex');

if (!process.argv.includes('--force') && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) {
  process.stdout.write('[collegial] web app unchanged since its last build (dist/web)\n');
  process.exit(0);
}
process.stdout.write('[collegial] building the web app into dist/web…\n');
const bin = (name) => join(repo, 'node_modules/.bin', name);
execFileSync(bin('graphql-codegen'), ['--config', 'apps/web/codegen.ts', '--silent'], { cwd: repo, stdio: 'inherit' });
execFileSync(bin('vite'), ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], { cwd: repo, stdio: 'inherit' });
writeFileSync(stamp, digest);
