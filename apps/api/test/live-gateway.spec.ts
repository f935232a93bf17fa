import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { Socket } from 'socket.io-client';
import type { LiveTally } from '../src/voting/live-tally';
import type { CastReceipt } from '../src/voting/voter';
import { VotingEvents } from '../src/voting/voting-events';
import { adminWithOrganisation, GraphQLClient, SmtpTestServer } from './support';
import { PersonalLinksService } from '../src/convocations/personal-links/personal-links.service';
import { addMember } from './support';
import { generalAssemblyOf, scheduleMeeting } from './support/meetings';
import { startGatewayApp, tallyOf, TestCasting, TestTallies, urlOf } from './support/live-gateway-app';
import { ask, connectLive, eventually, recordTallies, refusedConnection } from './support/live';

jest.setTimeout(60_000);

describe('the live gateway (/live)', () => {
  let app: INestApplication;
  let url: string;
  let client: GraphQLClient;
  let mailbox: SmtpTestServer;
  const sockets: Socket[] = [];
  const live = async (auth: Parameters<typeof connectLive>[1]) => {
    const socket = await connectLive(url, auth);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    mailbox = await SmtpTestServer.start();
    app = await startGatewayApp(mailbox);
    url = urlOf(app);
    client = new GraphQLClient(url);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await app?.close();
    await mailbox?.close();
  });

  it('refuses a connection without credentials, or with a forged or expired token, in the language asked', async () => {
    expect((await refusedConnection(url, {})).data).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'UNAUTHENTICATED',
      message: 'Connectez-vous, ou ouvrez la page depuis le lien personnel de votre convocation.',
    });
    const forged = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"sub":"x","sid":"y"}').toString('base64url')}.c2lnbmF0dXJl`;
    const refused = await refusedConnection(url, { token: forged, locale: 'en' });
    expect(refused.data).toEqual({ code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED', message: 'Your session has expired or is not valid: sign in again.' });
    expect(refused.message).toBe('Your session has expired or is not valid: sign in again.');
    expect((await refusedConnection(url, { link: 'not-a-link', locale: 'en' })).data).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSONAL_LINK_UNUSABLE' });
  });

  it("joins a ballot of the client's organisation with its tally; another organisation's ballot is not found, like an unknown one", async () => {
    const ours = await adminWithOrganisation({ client, mailbox });
    const theirs = await adminWithOrganisation({ client, mailbox });
    const tallies = app.get(TestTallies);
    const own = tallyOf(ours.organisationId, 3);
    const other = tallyOf(theirs.organisationId, 5);
    tallies.tallies.set(own.ballotId, own);
    tallies.tallies.set(other.ballotId, other);

    const socket = await live({ token: ours.admin.token });
    expect(await ask(socket, 'join', { ballotId: own.ballotId })).toEqual({ ok: true, tally: own });
    const notFound = { ok: false, error: { code: 'NOT_FOUND', reason: 'NOT_FOUND', message: 'Scrutin introuvable.' } };
    expect(await ask(socket, 'join', { ballotId: other.ballotId })).toEqual(notFound);
    expect(await ask(socket, 'join', { ballotId: randomUUID() })).toEqual(notFound);
    expect(await ask(socket, 'join', { ballotId: 'DROP TABLE' })).toEqual(notFound);
    expect(await ask(socket, 'join', 'nonsense')).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' } });
    // Nor is a cast on it taken.
    const cast = await ask(socket, 'cast', { ballotId: other.ballotId, choices: ['yes'], key: randomUUID() });
    expect(cast).toEqual(notFound);
    expect(app.get(TestCasting).casts.filter((c) => c.request.ballotId === other.ballotId)).toEqual([]);
  });

  it('casts with an acknowledgement: the receipt, or the refusal in the language of the connection', async () => {
    const { admin, organisationId } = await adminWithOrganisation({ client, mailbox });
    const tally = tallyOf(organisationId);
    app.get(TestTallies).tallies.set(tally.ballotId, tally);
    const socket = await live({ token: admin.token, locale: 'en' });
    const key = randomUUID();
    const answer = await ask<{ ok: boolean; receipt: CastReceipt }>(socket, 'cast', { ballotId: tally.ballotId, choices: ['yes'], key });
    expect(answer).toMatchObject({ ok: true, receipt: { ballotId: tally.ballotId, memberId: `member-of-${admin.id}`, receipt: 'RCPT', replayed: false } });
    expect(app.get(TestCasting).casts.at(-1)).toEqual({
      voter: { organisationId, memberId: `member-of-${admin.id}`, meetingId: null },
      request: { ballotId: tally.ballotId, choices: ['yes'], forMemberId: null, key },
    });
    expect(await ask(socket, 'cast', { ballotId: tally.ballotId, choices: [], key: randomUUID() })).toEqual({
      ok: false,
      error: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', message: 'Choose an option.' },
    });
  });

  it('sends at most about 4 tallies a second per ballot whatever the vote rate, each computed once for all the room, then the close at once', async () => {
    const { admin, organisationId } = await adminWithOrganisation({ client, mailbox });
    const tallies = app.get(TestTallies);
    const events = app.get(VotingEvents);
    const tally = tallyOf(organisationId);
    tallies.tallies.set(tally.ballotId, tally);
    const watchers = await Promise.all([1, 2, 3].map(() => live({ token: admin.token })));
    for (const watcher of watchers) expect(await ask(watcher, 'join', { ballotId: tally.ballotId })).toMatchObject({ ok: true });
    const received = watchers.map((watcher) => recordTallies<LiveTally>(watcher));
    const readsBefore = tallies.reads;

    // 2 seconds of commits, one every millisecond or so.
    const started = Date.now();
    let cast = 0;
    while (Date.now() - started < 2_000) {
      cast++;
      tallies.tallies.set(tally.ballotId, { ...tally, participation: { roll: 100, cast } });
      events.votesCommitted([tally.ballotId]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await eventually(() => received.every((r) => r.at(-1)?.tally.participation.cast === cast), 2_000, 'the last tally');
    for (const messages of received) {
      // 2 s at one per 250 ms, plus the first at once and the one after the last commit.
      expect(messages.length).toBeGreaterThanOrEqual(6);
      expect(messages.length).toBeLessThanOrEqual(10);
      const gaps = messages.slice(1).map((m, i) => m.at - messages[i].at);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(200);
    }
    // One read per update, for the three sockets together.
    expect(tallies.reads - readsBefore).toBe(received[0].length);

    const closed: LiveTally = {
      ...tallies.tallies.get(tally.ballotId)!,
      status: 'closed',
      result: { outcome: 'adopted', explanation: { fr: 'Adoptée.', en: 'Adopted.' } },
    };
    tallies.tallies.set(tally.ballotId, closed);
    const closedAt = Date.now();
    events.statusChanged(tally.ballotId);
    await eventually(() => received.every((r) => r.at(-1)?.tally.status === 'closed'), 1_000, 'the result');
    expect(Date.now() - closedAt).toBeLessThan(1_000);
    expect(received[0].at(-1)!.tally).toEqual(closed);
  });

  it("through a personal link: only the ballots of the link's meeting, and casts as the link's member", async () => {
    const { admin, organisationId } = await adminWithOrganisation({ client, mailbox });
    const assembly = await generalAssemblyOf(client, admin.token, organisationId);
    const schedule = (startsAt: string) => scheduleMeeting(client, admin.token, organisationId, { bodyId: assembly.id, startsAt, durationMinutes: 120 });
    const [meeting, otherMeeting] = [await schedule('2030-06-13T08:00:00.000Z'), await schedule('2030-09-13T08:00:00.000Z')];
    const member = await addMember(client, admin.token, organisationId);
    const { token: link } = await app.get(PersonalLinksService).issue(organisationId, meeting.id, member.id, new Date('2030-06-13T10:00:00.000Z'));
    const tallies = app.get(TestTallies);
    const [inMeeting, inOtherMeeting, between] = [tallyOf(organisationId, 0, meeting.id), tallyOf(organisationId, 0, otherMeeting.id), tallyOf(organisationId)];
    for (const tally of [inMeeting, inOtherMeeting, between]) tallies.tallies.set(tally.ballotId, tally);

    const socket = await live({ link, locale: 'en' });
    expect(await ask(socket, 'join', { ballotId: inMeeting.ballotId })).toEqual({ ok: true, tally: inMeeting });
    const notFound = { ok: false, error: { code: 'NOT_FOUND', reason: 'NOT_FOUND', message: 'Ballot not found.' } };
    expect(await ask(socket, 'join', { ballotId: inOtherMeeting.ballotId })).toEqual(notFound);
    expect(await ask(socket, 'join', { ballotId: between.ballotId })).toEqual(notFound);

    const key = randomUUID();
    expect(await ask(socket, 'cast', { ballotId: inMeeting.ballotId, choices: ['yes'], forMemberId: null, key })).toMatchObject({ ok: true });
    expect(app.get(TestCasting).casts.at(-1)!.voter).toEqual({ organisationId, memberId: member.id, meetingId: meeting.id });
  });

  it('refuses the messages of a connection whose session was ended since, and closes it', async () => {
    const { admin, organisationId } = await adminWithOrganisation({ client, mailbox });
    const tally = tallyOf(organisationId);
    app.get(TestTallies).tallies.set(tally.ballotId, tally);
    const socket = await live({ token: admin.token });
    expect(await ask(socket, 'join', { ballotId: tally.ballotId })).toMatchObject({ ok: true });
    await client.ok('mutation { logOut }', {}, { token: admin.token });
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    expect(await ask(socket, 'join', { ballotId: tally.ballotId })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await disconnected).toBe('io server disconnect');
    expect((await refusedConnection(url, { token: admin.token })).data).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('stops sending to a socket that left the room', async () => {
    const { admin, organisationId } = await adminWithOrganisation({ client, mailbox });
    const tally = tallyOf(organisationId);
    app.get(TestTallies).tallies.set(tally.ballotId, tally);
    const socket = await live({ token: admin.token });
    await ask(socket, 'join', { ballotId: tally.ballotId });
    expect(await ask(socket, 'leave', { ballotId: tally.ballotId })).toEqual({ ok: true });
    const received = recordTallies(socket);
    app.get(VotingEvents).statusChanged(tally.ballotId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toEqual([]);
  });
});

describe('two instances of the live gateway on one database', () => {
  let mailbox: SmtpTestServer;
  const apps: INestApplication[] = [];
  const sockets: Socket[] = [];
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    for (const app of apps) await app.close();
    await mailbox?.close();
  });

  it('sends the tallies of votes committed on one instance to the clients of the other, and the close', async () => {
    mailbox = await SmtpTestServer.start();
    const secret = randomBytes(32).toString('hex');
    apps.push(await startGatewayApp(mailbox, secret), await startGatewayApp(mailbox, secret));
    const [a, b] = apps;
    const { admin, organisationId } = await adminWithOrganisation({ client: new GraphQLClient(urlOf(a)), mailbox });
    const tally = tallyOf(organisationId);
    for (const app of apps) app.get(TestTallies).tallies.set(tally.ballotId, tally);
    const onB = await connectLive(urlOf(b), { token: admin.token });
    sockets.push(onB);
    expect(await ask(onB, 'join', { ballotId: tally.ballotId })).toMatchObject({ ok: true });
    const received = recordTallies<LiveTally>(onB);

    // Both read the same database in the real service; here each instance's stand-in is told.
    const counted = { ...tally, participation: { roll: 100, cast: 1 } };
    for (const app of apps) app.get(TestTallies).tallies.set(tally.ballotId, counted);
    // Until the adapter of B listens (it starts with the app), a change may go unheard: repeat it.
    const readsOnA = a.get(TestTallies).reads;
    await eventually(
      () => {
        a.get(VotingEvents).votesCommitted([tally.ballotId]);
        return received.some((r) => r.tally.participation.cast === 1);
      },
      10_000,
      'the tally on B',
    );
    // A has no socket in the room: it read nothing.
    expect(a.get(TestTallies).reads).toBe(readsOnA);

    const closed: LiveTally = { ...counted, status: 'closed', result: { outcome: 'adopted', explanation: { fr: 'Adoptée.', en: 'Adopted.' } } };
    for (const app of apps) app.get(TestTallies).tallies.set(tally.ballotId, closed);
    const closedAt = Date.now();
    a.get(VotingEvents).statusChanged(tally.ballotId);
    await eventually(() => received.at(-1)?.tally.status === 'closed', 1_000, 'the result on B');
    expect(Date.now() - closedAt).toBeLessThan(1_000);
  });
});
