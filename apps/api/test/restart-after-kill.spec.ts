import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  addMember,
  adminWithOrganisation,
  apiProcessSettings,
  cleanUpApiProcesses,
  clusterDirOf,
  runningPostmaster,
  startApiProcess,
  type ApiProcessSettings,
  builtApi,
  BUILT_API_MAIN,
} from './support';
import { findFreePort, isAlive } from '@collegial/database';

jest.setTimeout(300_000);

describe('the api on its embedded PostgreSQL, after being killed', () => {
  const built = builtApi();
  const start = () => built.start();

  it('starts again after kill -9, stopping the PostgreSQL the killed run left behind, and finds its data', async () => {
    const first = await start();
    const { admin, organisationId } = await adminWithOrganisation({ client: first.client, mailbox: built.mailbox });
    const member = await addMember(first.client, admin.token, organisationId, { name: 'Léa Roux' });
    const orphan = await runningPostmaster(built.settings);
    expect(orphan).toBeDefined();

    await first.kill('SIGKILL');
    // Nothing could stop it: the killed api's PostgreSQL still runs, holding postmaster.pid and its port.
    expect(isAlive(orphan!)).toBe(true);

    const second = await start();
    expect(isAlive(orphan!)).toBe(false);
    expect(await runningPostmaster(built.settings)).not.toBe(orphan);
    const { members } = await second.client.ok<{ members: { nodes: { id: string; name: string }[] } }>(
      `query M($organisationId: UUID!) { members(organisationId: $organisationId) { nodes { id name } } }`,
      { organisationId },
      { token: admin.token },
    );
    expect(members.nodes).toEqual([{ id: member.id, name: 'Léa Roux' }]);
    // And it still takes writes.
    await addMember(second.client, admin.token, organisationId);
  });

  it('does not take the PostgreSQL of an api that still runs: a second api on the same DATA_DIR is refused, the first keeps serving', async () => {
    const running = built.processes.find((api) => api.running()) ?? (await start());
    const port = built.settings.port;
    try {
      built.settings.port = await findFreePort();
      await expect(startApiProcess(built.settings)).rejects.toThrow(/is in use by process \d+, probably another Collegial/);
    } finally {
      built.settings.port = port;
    }
    expect((await running.client.request('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('starts over a stale postmaster.pid whose process is gone, or whose pid another program now has', async () => {
    for (const api of built.processes) await api.kill('SIGTERM');
    expect(await runningPostmaster(built.settings)).toBeUndefined();
    const pidFile = join(clusterDirOf(built.settings), 'postmaster.pid');
    const stalePid = (pid: number) => `${pid}\n${clusterDirOf(built.settings)}\n1700000000\n${built.settings.postgresPort}\n/tmp\n127.0.0.1\n 0 0\nready   \n`;

    // A pid that no process has (pid_max is at most 2^22).
    await writeFile(pidFile, stalePid(4_194_304 + 1));
    const afterGone = await start();
    await afterGone.kill('SIGKILL');
    const orphan = await runningPostmaster(built.settings);
    process.kill(orphan!, 'SIGKILL');
    while (isAlive(orphan!)) await new Promise((resolve) => setTimeout(resolve, 50));

    // The killed postmaster's pid file names a pid that, after a reboot, another program may have.
    const other = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      await writeFile(pidFile, stalePid(other.pid!));
      const afterReuse = await start();
      expect((await afterReuse.client.request('{ __typename }')).data).toEqual({ __typename: 'Query' });
      expect(isAlive(other.pid!)).toBe(true);
    } finally {
      other.kill('SIGKILL');
    }
  });
});

describe('the api that fails to start after its embedded PostgreSQL started', () => {
  let settings: ApiProcessSettings;
  beforeAll(async () => {
    settings = await apiProcessSettings(BUILT_API_MAIN);
  });
  afterAll(() => cleanUpApiProcesses(settings, []));

  it('stops that PostgreSQL before exiting (here: its HTTP port is taken)', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(settings.port, resolve));
    try {
      await expect(startApiProcess(settings)).rejects.toThrow(/could not start: Error: listen EADDRINUSE/);
      expect(await runningPostmaster(settings)).toBeUndefined();
    } finally {
      squatter.close();
    }
  });
});
