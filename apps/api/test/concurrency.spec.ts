import { addMember, adminWithOrganisation, appointMandate, createBody, joinWithRole, startTestApp, type TestApp } from './support';

const HAND_OVER = `mutation H($organisationId: UUID!, $input: HandOverInput!) { handOver(organisationId: $organisationId, input: $input) { id } }`;
const LEAVE = `mutation D($organisationId: UUID!, $memberId: UUID!, $leftOn: LocalDate!) { recordMemberDeparture(organisationId: $organisationId, memberId: $memberId, leftOn: $leftOn) { leftOn } }`;
const MEMBER = `query M($organisationId: UUID!, $memberId: UUID!) { member(organisationId: $organisationId, memberId: $memberId) { leftOn } }`;
const CHANGE_ROLE = `mutation R($organisationId: UUID!, $accountId: UUID!, $role: OrganisationRole!) { changeAccountRole(organisationId: $organisationId, accountId: $accountId, role: $role) { role } }`;
const ACCESS = `query A($organisationId: UUID!) { organisationAccess(organisationId: $organisationId) { role account { id } } }`;
const HISTORY = `query H($organisationId: UUID!, $bodyId: UUID!) { roleHistory(organisationId: $organisationId, bodyId: $bodyId, role: president) { member { id } startOn end } }`;
const COLLEGES = `query C($organisationId: UUID!) { colleges(organisationId: $organisationId) { id } }`;

type Outcome = { data?: unknown; errors?: { extensions?: { code?: string; reason?: string } }[] };
const codes = (outcomes: Outcome[]) => outcomes.map((o) => (o.errors?.length ? o.errors[0].extensions?.code : 'OK')).sort();

describe('concurrent twins', () => {
  let api: TestApp;
  beforeAll(async () => {
    // A pool smaller than the burst: no request may wait for a second connection while holding one.
    api = await startTestApp({ DATABASE_POOL_SIZE: '5' });
  });
  afterAll(() => api.close());

  it('50 simultaneous handovers of one role: one passes, the others get CONFLICT, and another organisation keeps being served', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const board = await createBody(api.client, admin.token, organisationId);
    const alice = await addMember(api.client, admin.token, organisationId, { joinedOn: '2020-01-01' });
    const bruno = await addMember(api.client, admin.token, organisationId, { joinedOn: '2020-01-01' });
    await appointMandate(api.client, admin.token, organisationId, { bodyId: board.id, memberId: alice.id, role: 'president', startOn: '2024-06-15' });
    const other = await adminWithOrganisation(api);

    const started = Date.now();
    const input = {
      bodyId: board.id,
      role: 'president',
      successorMemberId: bruno.id,
      on: '2026-03-03',
      decision: 'CA du 3 mars 2026',
      outgoingEndReason: 'resignation',
    };
    const burst = Array.from({ length: 50 }, () => api.client.request(HAND_OVER, { organisationId, input }, { token: admin.token }) as Promise<Outcome>);
    // While the burst runs, another organisation's reads answer.
    const otherReads = Array.from({ length: 5 }, () => api.client.ok(COLLEGES, { organisationId: other.organisationId }, { token: other.admin.token }));
    const outcomes = await Promise.all(burst);
    await Promise.all(otherReads);
    expect(Date.now() - started).toBeLessThan(20_000);

    const results = codes(outcomes);
    expect(results.filter((c) => c === 'OK')).toHaveLength(1);
    expect(results.filter((c) => c === 'CONFLICT')).toHaveLength(49);
    const { roleHistory } = await api.client.ok(HISTORY, { organisationId, bodyId: board.id }, { token: admin.token });
    expect(roleHistory.map((m: { member: { id: string } }) => m.member.id)).toEqual([alice.id, bruno.id]);
  });

  it('20 simultaneous departures of one member with different dates: exactly one is recorded, the others get CONFLICT', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const member = await addMember(api.client, admin.token, organisationId, { joinedOn: '2020-01-01' });
    const dates = Array.from({ length: 20 }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}`);
    const outcomes = (await Promise.all(
      dates.map((leftOn) => api.client.request(LEAVE, { organisationId, memberId: member.id, leftOn }, { token: admin.token })),
    )) as Outcome[];
    const results = codes(outcomes);
    expect(results.filter((c) => c === 'OK')).toHaveLength(1);
    expect(results.filter((c) => c === 'CONFLICT')).toHaveLength(19);
    const winner = outcomes.find((o) => !o.errors?.length)!.data as { recordMemberDeparture: { leftOn: string } };
    const { member: stored } = await api.client.ok(MEMBER, { organisationId, memberId: member.id }, { token: admin.token });
    expect(stored.leftOn).toBe(winner.recordMemberDeparture.leftOn);
  });

  it('two admins demoting each other at once: one is demoted, the other is told the organisation keeps an admin', async () => {
    for (let round = 0; round < 5; round++) {
      const { admin, organisationId } = await adminWithOrganisation(api);
      const second = await joinWithRole(api, admin.token, organisationId, 'admin');
      const outcomes = (await Promise.all([
        api.client.request(CHANGE_ROLE, { organisationId, accountId: second.id, role: 'member' }, { token: admin.token }),
        api.client.request(CHANGE_ROLE, { organisationId, accountId: admin.id, role: 'member' }, { token: second.token }),
      ])) as Outcome[];
      // The second to run either finds the organisation down to one admin (CONFLICT), or is no
      // longer admin itself (FORBIDDEN): never a deadlock reported as an internal error.
      const results = codes(outcomes);
      expect(results).toContain('OK');
      expect(results.filter((c) => c === 'OK')).toHaveLength(1);
      expect(['CONFLICT', 'FORBIDDEN']).toContain(results.find((c) => c !== 'OK'));
      const survivor = outcomes[0].errors?.length ? second : admin;
      const { organisationAccess } = await api.client.ok(ACCESS, { organisationId }, { token: survivor.token });
      expect(organisationAccess.filter((a: { role: string }) => a.role === 'admin')).toHaveLength(1);
    }
  });
});
