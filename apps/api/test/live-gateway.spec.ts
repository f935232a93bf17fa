import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { PersonalLinksService } from '../src/convocations/personal-links/personal-links.service';
import { Clock } from '../src/core/clock/clock';
import { LINK_RECHECK_MS } from '../src/voting/live/live-handshake';
import { TalliesService } from '../src/voting/services/tallies.service';
import { joinWithRole, startTestApp, type TestApp } from './support';
import { scheduleMeeting } from './support/meetings';
import { ask, connectLive, eventually, recordTallies, refusedConnection, type LiveAuth } from './support/live';
import { closeBallot, createBallot, openBallot, optionOf, personalLink, votingAssembly, type TestBallot } from './support/voting';

jest.setTimeout(120_000);

interface Tally {
  ballotId: string;
  organisationId: string;
  meetingId: string | null;
  status: string;
  participation: { roll: number; cast: number };
  counts: { options: { optionId: string; votes: number }[]; byCollege: unknown[] } | null;
  result: { outcome: string; explanation: { fr: string; en: string } } | null;
}

const NOT_FOUND = { ok: false, error: { code: 'NOT_FOUND', reason: 'NOT_FOUND', message: 'Scrutin introuvable.' } };

describe('the live gateway (/live)', () => {
  let api: TestApp;
  const sockets: Socket[] = [];
  const live = async (auth: LiveAuth) => {
    const socket = await connectLive(api.url, auth);
    sockets.push(socket);
    return socket;
  };

  /** An assembly of `members` members with an open resolution ballot on its meeting. */
  async function openResolution(members: number, input: Record<string, unknown> = {}) {
    const assembly = await votingAssembly(api, { members });
    const { token, organisationId, meeting } = assembly;
    const draft = await createBallot(api.client, token, organisationId, {
      kind: 'resolution',
      meetingId: meeting.id,
      question: 'Adopter le budget 2027',
      ...input,
    });
    const ballot: TestBallot = await openBallot(api.client, token, organisationId, draft.id);
    return { ...assembly, ballot, yes: optionOf(ballot, 'yes'), no: optionOf(ballot, 'no') };
  }

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => api?.close());

  it('refuses a connection without credentials, or with a forged token or link, in the language asked', async () => {
    expect((await refusedConnection(api.url, {})).data).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'UNAUTHENTICATED',
      message: 'Connectez-vous, ou ouvrez la page depuis le lien personnel de votre convocation.',
    });
    const forged = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"sub":"x","sid":"y"}').toString('base64url')}.c2lnbmF0dXJl`;
    const refused = await refusedConnection(api.url, { token: forged, locale: 'en' });
    expect(refused.data).toEqual({ code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED', message: 'Your session has expired or is not valid: sign in again.' });
    expect(refused.message).toBe('Your session has expired or is not valid: sign in again.');
    expect((await refusedConnection(api.url, { link: 'not-a-link', locale: 'en' })).data).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERSONAL_LINK_UNUSABLE',
    });
  });

  it("joins a ballot of the client's organisation with its tally; another organisation's ballot is not found, like an unknown one, and takes no vote", async () => {
    const ours = await openResolution(2);
    const theirs = await openResolution(2);
    const socket = await live({ token: ours.token });
    expect(await ask(socket, 'join', { ballotId: ours.ballot.id })).toEqual({
      ok: true,
      tally: {
        ballotId: ours.ballot.id,
        organisationId: ours.organisationId,
        meetingId: ours.meeting.id,
        status: 'open',
        participation: { roll: 2, cast: 0 },
        counts: { options: expect.arrayContaining([{ optionId: ours.yes, votes: 0 }]), byCollege: [] },
        result: null,
      },
    });
    expect(await ask(socket, 'join', { ballotId: theirs.ballot.id })).toEqual(NOT_FOUND);
    expect(await ask(socket, 'join', { ballotId: randomUUID() })).toEqual(NOT_FOUND);
    expect(await ask(socket, 'join', { ballotId: 'DROP TABLE' })).toEqual(NOT_FOUND);
    expect(await ask(socket, 'join', 'nonsense')).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' } });

    // Any role may watch, an observer too; their admin may not watch ours.
    const observer = await live({ token: (await joinWithRole(api, ours.token, ours.organisationId, 'observer')).token });
    expect(await ask(observer, 'join', { ballotId: ours.ballot.id })).toMatchObject({ ok: true });
    const stranger = await live({ token: theirs.token });
    expect(await ask(stranger, 'join', { ballotId: ours.ballot.id })).toEqual(NOT_FOUND);

    // A member of ours, whose account votes in our organisation, is refused theirs.
    const voter = await joinWithRole(api, ours.token, ours.organisationId, 'member', ours.members[0].id);
    const voterSocket = await live({ token: voter.token });
    expect(await ask(voterSocket, 'cast', { ballotId: theirs.ballot.id, choices: [theirs.yes], key: randomUUID() })).toEqual(NOT_FOUND);
    const { ballot } = await api.client.ok<{ ballot: TestBallot }>(
      `query B($organisationId: UUID!, $ballotId: UUID!) { ballot(organisationId: $organisationId, ballotId: $ballotId) { tally { cast } } }`,
      { organisationId: theirs.organisationId, ballotId: theirs.ballot.id },
      { token: theirs.token },
    );
    expect(ballot.tally.cast).toBe(0);
  });

  it('casts with an acknowledgement: the receipt, the same answer to a retry with the key, a refusal in the language of the connection', async () => {
    const { token, organisationId, members, ballot, yes, no } = await openResolution(2);
    const voter = await joinWithRole(api, token, organisationId, 'member', members[0].id);
    const socket = await live({ token: voter.token, locale: 'en' });
    const key = randomUUID();
    const first = await ask<{ ok: true; receipt: { receipt: string } }>(socket, 'cast', { ballotId: ballot.id, choices: [yes], key });
    expect(first).toMatchObject({ ok: true, receipt: { ballotId: ballot.id, memberId: members[0].id, replayed: false } });
    expect(await ask(socket, 'cast', { ballotId: ballot.id, choices: [yes], key })).toMatchObject({
      ok: true,
      receipt: { receipt: first.receipt.receipt, replayed: true },
    });
    expect(await ask(socket, 'cast', { ballotId: ballot.id, choices: [yes, no], key: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', reason: 'INVALID_CHOICE', message: expect.stringMatching(/[a-z]/) },
    });
    expect(await ask(socket, 'cast', { ballotId: ballot.id, choices: 'yes', key: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', message: "The choices must be a list of the ballot's options." },
    });
    // The admin's account is no member: it watches, it does not vote.
    const admin = await live({ token, locale: 'en' });
    expect(await ask(admin, 'cast', { ballotId: ballot.id, choices: [yes], key: randomUUID() })).toMatchObject({ ok: false, error: { reason: 'NOT_ON_ROLL' } });
  });

  it("through a personal link: only the ballots of the link's meeting, and casts as the link's member", async () => {
    const { token, organisationId, members, meeting, assembly, ballot, yes } = await openResolution(2);
    const link = await personalLink(api, organisationId, meeting.id, members[1].id);
    const otherMeeting = await scheduleMeeting(api.client, token, organisationId, {
      bodyId: assembly.id,
      startsAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
    });
    const between = await openBallot(
      api.client,
      token,
      organisationId,
      (await createBallot(api.client, token, organisationId, { kind: 'resolution', meetingId: otherMeeting.id, question: 'Changer de siège' })).id,
    );
    const socket = await live({ link, locale: 'en' });
    expect(await ask(socket, 'join', { ballotId: ballot.id })).toMatchObject({ ok: true, tally: { ballotId: ballot.id } });
    // The same organisation's ballot on another meeting is beyond the link.
    expect(await ask(socket, 'join', { ballotId: between.id })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'NOT_FOUND', message: 'Ballot not found.' },
    });
    expect(await ask(socket, 'cast', { ballotId: between.id, choices: [optionOf(between, 'yes')], key: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await ask(socket, 'cast', { ballotId: ballot.id, choices: [yes], key: randomUUID() })).toMatchObject({
      ok: true,
      receipt: { memberId: members[1].id },
    });
  });

  it('sends at most about 4 tallies a second per ballot whatever the vote rate, each read once for the whole room, and the result within a second of the close', async () => {
    const { token, organisationId, members, meeting, ballot, yes, no } = await openResolution(8);
    const links = await Promise.all(members.map((m) => personalLink(api, organisationId, meeting.id, m.id)));
    const watchers = await Promise.all([1, 2, 3].map(() => live({ token })));
    for (const watcher of watchers) expect(await ask(watcher, 'join', { ballotId: ballot.id })).toMatchObject({ ok: true });
    const received = watchers.map((watcher) => recordTallies<Tally>(watcher));
    const tallies = api.app.get(TalliesService);
    const reads = jest.spyOn(tallies, 'liveTally');

    // At least 2.5 seconds and 60 votes: eight voters changing their public vote as fast as they are answered.
    const voters = await Promise.all(links.map((link) => live({ link })));
    const started = Date.now();
    const going = () => Date.now() - started < 30_000 && (Date.now() - started < 2_500 || acknowledged < 60);
    let acknowledged = 0;
    await Promise.all(
      voters.map(async (voter, i) => {
        for (let round = 0; going(); round++) {
          const answer = await ask<{ ok: boolean }>(voter, 'cast', { ballotId: ballot.id, choices: [(round + i) % 2 ? yes : no], key: randomUUID() });
          expect(answer).toMatchObject({ ok: true });
          acknowledged++;
        }
      }),
    );
    await eventually(() => received.every((r) => r.at(-1)?.tally.participation.cast === 8), 5_000, 'the last tally');
    await new Promise((resolve) => setTimeout(resolve, 400));
    for (const messages of received) {
      const perSecond = messages.length / ((messages.at(-1)!.at - messages[0].at) / 1000 || 1);
      expect(perSecond).toBeLessThanOrEqual(4.5);
      expect(messages.length).toBeGreaterThanOrEqual(5);
      // Far fewer tallies than votes.
      expect(messages.length).toBeLessThan(acknowledged / 4);
      const gaps = messages.slice(1).map((m, i) => m.at - messages[i].at);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(200);
    }
    // One read per update for the three watchers together (a voter's socket joins no room).
    expect(reads.mock.calls.length).toBe(received[0].length);
    reads.mockRestore();

    // Within a second of the close's answer (its commit), every watcher holds the result.
    await closeBallot(api.client, token, organisationId, ballot.id);
    const closedAt = Date.now();
    await eventually(() => received.every((r) => r.at(-1)?.tally.status === 'closed'), 1_000, 'the result');
    expect(Date.now() - closedAt).toBeLessThan(1_000);
    expect(received[0].at(-1)!.tally).toMatchObject({ status: 'closed', participation: { roll: 8, cast: 8 }, result: { outcome: expect.any(String) } });
  });

  it('shows only participation while a secret ballot is open, and its counts once closed', async () => {
    const { token, organisationId, members, meeting, ballot, yes } = await openResolution(2, { secret: true });
    const watcher = await live({ token });
    expect(await ask(watcher, 'join', { ballotId: ballot.id })).toMatchObject({ ok: true, tally: { counts: null } });
    const received = recordTallies<Tally>(watcher);
    const voter = await live({ link: await personalLink(api, organisationId, meeting.id, members[0].id) });
    expect(await ask(voter, 'cast', { ballotId: ballot.id, choices: [yes], key: randomUUID() })).toMatchObject({ ok: true });
    await eventually(() => received.at(-1)?.tally.participation.cast === 1, 2_000, 'the participation');
    expect(received.every((r) => r.tally.counts === null)).toBe(true);
    await closeBallot(api.client, token, organisationId, ballot.id);
    await eventually(() => received.at(-1)?.tally.status === 'closed', 1_000, 'the result');
    expect(received.at(-1)!.tally.counts!.options).toEqual(expect.arrayContaining([{ optionId: yes, votes: 1 }]));
  });

  it('stops sending to a socket that left the room', async () => {
    const { token, organisationId, ballot } = await openResolution(1);
    const socket = await live({ token });
    await ask(socket, 'join', { ballotId: ballot.id });
    expect(await ask(socket, 'leave', { ballotId: ballot.id })).toEqual({ ok: true });
    const received = recordTallies(socket);
    await closeBallot(api.client, token, organisationId, ballot.id);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(received).toEqual([]);
  });

  it('refuses the messages of a connection whose session was ended since, and closes it', async () => {
    const { token, ballot } = await openResolution(1);
    const socket = await live({ token });
    expect(await ask(socket, 'join', { ballotId: ballot.id })).toMatchObject({ ok: true });
    await api.client.ok('mutation { logOut }', {}, { token });
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    expect(await ask(socket, 'join', { ballotId: ballot.id })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await disconnected).toBe('io server disconnect');
    expect((await refusedConnection(api.url, { token })).data).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses the votes of a connection whose personal link was revoked since, within the recheck delay, and closes it', async () => {
    const { token, organisationId, members, meeting, ballot, yes } = await openResolution(2);
    const link = await personalLink(api, organisationId, meeting.id, members[0].id);
    const socket = await live({ link });
    expect(await ask(socket, 'join', { ballotId: ballot.id })).toMatchObject({ ok: true });
    const guest = await api.app.get(PersonalLinksService).resolve(link);
    await api.app.get(PersonalLinksService).revoke(organisationId, guest.linkId);
    // Within the delay the connection is trusted as it was opened; past it, the link is read again.
    const clock = api.app.get(Clock);
    const later = new Date(Date.now() + LINK_RECHECK_MS + 1_000);
    const spy = jest.spyOn(clock, 'now').mockReturnValue(later);
    try {
      const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
      expect(await ask(socket, 'cast', { ballotId: ballot.id, choices: [yes], key: randomUUID() })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Ce lien personnel a été révoqué : utilisez celui de votre dernière convocation.' },
      });
      expect(await disconnected).toBe('io server disconnect');
    } finally {
      spy.mockRestore();
    }
    // Nothing was recorded.
    expect(await ask(await live({ token }), 'join', { ballotId: ballot.id })).toMatchObject({ ok: true, tally: { participation: { cast: 0 } } });
  });
});
