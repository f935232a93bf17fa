import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { LiveGateway } from '../src/voting/live/live.gateway';
import { VotingEvents } from '../src/voting/voting-events';
import { adminWithOrganisation, GraphQLClient, SmtpTestServer } from './support';
import { eventually } from './support/live';
import { startGatewayApp, tallyOf, TestTallies, urlOf } from './support/live-gateway-app';
import { connectLive, LiveRequestError, type LiveClient, type LiveTally } from '../../web/src/voting/live-client';

jest.setTimeout(60_000);

describe("the web app's live client (apps/web/src/voting/live-client.ts)", () => {
  let app: INestApplication;
  let mailbox: SmtpTestServer;
  let client: GraphQLClient;
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    mailbox = await SmtpTestServer.start();
    app = await startGatewayApp(mailbox);
    client = new GraphQLClient(urlOf(app));
  });
  afterEach(() => {
    for (const live of clients.splice(0)) live.close();
  });
  afterAll(async () => {
    await app?.close();
    await mailbox?.close();
  });

  const open = (credentials: { token: string } | { link: string }, language: 'fr' | 'en' = 'fr') => {
    const live = connectLive(
      () => credentials,
      () => language,
      { origin: urlOf(app) },
    );
    clients.push(live);
    return live;
  };

  it('says when the api refuses its credentials, in its language', async () => {
    const live = open({ token: 'forged' }, 'en');
    await eventually(() => live.status().state === 'refused', 5_000, 'the refusal');
    expect(live.status()).toEqual({
      state: 'refused',
      error: { code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED', message: 'Your session has expired or is not valid: sign in again.' },
    });
  });

  it('follows a ballot: its tally at once, each update, and again after the connection was lost', async () => {
    const { admin, organisationId } = await adminWithOrganisation({ client, mailbox });
    const tally = tallyOf(organisationId, 1);
    const tallies = app.get(TestTallies);
    tallies.tallies.set(tally.ballotId, tally);
    const live = open({ token: admin.token });
    const seen: LiveTally[] = [];
    live.watch(tally.ballotId, (update) => seen.push(update));
    await eventually(() => seen.length === 1, 5_000, 'the first tally');
    expect(seen[0]).toEqual(tally);

    tallies.tallies.set(tally.ballotId, { ...tally, participation: { roll: 100, cast: 2 } });
    app.get(VotingEvents).votesCommitted([tally.ballotId]);
    await eventually(() => seen.at(-1)?.participation.cast === 2, 5_000, 'the update');

    // The network drops every connection: the client reconnects and joins the ballot again.
    app.get(LiveGateway).namespace!.sockets.forEach((socket) => socket.conn.close());
    await eventually(() => live.status().state === 'connecting', 5_000, 'the loss');
    tallies.tallies.set(tally.ballotId, { ...tally, participation: { roll: 100, cast: 3 } });
    await eventually(() => seen.at(-1)?.participation.cast === 3, 10_000, 'the tally after reconnecting');
    app.get(VotingEvents).votesCommitted([tally.ballotId]);
    tallies.tallies.set(tally.ballotId, { ...tally, participation: { roll: 100, cast: 4 } });
    app.get(VotingEvents).votesCommitted([tally.ballotId]);
    await eventually(() => seen.at(-1)?.participation.cast === 4, 5_000, 'an update after reconnecting');
  });

  it('reports a refused join to the watcher, and a refused cast as a LiveRequestError', async () => {
    const { admin } = await adminWithOrganisation({ client, mailbox });
    const live = open({ token: admin.token });
    const errors: unknown[] = [];
    const seen: LiveTally[] = [];
    live.watch(
      randomUUID(),
      (tally) => seen.push(tally),
      (error) => errors.push(error),
    );
    await eventually(() => errors.length === 1, 5_000, 'the refusal of the join');
    expect(errors).toEqual([{ code: 'NOT_FOUND', reason: 'NOT_FOUND', message: 'Scrutin introuvable.' }]);
    expect(seen).toEqual([]);
    const refusal = await live.cast({ ballotId: randomUUID(), choices: ['x'], key: randomUUID() }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(LiveRequestError);
    expect((refusal as LiveRequestError).error.code).toBe('NOT_FOUND');
  });
});
