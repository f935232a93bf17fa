#!/usr/bin/env node
// The checks `npm test` runs before jest, on two lanes at once. ESLint, type-aware, is a
// minute on one core by itself; the other steps together take about as long, also on one
// core: side by side they end in half the time on two cores. Each lane runs its steps in
// order; a step's output is printed whole when it ends, so the lanes' lines never mix. Every
// failure is reported, then the exit code is 1.
//   node scripts/checks.mjs        (npm test runs it; each step is also an npm script)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const LANES = [['lint'], ['typecheck', 'format:check', 'depcruise', 'licenses', 'build', 'build:web']];

const repo = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs one npm script, its output kept; resolves with whether it succeeded. */
function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ['run', '--silent', script], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const text = Buffer.concat(output).toString('utf8');
      process.stdout.write(
        `\n> npm run ${script} (${seconds} s)${code === 0 ? '' : ` FAILED (exit ${code})`}\n${text}${text && !text.endsWith('\n') ? '\n' : ''}`,
      );
      resolve(code === 0);
    });
  });
}

/** A lane stops at its first failure: later steps build on the earlier ones. */
async function lane(scripts) {
  const failed = [];
  for (const script of scripts) {
    if (!(await run(script))) {
      failed.push(script);
      break;
    }
  }
  return failed;
}

const failed = (await Promise.all(LANES.map(lane))).flat();
if (failed.length) {
  process.stdout.write(`\nchecks failed: ${failed.join(', ')}\n`);
  process.exit(1);
}
