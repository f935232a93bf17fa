/**
 * npm run bench:convocations: convening a 2,000-member general assembly through the durable
 * queue to a loopback SMTP server. The built api runs as a child process (production mode)
 * on an embedded PostgreSQL in a throw-away folder; the members are imported from a CSV
 * file (most consent to e-mail, some are convened by post); the meeting has an agenda of
 * five items and three documents (listed in each mail, downloaded through the personal link).
 * Once half the mail has arrived the api is stopped (SIGTERM by default, --signal=SIGKILL
 * to kill it outright) and started again on the same database: the queue resumes, and every
 * member must receive exactly one convocation with its .ics.
 *
 * Prints progress samples (from the convocationProgress query), the time to the last
 * delivery, the api's peak RSS (VmHWM of each process) and whether anything was sent twice.
 *
 * Options: --members=N (default 2000), --signal=SIGTERM|SIGKILL, --no-restart,
 * --cpu-prof=DIR (the first api under `node --cpu-prof`, its profile summarised at the end).
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { SMTPServer } from 'smtp-server';
import { findFreePort } from '../libs/database/src/free-port';
import { startEmbeddedPostgres, type RunningPostgres } from '../libs/database/src/embedded-postgres.launcher';
import { graphqlCall, secretaryWithOrganisation } from './bench-secretary';
import { startChild, stopChild, waitForOk } from './child-process';
import { printSummary, summarise } from './cpu-profile-summary';

const MAIN = join(__dirname, '../apps/api/src/main.js');
const TARGET_SECONDS = 60;
/** One member in forty has not consented to e-mail: convened by post. */
const POSTAL_EVERY = 40;

const say = (line: string) => process.stdout.write(`${line}\n`);

interface Options {
  cpuProfDir: string | null;
  members: number;
  signal: 'SIGTERM' | 'SIGKILL';
  restart: boolean;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const members = Number(value('members') ?? 2000);
  if (!Number.isInteger(members) || members < 10 || members > 5000) throw new Error('--members is 10 to 5000');
  const signal = value('signal') ?? 'SIGTERM';
  if (signal !== 'SIGTERM' && signal !== 'SIGKILL') throw new Error('--signal is SIGTERM or SIGKILL');
  const cpuProf = value('cpu-prof');
  return { members, signal, restart: !argv.includes('--no-restart'), cpuProfDir: cpuProf ? resolve(cpuProf) : null };
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); 0 once it has exited. */
function cpuMsOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** Peak resident set of a process so far (VmHWM), in MB; null once it has exited. */
function peakRssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmHWM:'));
    return line ? Number(line.replace(/\D+/g, '')) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * A loopback SMTP server that only counts: recipients, and whether each message carries an
 * .ics (text/calendar, METHOD:REQUEST). Parsing 2,000 messages fully would measure the bench.
 * Mail to bench-* addresses (the secretary's registration) is kept, its soft line breaks undone.
 */
async function countingSmtpServer() {
  const received = new Map<string, number>();
  const kept = new Map<string, string>();
  let withCalendar = 0;
  let withDocuments = 0;
  let last = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        if (/Content-Type: text\/calendar/i.test(raw) && /method=REQUEST/i.test(raw)) withCalendar++;
        if (raw.includes('Budget pr')) withDocuments++;
        for (const r of session.envelope.rcptTo) {
          const address = r.address.toLowerCase();
          if (address.startsWith('bench-')) kept.set(address, raw.replace(/=\r?\n/g, ''));
          else received.set(address, (received.get(address) ?? 0) + 1);
        }
        last = Date.now();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    total: () => [...received.values()].reduce((a, b) => a + b, 0),
    withCalendar: () => withCalendar,
    withDocuments: () => withDocuments,
    lastAt: () => last,
    keptFor: async (address: string) => {
      for (let i = 0; i < 300 && !kept.has(address); i++) await new Promise((r) => setTimeout(r, 50));
      const raw = kept.get(address);
      if (!raw) throw new Error(`No mail to ${address}`);
      return raw;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const dataDir = await mkdtemp(join(tmpdir(), 'collegial-bench-convocations-'));
  await chmod(dataDir, 0o755);
  let postgres: RunningPostgres | undefined;
  const children: ChildProcess[] = [];
  const smtp = await countingSmtpServer();
  try {
    say(`bench:convocations: ${options.members} members, restart half-way by ${options.restart ? options.signal : 'nothing (--no-restart)'}`);
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
    const port = await findFreePort();
    const url = `http://127.0.0.1:${port}`;
    const environment = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      PUBLIC_URL: url,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      BCRYPT_COST: '4',
      LOG_LEVEL: 'warn',
      SMTP_URL: smtp.url,
    };
    let profiled = false;
    const startApi = async () => {
      const profile = options.cpuProfDir && !profiled ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
      profiled = true;
      const api = startChild([...profile, MAIN], environment);
      children.push(api.child);
      const started = Date.now();
      await waitForOk(`${url}/health`, api.child, api.output);
      return { ...api, startedInMs: Date.now() - started };
    };
    let api = await startApi();
    say(`api started in ${(api.startedInMs / 1000).toFixed(1)} s`);

    const call = graphqlCall(url);
    const { token, organisationId } = await secretaryWithOrganisation(call, (address) => smtp.keptFor(address));

    const lines = ['nom;email;adhésion;convocation électronique;adresse postale'];
    let byEmail = 0;
    for (let i = 1; i <= options.members; i++) {
      const postal = i % POSTAL_EVERY === 0;
      if (!postal) byEmail++;
      lines.push(`Membre ${String(i).padStart(4, '0')};membre${i}@bench.example;15/01/2024;${postal ? 'non' : 'oui'};${i} rue du Banc 69000 Lyon`);
    }
    let started = Date.now();
    const { importMembers } = await call<{ importMembers: { importedCount: number; refusedCount: number } }>(
      'mutation Import($organisationId: UUID!, $csv: String!) { importMembers(organisationId: $organisationId, csv: $csv) { importedCount refusedCount } }',
      { organisationId, csv: lines.join('\n') },
      token,
    );
    say(
      `imported ${importMembers.importedCount} members (${importMembers.refusedCount} refused) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${byEmail} by e-mail, ${options.members - byEmail} by post`,
    );

    const { bodies } = await call<{ bodies: { id: string; kind: string }[] }>(
      'query B($organisationId: UUID!) { bodies(organisationId: $organisationId) { id kind } }',
      { organisationId },
      token,
    );
    const assembly =
      bodies.find((b) => b.kind === 'generalAssembly') ??
      (
        await call<{ createBody: { id: string; kind: string } }>(
          'mutation B($organisationId: UUID!, $input: CreateBodyInput!) { createBody(organisationId: $organisationId, input: $input) { id kind } }',
          { organisationId, input: { kind: 'generalAssembly', name: 'Assemblée générale' } },
          token,
        )
      ).createBody;
    const startsAt = new Date(Date.now() + 40 * 24 * 3600 * 1000);
    startsAt.setUTCHours(13, 0, 0, 0);
    const { scheduleMeeting } = await call<{ scheduleMeeting: { id: string } }>(
      'mutation S($organisationId: UUID!, $input: ScheduleMeetingInput!) { scheduleMeeting(organisationId: $organisationId, input: $input) { id } }',
      { organisationId, input: { bodyId: assembly.id, startsAt: startsAt.toISOString(), durationMinutes: 180, place: 'Salle des fêtes, Lyon' } },
      token,
    );
    const meetingId = scheduleMeeting.id;
    for (const title of [
      'Rapport moral',
      'Rapport financier et approbation des comptes 2025',
      'Affectation du résultat',
      'Renouvellement du conseil',
      'Questions diverses',
    ]) {
      await call(
        'mutation A($organisationId: UUID!, $meetingId: UUID!, $input: AddAgendaItemInput!) { addAgendaItem(organisationId: $organisationId, meetingId: $meetingId, input: $input) { id } }',
        { organisationId, meetingId, input: { kind: 'deliberation', title } },
        token,
      );
    }
    // Three preparatory documents, uploaded as the web app does (multipart), listed in every convocation.
    for (const [title, name, body] of [
      ['Rapport moral 2025', 'rapport-moral-2025.md', `# Rapport moral 2025\n\n${'Une année de projets partagés. '.repeat(200)}`],
      ['Comptes annuels 2025', 'comptes-annuels-2025.txt', `Comptes annuels 2025\n${'Produits 120 000 ; charges 118 500.\n'.repeat(200)}`],
      ['Budget prévisionnel 2026', 'budget-2026.txt', `Budget prévisionnel 2026\n${'Poste ; montant\n'.repeat(300)}`],
    ]) {
      const form = new FormData();
      for (const [field, value] of Object.entries({ organisationId, kind: 'report', title, target: 'meeting', meetingId })) form.append(field, value);
      form.append('file', new Blob([body], { type: 'text/plain' }), name);
      const uploaded = await fetch(`${url}/api/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
      if (uploaded.status !== 201) throw new Error(`Upload of ${name}: ${uploaded.status} ${await uploaded.text()}`);
    }
    say('three documents attached to the meeting');

    const progress = () =>
      call<{ convocationProgress: { total: number; queued: number; sent: number; failed: number; byPost: number } }>(
        'query P($organisationId: UUID!, $meetingId: UUID!) { convocationProgress(organisationId: $organisationId, meetingId: $meetingId) { total queued sent failed byPost } }',
        { organisationId, meetingId },
        token,
      ).then((d) => d.convocationProgress);

    started = Date.now();
    let cpuBefore = cpuMsOf(api.child.pid);
    let cpuUsed = 0;
    await call(
      'mutation Send($organisationId: UUID!, $meetingId: UUID!) { sendConvocations(organisationId: $organisationId, meetingId: $meetingId) { created byEmail byPost } }',
      { organisationId, meetingId },
      token,
    );
    const sendMs = Date.now() - started;
    say(`sendConvocations answered in ${sendMs} ms (convocations created, ${byEmail} jobs queued)`);

    const elapsed = () => ((Date.now() - started) / 1000).toFixed(1).padStart(5);
    let peak = 0;
    let restarted = !options.restart;
    let restartMs = 0;
    const deadline = Date.now() + 5 * 60_000;
    let lastSample = 0;
    while (smtp.total() < byEmail || (await progress()).sent < byEmail) {
      if (Date.now() > deadline) throw new Error(`not done after 5 minutes: ${smtp.total()} mails received`);
      peak = Math.max(peak, peakRssMb(api.child.pid) ?? 0);
      if (!restarted && smtp.total() >= byEmail / 2) {
        restarted = true;
        say(`${elapsed()} s  ${smtp.total()} mails received: stopping the api (${options.signal})`);
        cpuUsed += cpuMsOf(api.child.pid) - cpuBefore;
        const stopping = Date.now();
        if (options.signal === 'SIGKILL') {
          const exited = new Promise((r) => api.child.once('exit', r));
          api.child.kill('SIGKILL');
          await exited;
        } else {
          await stopChild(api.child);
        }
        api = await startApi();
        cpuBefore = cpuMsOf(api.child.pid);
        restartMs = Date.now() - stopping;
        say(`${elapsed()} s  api started again (${(restartMs / 1000).toFixed(1)} s after the stop); ${smtp.total()} mails received`);
        continue;
      }
      if (Date.now() - lastSample >= 2000) {
        lastSample = Date.now();
        const p = await progress().catch(() => null);
        if (p)
          say(
            `${elapsed()} s  progress: sent ${p.sent}, queued ${p.queued}, failed ${p.failed}, by post ${p.byPost}, total ${p.total}  (SMTP received ${smtp.total()})`,
          );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const lastDeliverySeconds = (smtp.lastAt() - started) / 1000;
    cpuUsed += cpuMsOf(api.child.pid) - cpuBefore;
    peak = Math.max(peak, peakRssMb(api.child.pid) ?? 0);
    const final = await progress();
    const twice = [...smtp.received.entries()].filter(([, n]) => n > 1);
    const missing = byEmail - smtp.received.size;
    say(`final progress: sent ${final.sent}, queued ${final.queued}, failed ${final.failed}, by post ${final.byPost}, total ${final.total}`);
    say('');
    say(
      `time to the last delivery: ${lastDeliverySeconds.toFixed(1)} s for ${byEmail} e-mails (target < ${TARGET_SECONDS} s)${options.restart ? `, including the restart (${(restartMs / 1000).toFixed(1)} s)` : ''}`,
    );
    say(
      `throughput: ${(byEmail / lastDeliverySeconds).toFixed(0)} e-mails/s; each with its .ics: ${smtp.withCalendar()} of ${smtp.total()}, listing the documents: ${smtp.withDocuments()}`,
    );
    say(`api peak RSS: ${peak.toFixed(0)} MB`);
    say(
      `api CPU while sending: ${(cpuUsed / 1000).toFixed(1)} s, ${(cpuUsed / byEmail).toFixed(1)} ms per e-mail (the restart's own start-up excluded); load average now ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    say(
      `sent twice: ${twice.length}${
        twice.length
          ? ` (${twice
              .slice(0, 5)
              .map(([a, n]) => `${a} ×${n}`)
              .join(', ')})`
          : ''
      }; never received: ${missing}`,
    );
    if (twice.length > 0 || missing > 0 || smtp.withCalendar() !== smtp.total()) process.exitCode = 1;
    if (lastDeliverySeconds > TARGET_SECONDS) say(`SLOWER than the ${TARGET_SECONDS} s target`);
  } finally {
    for (const child of children) await stopChild(child);
    if (options.cpuProfDir) {
      const profiles = (await readdir(options.cpuProfDir)).filter((f) => f.endsWith('.cpuprofile')).sort();
      const newest = profiles.at(-1);
      if (newest) printSummary(summarise(JSON.parse(await readFile(join(options.cpuProfDir, newest), 'utf8')) as Parameters<typeof summarise>[0]), say);
    }
    await smtp.close();
    await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
