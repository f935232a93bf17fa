/**
 * npm run bench:api: requests per second at concurrency 32, from one run, on this machine:
 * a bare Node HTTP server, the api (started as `npm start` does, in production mode, on an
 * embedded PostgreSQL in a throw-away folder) for an unauthenticated `{ __typename }`,
 * `/health`, an authenticated `{ me { id } }` and `addMember`, and raw single-row INSERTs
 * through `pg`; then the ratios between them. Loopback only; every phase is time-bounded.
 *
 * Each line also gives the CPU time the serving process spent per request (from /proc): on a
 * machine shared with other work, requests/s fall with the load, CPU per request much less.
 *
 * Options: --duration=SECONDS per phase (default 12, in 3 interleaved rounds), --only=name,name (phases to run),
 * --cpu-prof=DIR (run the api under `node --cpu-prof`, profile written into DIR at exit).
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { findFreePort } from '../libs/database/src/free-port';
import { startChild, stopChild, waitForOk } from './child-process';
import { printSummary, summarise } from './cpu-profile-summary';
import { SmtpTestServer } from '../libs/testing/src/smtp-test-server';
import { startEmbeddedPostgres, type RunningPostgres } from '../libs/database/src/embedded-postgres.launcher';

const MAIN = join(__dirname, '../apps/api/src/main.js');
const CONNECTIONS = 32;
const WARM_UP_SECONDS = 1;
const ROUNDS = 3;

interface Options {
  duration: number;
  only: Set<string> | null;
  cpuProfDir: string | null;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const duration = Number(value('duration') ?? 12);
  if (!Number.isFinite(duration) || duration < 1 || duration > 60) throw new Error('--duration is 1 to 60 seconds');
  const only = value('only');
  const cpuProf = value('cpu-prof');
  return { duration, only: only ? new Set(only.split(',')) : null, cpuProfDir: cpuProf ? resolve(cpuProf) : null };
}

interface Phase {
  name: string;
  label: string;
  requestsPerSecond: number;
  errors: number;
  cpuUsPerRequest: number | null;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); null elsewhere. */
function cpuMsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

interface Measured {
  rps: number;
  errors: number;
  /** CPU the measured process spent per request, in µs: what a busy machine does not change much. */
  cpuUsPerRequest: number | null;
}

type Request = { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string };

/** One autocannon run at concurrency 32 after a short warm-up; non-2xx and socket errors counted. */
async function cannon(url: string, request: Request, duration: number, pid?: number): Promise<Measured> {
  const run = (seconds: number) =>
    autocannon({
      url: url + request.path,
      method: request.method,
      headers: request.headers,
      body: request.body,
      connections: CONNECTIONS,
      duration: seconds,
    });
  await run(WARM_UP_SECONDS);
  const cpuBefore = cpuMsOf(pid);
  const result = await run(duration);
  const cpuAfter = cpuMsOf(pid);
  const cpuUsPerRequest = cpuBefore !== null && cpuAfter !== null && result.requests.total > 0 ? ((cpuAfter - cpuBefore) * 1000) / result.requests.total : null;
  return { rps: result.requests.average, errors: result.non2xx + result.errors + result.timeouts, cpuUsPerRequest };
}

/** Checks once that a GraphQL request does what the phase claims, before measuring it. */
async function assertGraphQL(url: string, request: Request): Promise<void> {
  const response = await fetch(url + request.path, { method: request.method, headers: request.headers, body: request.body });
  const json = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || json.errors?.length || !json.data) throw new Error(`${request.body} answered ${response.status} ${JSON.stringify(json)}`);
}

/** Single-row INSERTs through a pg pool of the api's size, 32 in flight, for a bounded time. */
async function rawInserter(databaseUrl: string): Promise<{ run(seconds: number): Promise<Measured>; close(): Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  await pool.query(
    'CREATE TABLE bench_rows (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), organisation_id uuid NOT NULL, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())',
  );
  const organisationId = '00000000-0000-4000-8000-000000000001';
  const loop = async (until: number, count: { n: number; errors: number }) => {
    while (Date.now() < until) {
      await pool.query('INSERT INTO bench_rows (organisation_id, name) VALUES ($1, $2)', [organisationId, 'Membre']).then(
        () => count.n++,
        () => count.errors++,
      );
    }
  };
  const measure = async (seconds: number) => {
    const count = { n: 0, errors: 0 };
    const started = Date.now();
    const until = started + seconds * 1000;
    await Promise.all(Array.from({ length: CONNECTIONS }, () => loop(until, count)));
    return { rps: count.n / ((Date.now() - started) / 1000), errors: count.errors, cpuUsPerRequest: null };
  };
  return {
    run: async (seconds) => {
      await measure(WARM_UP_SECONDS);
      return measure(seconds);
    },
    close: () => pool.end(),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const wanted = (name: string) => options.only === null || options.only.has(name);
  const dataDir = await mkdtemp(join(tmpdir(), 'collegial-bench-api-'));
  await chmod(dataDir, 0o755);
  const children: ChildProcess[] = [];
  let postgres: RunningPostgres | undefined;
  const phases: Phase[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  const slice = options.duration / ROUNDS;
  const record = (name: string, label: string, result: Measured, rounds: number[]) => {
    phases.push({ name, label, requestsPerSecond: result.rps, errors: result.errors, cpuUsPerRequest: result.cpuUsPerRequest });
    const each = rounds.map((r) => r.toFixed(0)).join(' / ');
    const cpu = result.cpuUsPerRequest === null ? '' : `${result.cpuUsPerRequest.toFixed(0).padStart(6)} µs CPU/req`;
    say(
      `  ${label.padEnd(42)} ${result.rps.toFixed(0).padStart(7)} req/s ${cpu.padStart(18)}   (rounds: ${each})${result.errors ? `  ${result.errors} errors` : ''}`,
    );
  };
  try {
    say(
      `bench:api: concurrency ${CONNECTIONS}; per phase the median of ${ROUNDS} interleaved rounds of ${slice.toFixed(1)} s, each after ${WARM_UP_SECONDS} s of warm-up`,
    );
    say(
      `load average at the start: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (${cpus().length} cores)`,
    );
    postgres = await startEmbeddedPostgres({ directory: join(dataDir, 'postgres'), port: await findFreePort(), ephemeral: true });
    const admin = new Pool({ connectionString: postgres.adminUrl, max: 1 });
    await admin.query('CREATE DATABASE collegial');
    await admin.end();
    const databaseUrl = postgres.urlFor('collegial');

    const measures: { name: string; label: string; measure: () => Promise<Measured> }[] = [];
    if (wanted('bare')) {
      const port = await findFreePort();
      const bareServer = `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => { s.setHeader('content-type', 'application/json'); s.end('{"ok":true}'); }); }).listen(${port}, '127.0.0.1')`;
      const bare = startChild(['-e', bareServer], { PATH: process.env.PATH });
      children.push(bare.child);
      await waitForOk(`http://127.0.0.1:${port}/`, bare.child, bare.output);
      measures.push({
        name: 'bare',
        label: 'bare node http server',
        measure: () => cannon(`http://127.0.0.1:${port}`, { method: 'GET', path: '/' }, slice, bare.child.pid),
      });
    }

    const mailbox = await SmtpTestServer.start();
    cleanups.push(() => mailbox.close());
    const port = await findFreePort();
    const api = startChild([...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : []), MAIN], {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      BCRYPT_COST: '4',
      LOG_LEVEL: 'info',
      SMTP_URL: mailbox.url,
    });
    children.push(api.child);
    const url = `http://127.0.0.1:${port}`;
    await waitForOk(`${url}/health`, api.child, api.output);

    const json = { 'content-type': 'application/json' };
    const graphql = (query: string, variables: Record<string, unknown> = {}, token?: string): Request => ({
      method: 'POST',
      path: '/graphql',
      headers: token ? { ...json, authorization: `Bearer ${token}` } : json,
      body: JSON.stringify({ query, variables }),
    });
    const call = async <T>(request: Request): Promise<T> => {
      const response = await fetch(url + request.path, { method: request.method, headers: request.headers, body: request.body });
      const body = (await response.json()) as { data: T; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    // Registration goes by e-mail: the link arrives at the loopback SMTP server started above.
    const email = `bench-${randomBytes(4).toString('hex')}@collegial.example`;
    await call(graphql('mutation Register($input: RegisterInput!) { register(input: $input) }', { input: { email } }));
    const mail = await mailbox.waitFor((m) => m.to.includes(email), 15_000);
    const registrationToken = /\/registration#([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    if (!registrationToken) throw new Error(`No registration link in the mail:\n${mail.text}`);
    const { confirmRegistration } = await call<{ confirmRegistration: { token: string } }>(
      graphql('mutation C($input: ConfirmRegistrationInput!) { confirmRegistration(input: $input) { token } }', {
        input: { token: registrationToken, password: 'trois vélos rouges sous la pluie', displayName: 'Banc d’essai' },
      }),
    );
    const token = confirmRegistration.token;
    const { createOrganisation } = await call<{ createOrganisation: { id: string } }>(
      graphql(
        `
          mutation Create($input: CreateOrganisationInput!) {
            createOrganisation(input: $input) {
              id
            }
          }
        `,
        { input: { name: 'Bench', legalForm: 'association' } },
        token,
      ),
    );

    const scenarios: { name: string; label: string; request: Request }[] = [
      { name: 'typename', label: 'api: unauthenticated { __typename }', request: graphql('{ __typename }') },
      { name: 'health', label: 'api: /health (one SELECT)', request: { method: 'GET', path: '/health' } },
      { name: 'me', label: 'api: authenticated { me { id } }', request: graphql('query Me { me { id } }', {}, token) },
      { name: 'meEmail', label: 'api: authenticated { me { id email } }', request: graphql('query Me { me { id email } }', {}, token) },
      {
        name: 'addMember',
        label: 'api: addMember',
        request: graphql(
          'mutation Add($organisationId: UUID!, $input: AddMemberInput!) { addMember(organisationId: $organisationId, input: $input) { id } }',
          { organisationId: createOrganisation.id, input: { kind: 'naturalPerson', name: 'Membre de banc', joinedOn: '2024-01-15' } },
          token,
        ),
      },
    ];
    for (const scenario of scenarios.filter((s) => wanted(s.name))) {
      if (scenario.request.path === '/graphql') await assertGraphQL(url, scenario.request);
      measures.push({ name: scenario.name, label: scenario.label, measure: () => cannon(url, scenario.request, slice, api.child.pid) });
    }
    if (wanted('insert')) {
      const inserts = await rawInserter(databaseUrl);
      cleanups.push(() => inserts.close());
      measures.push({ name: 'insert', label: 'raw pg single-row INSERT (pool of 10)', measure: () => inserts.run(slice) });
    }

    // Interleaved rounds, the median of each: a machine shared with other work slows every
    // phase alike rather than whichever one happened to run during a busy moment.
    const results = new Map<string, Measured[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const { name, measure } of measures) results.set(name, [...(results.get(name) ?? []), await measure()]);
    }
    for (const { name, label } of measures) {
      const runs = results.get(name)!;
      const sorted = runs.map((r) => r.rps).sort((a, b) => a - b);
      const cpus = runs
        .map((r) => r.cpuUsPerRequest)
        .filter((c): c is number => c !== null)
        .sort((a, b) => a - b);
      const middle = (values: number[]) => values[Math.floor(values.length / 2)];
      record(name, label, { rps: middle(sorted), errors: runs.reduce((n, r) => n + r.errors, 0), cpuUsPerRequest: cpus.length ? middle(cpus) : null }, sorted);
    }
    await stopChild(api.child);
    say(
      `load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (${cpus().length} cores; a busy machine lowers every figure)`,
    );
    const rate = (name: string) => phases.find((p) => p.name === name)?.requestsPerSecond;
    const ratio = (label: string, a: string, b: string) => {
      const x = rate(a);
      const y = rate(b);
      const cx = cpuOf(a);
      const cy = cpuOf(b);
      const byCpu = cx !== undefined && cy !== undefined ? `${(cy / cx).toFixed(2).padStart(11)}×` : '';
      if (x !== undefined && y !== undefined) say(`  ${label.padEnd(42)} ${(x / y).toFixed(2).padStart(7)}× ${byCpu}`);
    };
    const cpuOf = (name: string) => phases.find((p) => p.name === name)?.cpuUsPerRequest ?? undefined;
    say('ratios (same run):               requests/s   and by CPU per request (unaffected by other load)');
    ratio('authenticated me / unauthenticated', 'me', 'typename');
    ratio('authenticated me { id email } / unauth.', 'meEmail', 'typename');
    ratio('/health / unauthenticated', 'health', 'typename');
    ratio('addMember / unauthenticated', 'addMember', 'typename');
    ratio('addMember / raw pg INSERT', 'addMember', 'insert');
    ratio('unauthenticated / bare node http', 'typename', 'bare');
    ratio('authenticated me / bare node http', 'me', 'bare');
    say(
      `target: authenticated ≥ 0.8× unauthenticated -> ${(rate('me') ?? 0) / (rate('typename') ?? Infinity) >= 0.8 ? 'met' : 'NOT met'} (requests/s), ${(cpuOf('typename') ?? 0) / (cpuOf('me') ?? Infinity) >= 0.8 ? 'met' : 'NOT met'} (CPU per request)`,
    );
    if (options.cpuProfDir) {
      const profiles = (await readdir(options.cpuProfDir)).filter((name) => name.endsWith('.cpuprofile')).sort();
      const newest = join(options.cpuProfDir, profiles[profiles.length - 1]);
      say(`cpu profile of the api: ${newest}`);
      printSummary(summarise(JSON.parse(await readFile(newest, 'utf8')) as Parameters<typeof summarise>[0]), say);
    }
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    for (const child of children) await stopChild(child);
    await postgres?.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
