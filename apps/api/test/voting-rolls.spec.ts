import { DataSource } from 'typeorm';
import { appointMandate, createBody, joinWithRole, startTestApp, type TestApp } from './support';
import { ballotOf, castAs, castByLink, createBallot, openBallot, optionOf, personalLink, votingAssembly } from './support/voting';

const OPEN_MEETING = `mutation Open($organisationId: UUID!, $meetingId: UUID!) { openMeeting(organisationId: $organisationId, meetingId: $meetingId) { id status } }`;
const ARRIVE = `mutation Arrive($organisationId: UUID!, $meetingId: UUID!, $memberId: UUID!, $mode: AttendanceMode!) {
  recordArrival(organisationId: $organisationId, meetingId: $meetingId, memberId: $memberId, mode: $mode) { id } }`;
const PROXY = `mutation P($organisationId: UUID!, $meetingId: UUID!, $principalMemberId: UUID!, $holderMemberId: UUID) {
  recordProxy(organisationId: $organisationId, meetingId: $meetingId, principalMemberId: $principalMemberId, holderMemberId: $holderMemberId) { id } }`;

/** Polls until `check` holds (scheduled jobs run on the queue's own rhythm). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('who votes: the roll frozen at opening, in the room, ahead of it, or by written consultation', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('in the room: those present or remote vote, with the proxies of those they represent; an absent member, and one who arrives after the opening, are not on the roll', async () => {
    const { token, organisationId, members, meeting } = await votingAssembly(api, { members: 6 });
    const [chair, remote, holder, principal, absent, late] = members;
    await api.client.ok(PROXY, { organisationId, meetingId: meeting.id, principalMemberId: principal.id, holderMemberId: holder.id }, { token });
    await api.client.ok(OPEN_MEETING, { organisationId, meetingId: meeting.id }, { token });
    for (const [member, mode] of [
      [chair, 'inPerson'],
      [remote, 'remote'],
      [holder, 'inPerson'],
    ] as const) {
      await api.client.ok(ARRIVE, { organisationId, meetingId: meeting.id, memberId: member.id, mode }, { token });
    }
    const draft = await createBallot(api.client, token, organisationId, { kind: 'resolution', meetingId: meeting.id, question: 'Fixer la cotisation à 20 €' });
    expect(draft.rollBasis).toBe('attending');
    const ballot = await openBallot(api.client, token, organisationId, draft.id);
    expect(ballot.tally.roll).toBe(4);
    await api.client.ok(ARRIVE, { organisationId, meetingId: meeting.id, memberId: late.id, mode: 'inPerson' }, { token });

    const yes = optionOf(ballot, 'yes');
    const link = (m: { id: string }) => personalLink(api, organisationId, meeting.id, m.id);
    for (const member of [absent, late]) {
      const refused = await castByLink(api.client, await link(member), ballot.id, [yes]);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ON_ROLL' });
      expect(refused.errors?.[0].message).toContain('liste des votants');
    }
    const holderLink = await link(holder);
    expect((await castByLink(api.client, holderLink, ballot.id, [yes])).errors).toBeUndefined();
    expect((await castByLink(api.client, holderLink, ballot.id, [yes], { forMemberId: principal.id })).errors).toBeUndefined();
    expect((await castByLink(api.client, await link(remote), ballot.id, [yes])).errors).toBeUndefined();
    expect((await ballotOf(api.client, token, organisationId, ballot.id)).tally).toMatchObject({ roll: 4, cast: 3 });
    const rows = await api.app
      .get(DataSource)
      .query<{ member_id: string; caster_member_id: string; via: string }[]>(`SELECT member_id, caster_member_id, via FROM ballot_roll WHERE ballot_id = $1`, [
        ballot.id,
      ]);
    expect(rows.find((r) => r.member_id === principal.id)).toMatchObject({ caster_member_id: holder.id, via: 'proxy' });
  });

  it('a vote in the room opens only while the quorum is reached, checked again at each vote, and keeps the quorum for the minutes', async () => {
    const { token, organisationId, members, meeting } = await votingAssembly(api, { legalForm: 'scop', members: 8 });
    await api.client.ok(OPEN_MEETING, { organisationId, meetingId: meeting.id }, { token });
    const arrive = (member: { id: string }) =>
      api.client.ok(ARRIVE, { organisationId, meetingId: meeting.id, memberId: member.id, mode: 'inPerson' }, { token });
    await arrive(members[0]);
    const draft = await createBallot(api.client, token, organisationId, {
      kind: 'resolution',
      meetingId: meeting.id,
      question: 'Affecter le résultat en réserves',
    });
    const refused = await api.client.request(
      `mutation O($organisationId: UUID!, $ballotId: UUID!) { openBallot(organisationId: $organisationId, ballotId: $ballotId) { id } }`,
      { organisationId, ballotId: draft.id },
      { token },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'QUORUM_NOT_REACHED' });
    expect(refused.errors?.[0].message).toMatch(/^Le vote ne peut pas s'ouvrir : .*quorum/i);
    expect((await ballotOf(api.client, token, organisationId, draft.id)).status).toBe('draft');
    for (const member of members.slice(1, 5)) await arrive(member);
    const opened = await openBallot(api.client, token, organisationId, draft.id);
    expect(opened.tally.roll).toBe(5);
    expect(
      (
        await api.client.ok<{ ballot: { quorum: string } }>(
          `query Q($organisationId: UUID!, $ballotId: UUID!) { ballot(organisationId: $organisationId, ballotId: $ballotId) { quorum } }`,
          { organisationId, ballotId: draft.id },
          { token },
        )
      ).ballot.quorum,
    ).toMatch(/atteint/);
  });

  it('a written consultation of the board: its directors vote from their accounts, and it closes on schedule with its result; the statutes refuse one for the general assembly', async () => {
    const { admin, token, organisationId, members, assembly } = await votingAssembly(api, { members: 3 });
    const board = await createBody(api.client, token, organisationId);
    const accounts = [];
    for (const [i, member] of members.entries()) {
      await appointMandate(api.client, token, organisationId, {
        bodyId: board.id,
        memberId: member.id,
        role: i === 0 ? 'president' : 'director',
        startOn: '2025-01-01',
      });
      accounts.push(await joinWithRole(api, admin.token, organisationId, 'member', member.id));
    }
    const refused = await api.client.request(
      `mutation C($organisationId: UUID!, $input: CreateBallotInput!) { createBallot(organisationId: $organisationId, input: $input) { id } }`,
      { organisationId, input: { kind: 'resolution', bodyId: assembly.id, question: 'Modifier les statuts' } },
      { token },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('consultation écrite');

    const closesAt = new Date(Date.now() + 4_000).toISOString();
    const draft = await createBallot(api.client, token, organisationId, {
      kind: 'choice',
      bodyId: board.id,
      title: 'Date du séminaire',
      options: [{ label: '14 mars' }, { label: '21 mars' }],
      closesAt,
    });
    expect(draft).toMatchObject({ rollBasis: 'body', meetingId: null });
    const ballot = await openBallot(api.client, token, organisationId, draft.id);
    expect(ballot.tally.roll).toBe(3);
    const [march14, march21] = ballot.options.map((o) => o.id);
    await castAs(api.client, accounts[0], organisationId, ballot.id, [march21]);
    await castAs(api.client, accounts[1], organisationId, ballot.id, [march21]);
    await castAs(api.client, accounts[2], organisationId, ballot.id, [march14]);
    const closed = await eventually(
      () => ballotOf(api.client, token, organisationId, ballot.id),
      (b) => b.status === 'closed',
    );
    expect(closed).toMatchObject({ status: 'closed', outcome: 'decided', castCount: 3 });
    expect(closed.explanation).toContain('« 21 mars » arrive en tête');
  });

  it('a ballot planned to open later opens on its own', async () => {
    const { token, organisationId, meeting } = await votingAssembly(api, { members: 2 });
    const draft = await createBallot(api.client, token, organisationId, {
      kind: 'resolution',
      meetingId: meeting.id,
      question: 'Voter avant la réunion',
      opensAt: new Date(Date.now() + 1_500).toISOString(),
    });
    expect(draft.status).toBe('draft');
    const opened = await eventually(
      () => ballotOf(api.client, token, organisationId, draft.id),
      (b) => b.status === 'open',
    );
    expect(opened).toMatchObject({ status: 'open', rollBasis: 'convened' });
    expect(opened.tally.roll).toBe(2);
  });
});
