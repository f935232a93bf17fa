import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import {
  apiProcessSettings,
  BUILT_API_MAIN,
  cleanUpApiProcesses,
  joinWithRole,
  SmtpTestServer,
  startApiProcess,
  workerDatabaseUrl,
  type ApiProcess,
  type ApiProcessSettings,
  type TestApp,
} from './support';
import { ask, connectLive, eventually, recordTallies } from './support/live';
import { castAs, createBallot, closeBallot, openBallot, optionOf, votingAssembly } from './support/voting';

jest.setTimeout(240_000);

interface Tally {
  status: string;
  participation: { roll: number; cast: number };
  counts: { options: { optionId: string; votes: number }[] } | null;
  result: { outcome: string } | null;
}

// Issue 9, item 9: two api processes (the built api, as deployed) on one PostgreSQL share
// the ballots' rooms through the socket.io PostgreSQL adapter.
describe('two api processes on one PostgreSQL', () => {
  let mailbox: SmtpTestServer;
  const runs: { settings: ApiProcessSettings; api: ApiProcess }[] = [];
  const sockets: Socket[] = [];

  beforeAll(async () => {
    mailbox = await SmtpTestServer.start();
    const databaseUrl = await workerDatabaseUrl();
    for (let i = 0; i < 2; i++) {
      const settings: ApiProcessSettings = {
        ...(await apiProcessSettings(BUILT_API_MAIN)),
        environment: { SMTP_URL: mailbox.url, DATABASE_URL: databaseUrl, REGISTRATION_MAX_PER_ADDRESS: '1000000' },
      };
      runs.push({ settings, api: await startApiProcess(settings) });
    }
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    for (const run of runs) await cleanUpApiProcesses(run.settings, [run.api]);
    await mailbox?.close();
  });

  it('a client connected to one receives the tallies of the votes cast through the other, and the result at close', async () => {
    const [a, b] = runs.map((run) => run.api);
    const agent = { client: a.client, mailbox } as unknown as TestApp;
    const { token, organisationId, admin, members, meeting } = await votingAssembly(agent, { members: 3 });
    const voters = [];
    for (const member of members) voters.push(await joinWithRole(agent, token, organisationId, 'member', member.id));
    const draft = await createBallot(a.client, token, organisationId, { kind: 'resolution', meetingId: meeting.id, question: 'Adopter le budget 2027' });
    const ballot = await openBallot(a.client, token, organisationId, draft.id);
    const [yes, no] = [optionOf(ballot, 'yes'), optionOf(ballot, 'no')];

    const watcher = await connectLive(b.url, { token: admin.token });
    sockets.push(watcher);
    expect(await ask(watcher, 'join', { ballotId: ballot.id })).toMatchObject({ ok: true, tally: { status: 'open', participation: { roll: 3, cast: 0 } } });
    const received = recordTallies<Tally>(watcher);

    // Through A: one vote by GraphQL, two over A's live connection.
    expect((await castAs(a.client, voters[0], organisationId, ballot.id, [yes])).errors).toBeUndefined();
    await eventually(() => received.at(-1)?.tally.participation.cast === 1, 5_000, 'the first vote seen on B');
    for (const [i, choice] of [
      [1, yes],
      [2, no],
    ] as const) {
      const voter = await connectLive(a.url, { token: voters[i].token });
      sockets.push(voter);
      expect(await ask(voter, 'cast', { ballotId: ballot.id, choices: [choice], key: randomUUID() })).toMatchObject({
        ok: true,
        receipt: { ballotId: ballot.id },
      });
    }
    await eventually(() => received.at(-1)?.tally.participation.cast === 3, 5_000, 'the three votes seen on B');
    expect(received.at(-1)!.tally.counts!.options).toEqual(
      expect.arrayContaining([
        { optionId: yes, votes: 2 },
        { optionId: no, votes: 1 },
      ]),
    );

    const closedAt = Date.now();
    await closeBallot(a.client, token, organisationId, ballot.id);
    await eventually(() => received.at(-1)?.tally.status === 'closed', 2_000, 'the result on B');
    expect(Date.now() - closedAt).toBeLessThan(1_000 + 200);
    expect(received.at(-1)!.tally.result).toMatchObject({ outcome: expect.any(String) });
  });
});
