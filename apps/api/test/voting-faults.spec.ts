import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { ApiProcess } from '@collegial/testing';
import { personalLinkHash } from '../src/convocations/personal-links/personal-link-token';
import { adminWithOrganisation, builtApi, workerDatabaseUrl } from './support';
import { generalAssemblyOf, scheduleMeeting } from './support/meetings';
import { CAST_BY_LINK, CLOSE_BALLOT, CREATE_BALLOT, OPEN_BALLOT, type CastAnswer, type TestBallot } from './support/voting';

jest.setTimeout(120_000);

const MEMBERS = 100;
const CONCURRENCY = 32;

/** One vote as a client holds it: its key and choice, and the answer if one came back. */
interface HeldVote {
  ballotId: string;
  link: string;
  choice: string;
  key: string;
  answer: CastAnswer | null;
}

describe('votes when the api is killed during a burst of casts', () => {
  const built = builtApi();
  let databaseUrl: string;
  // On the worker's PostgreSQL, as a server runs on its own: the api dies, the database does not.
  beforeAll(async () => {
    databaseUrl = await workerDatabaseUrl();
    built.settings.environment = { ...built.settings.environment, DATABASE_URL: databaseUrl };
  });

  /** The api's database: to store links with tokens the test knows, and to count rows. */
  async function database(): Promise<Client> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    return client;
  }

  /** Casts each vote once through its link, CONCURRENCY at a time; `afterAck` sees each acknowledgement as it comes. */
  async function castAll(api: ApiProcess, votes: HeldVote[], afterAck: (acknowledged: number) => void = () => undefined) {
    let next = 0;
    let acknowledged = 0;
    const refusals: unknown[] = [];
    const worker = async () => {
      for (let i = next++; i < votes.length; i = next++) {
        const vote = votes[i];
        const response = await api.client
          .request<{ castVoteByLink: CastAnswer }>(CAST_BY_LINK, { link: vote.link, input: { ballotId: vote.ballotId, choices: [vote.choice], key: vote.key } })
          .catch(() => null);
        const answer = response?.data?.castVoteByLink;
        if (answer) {
          acknowledged++;
          if (!vote.answer) vote.answer = answer;
          else refusals.push({ expected: vote.answer, retried: answer });
          afterAck(acknowledged);
        } else if (response?.errors) refusals.push(response.errors);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return { acknowledged, refusals };
  }

  it('counts every acknowledged vote exactly once, answers a retry with its first receipt, and counts exactly after a restart', async () => {
    let api = await built.start();
    const { admin, organisationId } = await adminWithOrganisation({ client: api.client, mailbox: built.mailbox });
    const token = admin.token;
    const csv = ['nom;adhésion', ...Array.from({ length: MEMBERS }, (_, i) => `Membre ${String(i + 1).padStart(3, '0')};15/01/2024`)].join('\n');
    await api.client.ok(
      'mutation Import($organisationId: UUID!, $csv: String!) { importMembers(organisationId: $organisationId, csv: $csv) { importedCount } }',
      { organisationId, csv },
      { token },
    );
    const assembly = await generalAssemblyOf(api.client, token, organisationId);
    const meeting = await scheduleMeeting(api.client, token, organisationId, {
      bodyId: assembly.id,
      startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
    });

    const db = await database();
    const links = new Map<string, string>();
    try {
      // The file has no birth dates, and the statutes set a voting age: adults, all of them.
      await db.query(`UPDATE members SET birth_date = '1980-05-01' WHERE organisation_id = $1`, [organisationId]);
      const { rows } = await db.query<{ id: string }>('SELECT id FROM members WHERE organisation_id = $1', [organisationId]);
      for (const { id } of rows) links.set(id, randomBytes(32).toString('base64url'));
      // One personal link per member, as a convocation carries, with a token the test holds.
      await db.query(
        `INSERT INTO personal_links (organisation_id, meeting_id, member_id, token_hash, expires_at)
         SELECT $1, $2, m, h, now() + interval '60 days' FROM unnest($3::uuid[], $4::text[]) AS t(m, h)`,
        [organisationId, meeting.id, [...links.keys()], [...links.values()].map(personalLinkHash)],
      );
    } finally {
      await db.end();
    }

    // A public ballot and a secret one: their votes go through different statements.
    const ballots: TestBallot[] = [];
    for (const secret of [false, true]) {
      const { createBallot } = await api.client.ok<{ createBallot: TestBallot }>(
        CREATE_BALLOT,
        {
          organisationId,
          input: {
            kind: 'choice',
            meetingId: meeting.id,
            title: secret ? 'Élection du bureau' : 'Projet soutenu',
            options: [{ label: 'A' }, { label: 'B' }, { label: 'C' }],
            minChoices: 1,
            maxChoices: 1,
            secret,
          },
        },
        { token },
      );
      ballots.push((await api.client.ok<{ openBallot: TestBallot }>(OPEN_BALLOT, { organisationId, ballotId: createBallot.id }, { token })).openBallot);
    }
    expect(ballots.map((b) => b.tally.roll)).toEqual([MEMBERS, MEMBERS]);

    // Every member votes on both ballots, the votes interleaved as a crowd's are.
    const votes: HeldVote[] = [];
    let n = 0;
    for (const link of links.values()) {
      for (const ballot of ballots) votes.push({ ballotId: ballot.id, link, choice: ballot.options[n % 3].id, key: randomUUID(), answer: null });
      n++;
    }

    // Killed outright once a third of the votes are acknowledged: the batches under way die with it.
    const killed = api;
    let kill: Promise<void> | undefined;
    const burst = await castAll(api, votes, (acknowledged) => {
      if (!kill && acknowledged >= votes.length / 3) kill = killed.kill('SIGKILL');
    });
    await kill;
    const acknowledgedBefore = votes.filter((v) => v.answer !== null);
    expect(burst.refusals).toEqual([]);
    expect(acknowledgedBefore.length).toBeGreaterThanOrEqual(votes.length / 3);
    expect(acknowledgedBefore.length).toBeLessThan(votes.length);
    const firstAnswers = new Map(acknowledgedBefore.map((v) => [v.key, { ...v.answer! }]));

    // Restarted on the same database, every client retries every vote with its key.
    api = await built.start();
    for (const vote of votes) vote.answer = null;
    const retry = await castAll(api, votes);
    expect(retry.refusals).toEqual([]);
    expect(retry.acknowledged).toBe(votes.length);
    for (const vote of votes) {
      const first = firstAnswers.get(vote.key);
      // An acknowledged vote was committed: its retry is its first answer, receipt and time.
      if (first) expect(vote.answer).toEqual({ ...first, replayed: true });
    }

    // The count: each member once per ballot, each vote as its client chose.
    for (const ballot of ballots) {
      const { closeBallot } = await api.client.ok<{ closeBallot: TestBallot }>(CLOSE_BALLOT, { organisationId, ballotId: ballot.id }, { token });
      expect(closeBallot.castCount).toBe(MEMBERS);
      const expected = ballot.options.map((o) => votes.filter((v) => v.ballotId === ballot.id && v.choice === o.id).length);
      expect(ballot.options.map((o) => closeBallot.tally.options.find((c) => c.optionId === o.id)?.votes ?? 0)).toEqual(expected);
    }
    const check = await database();
    try {
      const count = async (sql: string, ballotId: string) => (await check.query<{ n: number }>(sql, [ballotId])).rows[0].n;
      expect(await count('SELECT count(*)::int AS n FROM ballot_votes WHERE ballot_id = $1', ballots[0].id)).toBe(MEMBERS);
      expect(await count('SELECT count(*)::int AS n FROM ballot_participations WHERE ballot_id = $1', ballots[1].id)).toBe(MEMBERS);
      expect(await count('SELECT count(*)::int AS n FROM ballot_box WHERE ballot_id = $1', ballots[1].id)).toBe(MEMBERS);
      // Every receipt given in the secret ballot, before the kill or after, is in its box once.
      const secretReceipts = votes.filter((v) => v.ballotId === ballots[1].id).map((v) => v.answer!.receipt);
      const { rows } = await check.query<{ receipt: string }>('SELECT receipt FROM ballot_box WHERE ballot_id = $1', [ballots[1].id]);
      expect(rows.map((r) => r.receipt).sort()).toEqual([...secretReceipts].sort());
    } finally {
      await check.end();
    }
  });
});
