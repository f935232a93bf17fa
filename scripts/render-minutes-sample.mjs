#!/usr/bin/env node
// Renders the papers of the sample SCIC general assembly (libs/minutes-pdf/src/sample-*.ts)
// so that a person can look at them, and one page of the minutes as a PNG (pdftoppm, from
// Debian's poppler-utils).
//   node scripts/render-minutes-sample.mjs [--out=DIR] [--page=N] [--members=N] [--resolutions=N] [--locale=fr|en] [--screenshot]
// Writes minutes.pdf, attendance-sheet.pdf, proxy-form.pdf, postal-convocations.pdf and
// minutes-page-N.png into DIR (default dist/minutes-sample); --screenshot also copies the
// PNG of page 1 to docs/screenshots/minutes-page-1.png, the picture in the README.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const out = resolve(repo, option('out', 'dist/minutes-sample'));
const page = Number(option('page', '1'));
const locale = option('locale', 'fr');
const members = Number(option('members', '48'));
const resolutions = Number(option('resolutions', '4'));
const screenshot = process.argv.includes('--screenshot');

// The library is TypeScript: build it (with the api, only when its sources changed) and load the build.
execFileSync(process.execPath, [join(repo, 'scripts/build-if-changed.mjs'), 'api'], { cwd: repo, stdio: 'inherit' });
const require = createRequire(import.meta.url);
const papers = require(join(repo, 'dist/libs/minutes-pdf/src/index.js'));

mkdirSync(out, { recursive: true });
const options = { locale };
const files = {
  'minutes.pdf': await papers.renderMinutes(papers.sampleMinutes({ locale, members, resolutions }), options),
  'attendance-sheet.pdf': await papers.renderAttendanceSheet(papers.sampleAttendanceSheet({ locale, members }), options),
  'proxy-form.pdf': await papers.renderProxyForm(papers.sampleProxyForm({ locale }), options),
  'postal-convocations.pdf': await papers.renderPostalConvocations(papers.samplePostalConvocations({ locale, members }), options),
};
for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(join(out, name), bytes);
  process.stdout.write(`${join(out, name)} (${Math.round(bytes.length / 1024)} KB)\n`);
}

// pdftoppm names the file after the page number, padded to the page count's width: ask for one file by name instead.
const png = join(out, `minutes-page-${page}`);
execFileSync('pdftoppm', ['-png', '-r', '100', '-f', String(page), '-l', String(page), '-singlefile', join(out, 'minutes.pdf'), png]);
process.stdout.write(`${png}.png\n`);
if (screenshot) {
  if (page !== 1) throw new Error('--screenshot copies page 1: leave --page out');
  copyFileSync(`${png}.png`, join(repo, 'docs/screenshots/minutes-page-1.png'));
  process.stdout.write('docs/screenshots/minutes-page-1.png\n');
}
