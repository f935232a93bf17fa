/**
 * Self time of a `node --cpu-prof` profile, by package: which library the CPU was in when
 * sampled (node_modules/<package>, our own code, Node's internals, the garbage collector).
 * Samples before the first one inside an HTTP handler are start-up and left out, so a short
 * load run is not drowned by Nest's bootstrap.
 *
 *   node dist/bench/cpu-profile-summary.js FILE.cpuprofile [--top=N]
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  /** Microseconds on the machine's monotonic clock (process.hrtime's, in any process). */
  startTime?: number;
  samples: number[];
  timeDeltas: number[];
}

/** A stretch of a run, in microseconds of the monotonic clock (process.hrtime.bigint() / 1000n). */
export interface ProfileWindow {
  fromUs: number;
  toUs: number;
}

/** The package a frame's script belongs to. */
export function packageOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName || 'anonymous'}`;
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + 'node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  if (url.startsWith('node:internal/')) return `node:internal/${url.slice(14).split('/')[0].replace(/\.js$/, '')}`;
  if (url.startsWith('node:')) return url;
  if (url.includes('/dist/apps/')) return 'collegial (apps)';
  if (url.includes('/dist/libs/')) return 'collegial (libs)';
  return url;
}

/** Our code or a library's, as opposed to Node's own work or the engine's. */
const isPackage = (name: string) => !name.startsWith('node:') && !name.startsWith('(');

export interface Summary {
  totalMs: number;
  rows: { name: string; ms: number; share: number }[];
  /** Node's and native work charged to the package whose code called it (a socket write to the caller of write). */
  charged: { name: string; ms: number; share: number }[];
  functions: { name: string; ms: number; share: number }[];
}

/** Node's HTTP server handing a parsed request over: serving has begun, start-up is over. */
const SERVING = (frame: CallFrame) => frame.functionName === 'parserOnIncoming' && frame.url === 'node:_http_server';

/** The whole run once serving began, or only the samples inside `windows` (the stretches of one burst of a bench). */
export function summarise(profile: CpuProfile, top = 25, windows?: readonly ProfileWindow[]): Summary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const serving = new Set<number>();
  for (const node of profile.nodes) {
    if (SERVING(node.callFrame)) {
      const stack = [node.id];
      while (stack.length) {
        const id = stack.pop()!;
        if (serving.has(id)) continue;
        serving.add(id);
        stack.push(...(byId.get(id)?.children ?? []));
      }
    }
  }
  const chargedTo = new Map<number, string>();
  const charge = (id: number): string => {
    const known = chargedTo.get(id);
    if (known !== undefined) return known;
    const name = packageOf(byId.get(id)!.callFrame);
    const up = parent.get(id);
    const result =
      isPackage(name) || up === undefined
        ? name
        : (() => {
            const above = charge(up);
            return isPackage(above) ? above : name;
          })();
    chargedTo.set(id, result);
    return result;
  };
  const packages = new Map<string, number>();
  const charged = new Map<string, number>();
  const functions = new Map<string, number>();
  let started = false;
  let totalUs = 0;
  let at = profile.startTime ?? 0;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    // A sample's time is the gap to the next one.
    const us = profile.timeDeltas[index + 1] ?? 0;
    if (windows) {
      if (!windows.some((w) => at >= w.fromUs && at <= w.toUs)) return;
    } else {
      if (!started && serving.has(id)) started = true;
      if (!started) return;
    }
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') return;
    const name = packageOf(node.callFrame);
    packages.set(name, (packages.get(name) ?? 0) + us);
    const payer = charge(id);
    charged.set(payer, (charged.get(payer) ?? 0) + us);
    const fn = `${name}: ${node.callFrame.functionName || 'anonymous'}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
    totalUs += us;
  });
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / totalUs }));
  return { totalMs: totalUs / 1000, rows: rows(packages), charged: rows(charged), functions: rows(functions) };
}

export function printSummary(summary: Summary, print: (line: string) => void): void {
  print(`CPU self time while serving (idle left out): ${(summary.totalMs / 1000).toFixed(1)} s`);
  print('by package:');
  for (const row of summary.rows) print(`  ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.ms.toFixed(0).padStart(7)} ms  ${row.name}`);
  print("by package, Node's work charged to the package that asked for it:");
  for (const row of summary.charged) print(`  ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.ms.toFixed(0).padStart(7)} ms  ${row.name}`);
  print('top functions:');
  for (const row of summary.functions.slice(0, 15)) print(`  ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.name}`);
}

if (require.main === module) {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node dist/bench/cpu-profile-summary.js FILE.cpuprofile [--top=N]');
    process.exit(2);
  }
  const top = Number(rest.find((arg) => arg.startsWith('--top='))?.slice(6) ?? 25);
  printSummary(summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, top), (line) => console.log(line));
}
