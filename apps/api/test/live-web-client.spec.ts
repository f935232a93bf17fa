import { randomUUID } from 'node:crypto';
import { LiveGateway } from '../src/voting/live/live.gateway';
import { joinWithRole, startTestApp, type TestApp } from './support';
import { eventually } from './support/live';
import { createBallot, openBallot, optionOf, votingAssembly } from './support/voting';
import { connectLive, LiveRequestError, type LiveClient, type LiveTally } from '../../web/src/voting/live-client';
import { castOverLive, type CastVote } from '../../web/src/voting/cast-vote';
import { castByLink, personalLink } from './support/voting';

jest.setTimeout(60_000);

describe("the web app's live client (apps/web/src/voting/live-client.ts)", () => {
  let api: TestApp;
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterEach(() => {
    for (const live of clients.splice(0)) live.close();
  });
  afterAll(() => api?.close());

  const open = (credentials: { token: string } | { link: string }, language: 'fr' | 'en' = 'fr') => {
    const live = connectLive(
      () => credentials,
      () => language,
      { origin: api.url },
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

  it('follows a ballot (its tally at once, each vote) and casts, again after the connection was lost', async () => {
    const { token, organisationId, members, meeting } = await votingAssembly(api, { members: 2 });
    const ballot = await openBallot(
      api.client,
      token,
      organisationId,
      (await createBallot(api.client, token, organisationId, { kind: 'resolution', meetingId: meeting.id, question: 'Adopter le budget 2027' })).id,
    );
    const voter = await joinWithRole(api, token, organisationId, 'member', members[0].id);
    const live = open({ token: voter.token });
    const seen: LiveTally[] = [];
    live.watch(ballot.id, (update) => seen.push(update));
    await eventually(() => seen.length === 1, 5_000, 'the first tally');
    expect(seen[0]).toMatchObject({ ballotId: ballot.id, status: 'open', participation: { roll: 2, cast: 0 } });

    const key = randomUUID();
    const receipt = await live.cast({ ballotId: ballot.id, choices: [optionOf(ballot, 'yes')], key });
    expect(receipt).toMatchObject({ ballotId: ballot.id, memberId: members[0].id, replayed: false });
    await eventually(() => seen.at(-1)?.participation.cast === 1, 5_000, 'the vote in the tally');

    // The network drops every connection: the client reconnects and joins the ballot again.
    api.app.get(LiveGateway).namespace!.sockets.forEach((socket) => socket.conn.close());
    await eventually(() => live.status().state === 'connecting', 5_000, 'the loss');
    await eventually(() => live.status().state === 'connected', 10_000, 'the reconnection');
    // A retry with the key after the loss answers the first receipt.
    expect(await live.cast({ ballotId: ballot.id, choices: [optionOf(ballot, 'yes')], key })).toMatchObject({ receipt: receipt.receipt, replayed: true });
    const other = await joinWithRole(api, token, organisationId, 'member', members[1].id);
    const otherLive = open({ token: other.token });
    await otherLive.cast({ ballotId: ballot.id, choices: [optionOf(ballot, 'no')], key: randomUUID() });
    await eventually(() => seen.at(-1)?.participation.cast === 2, 5_000, 'a vote after reconnecting');
  });

  it('reports a refused join to the watcher, and a refused cast as a LiveRequestError', async () => {
    const { token } = await votingAssembly(api, { members: 1 });
    const live = open({ token });
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

  it("casts a page's vote over its connection, through GraphQL when the connection is refused, and shows a refusal as the api's message", async () => {
    const { token, organisationId, members, meeting } = await votingAssembly(api, { members: 2 });
    const ballot = await openBallot(
      api.client,
      token,
      organisationId,
      (await createBallot(api.client, token, organisationId, { kind: 'resolution', meetingId: meeting.id, question: 'Adopter le budget 2027' })).id,
    );
    const linkOf = (index: number) => personalLink(api, organisationId, meeting.id, members[index].id);
    const throughGraphQLFor =
      (link: string, calls: string[]): CastVote =>
      async (input) => {
        calls.push(input.key);
        const answer = await castByLink(api.client, link, input.ballotId, input.choices, { key: input.key, forMemberId: input.forMemberId ?? undefined });
        return { receipt: answer.data?.castVoteByLink.receipt ?? null, error: answer.errors?.[0]?.message ?? null };
      };

    // Just opened: the vote waits for the connection, then goes over it.
    const first = await linkOf(0);
    const firstCalls: string[] = [];
    const cast = castOverLive(open({ link: first }), throughGraphQLFor(first, firstCalls));
    const outcome = await cast({ ballotId: ballot.id, choices: [optionOf(ballot, 'yes')], key: randomUUID() });
    expect(outcome).toEqual({ receipt: expect.stringMatching(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/), error: null });
    expect(firstCalls).toEqual([]);
    // A refusal is the api's answer, in the connection's language, and not tried again through GraphQL.
    const refused = await cast({ ballotId: ballot.id, choices: ['not-an-option'], key: randomUUID() });
    expect(refused.receipt).toBeNull();
    expect(refused.error).toMatch(/choix/i);
    expect(firstCalls).toEqual([]);

    // A connection the api refused (here a forged token): the vote goes through GraphQL, with its key.
    const second = await linkOf(1);
    const secondCalls: string[] = [];
    const refusedLive = open({ token: 'forged' });
    await eventually(() => refusedLive.status().state === 'refused', 5_000, 'the refusal');
    const key = randomUUID();
    const fallback = await castOverLive(refusedLive, throughGraphQLFor(second, secondCalls))({ ballotId: ballot.id, choices: [optionOf(ballot, 'no')], key });
    expect(fallback.receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(secondCalls).toEqual([key]);
    const retry = await castByLink(api.client, second, ballot.id, [optionOf(ballot, 'no')], { key });
    expect(retry.data?.castVoteByLink.receipt).toBe(fallback.receipt);
  });
});
