import { readdirSync, readFileSync } from 'node:fs';

/** A window counts as settled once Chromium uses less than this share of one core over a look. */
const IDLE_SHARE = 0.05;
const LOOK_MS = 250;

/** The CPU time (ms) used so far by the Chromium processes under this one (Linux: /proc). */
function chromiumCpuMs(): number {
  const parents = new Map<number, number>();
  const chromium = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).startsWith('chrom')) chromium.add(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  const descends = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at)) if (at === process.pid) return true;
    return false;
  };
  let ticks = 0;
  for (const pid of chromium) {
    if (!descends(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10;
}

/**
 * Waits (at most `maxMs`) until the Chromium this process started is idle. A new window keeps
 * both cores of this machine busy for most of a second with its own pages (its tab strip,
 * its omnibox): a navigation timed from there measures the window's opening as much as the
 * page. A person's browser is open before they follow a link. Returns the milliseconds waited.
 */
export async function untilBrowserIdle(maxMs = 3_000): Promise<number> {
  const started = Date.now();
  let before = chromiumCpuMs();
  while (Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, LOOK_MS));
    const now = chromiumCpuMs();
    if (now - before < IDLE_SHARE * LOOK_MS) break;
    before = now;
  }
  return Date.now() - started;
}
