/**
 * npm run bench:minutes: the minutes of a 1,000-member general assembly with 30 resolutions
 * (a SCIC: every resolution weighted by college, with its chart) and the attendance annex,
 * rendered by @collegial/minutes-pdf in this process, as the api renders them on approval.
 * Target: at most 1.5 s, for the first render as for the next ones. The first render is cold
 * (fonts read and parsed, pdfkit's and fontkit's modules and Unicode tables loaded on first
 * use, code not yet optimised), which an api pays once; later ones are warm. Prints wall and
 * CPU times (CPU time barely moves with the load of a shared machine), the page count, the
 * size and the process's peak RSS (VmHWM): the rendering's own cost, without the api around it.
 *
 * Options: --members=N (default 1000), --resolutions=N (default 30), --runs=N (default 5),
 * --out=FILE (write the PDF there, to look at it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { renderMinutes, sampleMinutes } from '../libs/minutes-pdf/src';

const TARGET_SECONDS = 1.5;

const say = (line: string) => process.stdout.write(`${line}\n`);

function option(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function integerOption(name: string, fallback: number, min: number, max: number): number {
  const value = Number(option(name) ?? fallback);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} is ${min} to ${max}`);
  return value;
}

/** Peak resident set of this process so far (VmHWM), in MB (Linux); the current RSS elsewhere. */
function peakRssMb(): number {
  try {
    const line = readFileSync('/proc/self/status', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmHWM:'));
    if (line) return Number(line.replace(/\D+/g, '')) / 1024;
  } catch {
    // Not Linux: fall through.
  }
  return process.memoryUsage().rss / 1024 / 1024;
}

/** Pages of a pdfkit PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

async function main(): Promise<void> {
  const members = integerOption('members', 1000, 1, 100_000);
  const resolutions = integerOption('resolutions', 30, 1, 500);
  const runs = integerOption('runs', 5, 1, 50);
  const out = option('out');
  say(`minutes of a ${members}-member general assembly, ${resolutions} resolutions weighted by college, attendance annex`);
  say(
    `machine: ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; node ${process.version}; rss before: ${peakRssMb().toFixed(0)} MB`,
  );

  const doc = sampleMinutes({ members, resolutions });
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    pdf = await renderMinutes(doc);
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1e6);
  }
  if (out) writeFileSync(resolve(out), pdf);

  const cold = times[0];
  const warm = times.slice(1).sort((a, b) => a - b);
  const median = warm.length ? warm[Math.floor(warm.length / 2)] : cold;
  const warmCpu = cpuTimes.slice(1).sort((a, b) => a - b);
  say(`first render (cold): ${cold.toFixed(3)} s (CPU ${cpuTimes[0].toFixed(3)} s)`);
  if (warm.length) {
    say(`warm renders: median ${median.toFixed(3)} s, best ${warm[0].toFixed(3)} s, worst ${warm[warm.length - 1].toFixed(3)} s (${warm.length} runs)`);
    say(`warm renders' CPU time: median ${warmCpu[Math.floor(warmCpu.length / 2)].toFixed(3)} s`);
  }
  say(`pages: ${pageCount(pdf)}; size: ${(pdf.length / 1024).toFixed(0)} KB${out ? ` (written to ${out})` : ''}`);
  say(`peak RSS: ${peakRssMb().toFixed(0)} MB`);
  const worst = Math.max(cold, median);
  say(worst <= TARGET_SECONDS ? `within the ${TARGET_SECONDS} s target` : `SLOWER than the ${TARGET_SECONDS} s target`);
  if (worst > TARGET_SECONDS) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
