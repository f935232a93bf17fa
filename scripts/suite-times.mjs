#!/usr/bin/env node
// Updates jest.suite-times.json, the time of each suite the jest sequencer expects on a clean
// clone (jest.sequencer.js), from the results of a run written by jest (a full run, ideally:
// the times of suites run alone are shorter); suites deleted since are left out.
//   npx jest --ci --json --outputFile=/tmp/jest-results.json; node scripts/suite-times.mjs /tmp/jest-results.json
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const resultsFile = process.argv[2];
if (!resultsFile) throw new Error('Usage: node scripts/suite-times.mjs <jest --json output>');
const { testResults } = JSON.parse(readFileSync(resultsFile, 'utf8'));
const timesFile = new URL('../jest.suite-times.json', import.meta.url);
const known = new Map(Object.entries(JSON.parse(readFileSync(timesFile, 'utf8'))).filter(([name]) => existsSync(join(repo, name))));
for (const suite of testResults) known.set(relative(repo, suite.name).split(sep).join('/'), Math.max(1, Math.round((suite.endTime - suite.startTime) / 1000)));
const seconds = [...known].sort(([nameA, a], [nameB, b]) => b - a || nameA.localeCompare(nameB));
writeFileSync(timesFile, `${JSON.stringify(Object.fromEntries(seconds), null, 2)}\n`);
process.stdout.write(`jest.suite-times.json: ${seconds.length} suites\n`);
