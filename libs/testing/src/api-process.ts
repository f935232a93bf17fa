import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, isAlive, readPostmasterPid } from '@collegial/database';
import { GraphQLClient } from './graphql-client';
import { testConfig } from './test-config';

/**
 * The built api run as its own process (`node dist/apps/api/src/main.js`) on its own embedded
 * PostgreSQL, as `npm start` runs it: for tests that kill it and start it again.
 */

export interface ApiProcessSettings {
  /** The built entry point. */
  main: string;
  /** DATA_DIR: a folder under the system temporary folder (the postgres user must reach it). */
  dataDir: string;
  port: number;
  postgresPort: number;
  environment?: Record<string, string>;
}

export interface ApiProcess {
  pid: number;
  url: string;
  client: GraphQLClient;
  /** What the process printed, for failure messages. */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  running(): boolean;
  /** Sends the signal and waits for the process to exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** A fresh DATA_DIR with free ports. */
export async function apiProcessSettings(main: string): Promise<ApiProcessSettings> {
  const dataDir = await mkdtemp(join(tmpdir(), 'collegial-api-'));
  await chmod(dataDir, 0o755);
  return { main, dataDir, port: await findFreePort(), postgresPort: await findFreePort() };
}

export function clusterDirOf(settings: ApiProcessSettings): string {
  return join(settings.dataDir, 'postgres', 'cluster');
}

// Generous: on a loaded CI machine a first start (initdb, migrations) can take a minute.
const READY_WITHIN_MS = 120_000;

/** Starts the api and resolves once /health answers; rejects with its output if it exits first. */
export async function startApiProcess(settings: ApiProcessSettings): Promise<ApiProcess> {
  const environment = testConfig.inheritedEnvironment();
  delete environment.DATABASE_URL;
  delete environment.DEMO;
  const child: ChildProcess = spawn(process.execPath, [settings.main], {
    env: {
      ...environment,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      BCRYPT_COST: '4',
      SESSION_SECRET: 'a test secret that is long enough, and the same on every start',
      DATA_DIR: settings.dataDir,
      PORT: String(settings.port),
      EMBEDDED_POSTGRES_PORT: String(settings.postgresPort),
      ...settings.environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let done = false;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      done = true;
      resolve();
    });
  });
  const url = `http://127.0.0.1:${settings.port}`;
  const api: ApiProcess = {
    pid: child.pid ?? 0,
    url,
    client: new GraphQLClient(url),
    output: () => output,
    exited,
    running: () => !done,
    kill: async (signal) => {
      if (!done) child.kill(signal);
      await exited;
    },
  };
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    if (done) throw new Error(`The api exited before serving:\n${output}`);
    const healthy = await Promise.race([
      fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) }).then(
        (response) => response.ok,
        () => false,
      ),
      exited.then(() => false),
    ]);
    if (healthy) return api;
    if (Date.now() > deadline) {
      await api.kill('SIGKILL');
      throw new Error(`The api did not serve within ${READY_WITHIN_MS / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The pid of the PostgreSQL running on the api's cluster, if one runs. */
export async function runningPostmaster(settings: ApiProcessSettings): Promise<number | undefined> {
  const recorded = await readPostmasterPid(clusterDirOf(settings));
  return recorded && isAlive(recorded.pid) ? recorded.pid : undefined;
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/**
 * After a test, whatever happened: stops the api processes still running, then any PostgreSQL
 * left on the cluster (an orphan of a killed api), then deletes the DATA_DIR.
 */
export async function cleanUpApiProcesses(settings: ApiProcessSettings, processes: ApiProcess[]): Promise<void> {
  for (const api of processes.filter((p) => p.running())) {
    let timer: NodeJS.Timeout | undefined;
    const stopped = await Promise.race([
      api.kill('SIGTERM').then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 10_000))),
    ]);
    clearTimeout(timer);
    if (!stopped) await api.kill('SIGKILL');
  }
  const postmaster = await runningPostmaster(settings);
  if (postmaster) {
    process.kill(postmaster, 'SIGINT');
    if (!(await waitUntilGone(postmaster, 15_000))) {
      process.kill(postmaster, 'SIGKILL');
      await waitUntilGone(postmaster, 5_000);
    }
  }
  await rm(settings.dataDir, { recursive: true, force: true });
}
