import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres.error';

/**
 * The embedded PostgreSQL is a child process of the api. When the api is killed with SIGKILL
 * (OOM killer, `kill -9`, a crashed supervisor), nothing can stop it: the postmaster lives on
 * as an orphan, holding its port and `postmaster.pid`, and the next start would fail. The
 * next start therefore looks at `postmaster.pid` first (clearEarlierServer).
 */

export interface PostmasterPid {
  pid: number;
  dataDir: string;
}

interface ProcessInfo {
  /** One letter, as in ps: R, S, D, Z (zombie), X (dead), ... */
  state: string;
  ppid: number;
  /** Arguments joined by single spaces. */
  commandLine: string;
  program: string;
}

/** How long an orphan gets for a fast shutdown (it checkpoints), then for an immediate one. */
const FAST_SHUTDOWN_MS = 30_000;
const IMMEDIATE_SHUTDOWN_MS = 10_000;

export async function readPostmasterPid(clusterDir: string): Promise<PostmasterPid | undefined> {
  const text = await readFile(join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const [pid = '', dataDir = ''] = text.split('\n');
  return { pid: Number.parseInt(pid, 10) || 0, dataDir: dataDir.trim() };
}

/** The state, parent and command line of a process; undefined when there is none. */
export function processInfo(pid: number): ProcessInfo | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
      const [state = '', ppid = '0'] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      return { state, ppid: Number(ppid), commandLine: argv.join(' '), program: argv[0] ?? '' };
    } catch {
      return undefined;
    }
  }
  try {
    // macOS and other systems without /proc.
    const line = execFileSync('ps', ['-o', 'stat=,ppid=,command=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    const [state = '', ppid = '0', ...command] = line.split(/\s+/);
    return { state: state.charAt(0), ppid: Number(ppid), commandLine: command.join(' '), program: command[0] ?? '' };
  } catch {
    return undefined;
  }
}

/** A process that runs (a zombie, waiting for its parent to reap it, does not). */
export function isAlive(pid: number): boolean {
  const info = processInfo(pid);
  return info !== undefined && info.state !== 'Z' && info.state !== 'X';
}

function isPostmasterOf(info: ProcessInfo, clusterDir: string): boolean {
  return basename(info.program) === 'postgres' && ` ${info.commandLine} `.includes(` -D ${clusterDir} `);
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((done) => setTimeout(done, 100));
  }
  return true;
}

/**
 * Before starting the cluster: when `postmaster.pid` names a PostgreSQL still running on this
 * cluster whose launcher is gone (an orphan of an api killed with SIGKILL), stop it cleanly
 * (SIGINT: fast shutdown, committed data kept; SIGQUIT if it does not finish). When it names
 * a process that is gone, a zombie, or some other program that got the pid since, remove the
 * stale file: PostgreSQL would otherwise refuse to start. A server whose launcher (a node
 * process) is still alive is in use: refuse, rather than pull it from under a running api.
 */
export async function clearEarlierServer(clusterDir: string, log: (line: string) => void): Promise<void> {
  const directory = resolve(clusterDir);
  const pidFile = join(directory, 'postmaster.pid');
  const recorded = await readPostmasterPid(directory);
  if (!recorded) return;
  const info = processInfo(recorded.pid);
  const running = info !== undefined && info.state !== 'Z' && info.state !== 'X' && isPostmasterOf(info, directory);
  if (!running) {
    log(`Removing a stale postmaster.pid (process ${recorded.pid} is not a PostgreSQL on ${directory})`);
    await rm(pidFile, { force: true });
    return;
  }
  const parent = processInfo(info.ppid);
  if (parent && parent.state !== 'Z' && /^node/.test(basename(parent.program))) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL on ${directory} (pid ${recorded.pid}) is in use by process ${info.ppid}, ` +
        'probably another Collegial started on the same DATA_DIR: stop it first, or give this one its own DATA_DIR.',
    );
  }
  log(`Stopping the PostgreSQL left running on ${directory} by an earlier run (pid ${recorded.pid})`);
  process.kill(recorded.pid, 'SIGINT');
  if (!(await waitForExit(recorded.pid, FAST_SHUTDOWN_MS))) {
    log(`PostgreSQL ${recorded.pid} did not finish a fast shutdown in ${FAST_SHUTDOWN_MS / 1000} s: immediate shutdown`);
    process.kill(recorded.pid, 'SIGQUIT');
    if (!(await waitForExit(recorded.pid, IMMEDIATE_SHUTDOWN_MS))) {
      throw new EmbeddedPostgresError(`The PostgreSQL left running on ${directory} (pid ${recorded.pid}) did not stop: stop it by hand.`);
    }
  }
  // After an immediate shutdown the file stays; a zombie would still hold the pid.
  if (existsSync(pidFile) && !isAlive(recorded.pid)) await rm(pidFile, { force: true });
}

/** Another process runs PostgreSQL on this cluster. */
export class EmbeddedPostgresInUseError extends Error {}
