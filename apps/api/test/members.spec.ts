import { DataSource } from 'typeorm';
import { addMember, adminWithOrganisation, joinWithRole, startTestApp, type TestApp } from './support';

const MEMBER_FIELDS = `id kind name email birthDate joinedOn leftOn hasVotingRights votingRightsReason eNoticeConsent eNoticeConsentAt
  college { id name } representative { name email sinceOn untilOn } representatives { name sinceOn untilOn }`;
const ADD = `mutation A($organisationId: UUID!, $input: AddMemberInput!) { addMember(organisationId: $organisationId, input: $input) { ${MEMBER_FIELDS} } }`;
const MEMBER = `query M($organisationId: UUID!, $memberId: UUID!) { member(organisationId: $organisationId, memberId: $memberId) { ${MEMBER_FIELDS} } }`;
const MEMBERS = `query L($organisationId: UUID!, $filter: MemberFilterInput) { members(organisationId: $organisationId, filter: $filter) { totalCount nodes { id name } } }`;
const UPDATE = `mutation U($organisationId: UUID!, $memberId: UUID!, $input: UpdateMemberInput!) { updateMember(organisationId: $organisationId, memberId: $memberId, input: $input) { id name email } }`;
const LEAVE = `mutation D($organisationId: UUID!, $memberId: UUID!, $leftOn: LocalDate!) { recordMemberDeparture(organisationId: $organisationId, memberId: $memberId, leftOn: $leftOn) { leftOn } }`;
const RIGHTS = `mutation V($organisationId: UUID!, $memberId: UUID!, $has: Boolean!, $reason: String) { setVotingRights(organisationId: $organisationId, memberId: $memberId, hasVotingRights: $has, reason: $reason) { hasVotingRights votingRightsReason } }`;
const CONSENT = `mutation C($organisationId: UUID!, $memberId: UUID!, $consent: Boolean!) { setENoticeConsent(organisationId: $organisationId, memberId: $memberId, consent: $consent) { eNoticeConsent eNoticeConsentAt } }`;
const REPRESENTATIVE = `mutation R($organisationId: UUID!, $memberId: UUID!, $representative: RepresentativeInput!, $sinceOn: LocalDate!) {
  changeRepresentative(organisationId: $organisationId, memberId: $memberId, representative: $representative, sinceOn: $sinceOn) { representative { name sinceOn } representatives { name sinceOn untilOn } } }`;
const COLLEGES = `query C($organisationId: UUID!) { colleges(organisationId: $organisationId) { id name } }`;

describe('members', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('a SCIC records a city as a legal entity in its college, voting through a named representative who may change', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api, 'scic');
    const { colleges } = await api.client.ok(COLLEGES, { organisationId }, { token: admin.token });
    const publicBodies = colleges.find((c: { name: string }) => c.name === 'collectivités');
    const { addMember: city } = await api.client.ok(
      ADD,
      {
        organisationId,
        input: {
          kind: 'legalEntity',
          name: 'Ville de Rennes',
          email: 'democratie@ville-rennes.example',
          joinedOn: '2022-03-01',
          collegeId: publicBodies.id,
          representative: { name: 'Mme Anne Guillou', email: 'a.guillou@ville-rennes.example' },
        },
      },
      { token: admin.token },
    );
    expect(city).toMatchObject({
      kind: 'legalEntity',
      college: { name: 'collectivités' },
      representative: { name: 'Mme Anne Guillou', sinceOn: '2022-03-01' },
    });

    const { changeRepresentative } = await api.client.ok(
      REPRESENTATIVE,
      { organisationId, memberId: city.id, representative: { name: 'M. Yann Morvan' }, sinceOn: '2026-04-02' },
      { token: admin.token },
    );
    expect(changeRepresentative.representative).toEqual({ name: 'M. Yann Morvan', sinceOn: '2026-04-02' });
    expect(changeRepresentative.representatives).toEqual([
      { name: 'M. Yann Morvan', sinceOn: '2026-04-02', untilOn: null },
      { name: 'Mme Anne Guillou', sinceOn: '2022-03-01', untilOn: '2026-04-02' },
    ]);

    const backdated = await api.client.error(
      REPRESENTATIVE,
      { organisationId, memberId: city.id, representative: { name: 'Trop tôt' }, sinceOn: '2026-01-01' },
      { token: admin.token },
    );
    expect(backdated.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATES' });
  });

  it('in an organisation with colleges a member must be given one', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api, 'scic');
    const error = await api.client.error(
      ADD,
      { organisationId, input: { kind: 'naturalPerson', name: 'Sans collège', joinedOn: '2024-01-01' } },
      { token: admin.token },
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('collège');
  });

  it('withdrawing a vote needs its reason; the vote can be restored', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const member = await addMember(api.client, admin.token, organisationId);
    const noReason = await api.client.error(RIGHTS, { organisationId, memberId: member.id, has: false }, { token: admin.token });
    expect(noReason.extensions?.code).toBe('BAD_USER_INPUT');
    const { setVotingRights } = await api.client.ok(
      RIGHTS,
      { organisationId, memberId: member.id, has: false, reason: 'Cotisation 2026 impayée' },
      { token: admin.token },
    );
    expect(setVotingRights).toEqual({ hasVotingRights: false, votingRightsReason: 'Cotisation 2026 impayée' });
    const restored = await api.client.ok(RIGHTS, { organisationId, memberId: member.id, has: true, reason: 'Cotisation réglée' }, { token: admin.token });
    expect(restored.setVotingRights.hasVotingRights).toBe(true);
  });

  it('consent to e-mail convocation is recorded with its date, and needs an address', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const withoutEmail = await addMember(api.client, admin.token, organisationId);
    expect((await api.client.error(CONSENT, { organisationId, memberId: withoutEmail.id, consent: true }, { token: admin.token })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const member = await addMember(api.client, admin.token, organisationId, { email: 'jeanne@example.org' });
    const before = Date.now();
    const { setENoticeConsent } = await api.client.ok(CONSENT, { organisationId, memberId: member.id, consent: true }, { token: admin.token });
    expect(setENoticeConsent.eNoticeConsent).toBe(true);
    expect(new Date(setENoticeConsent.eNoticeConsentAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('members are listed as of a date: who had joined and not yet left', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const early = await addMember(api.client, admin.token, organisationId, { name: 'A Early', joinedOn: '2020-01-01' });
    const late = await addMember(api.client, admin.token, organisationId, { name: 'B Late', joinedOn: '2025-06-01' });
    await api.client.ok(LEAVE, { organisationId, memberId: early.id, leftOn: '2024-12-31' }, { token: admin.token });
    const on = async (date: string | null) =>
      (await api.client.ok(MEMBERS, { organisationId, filter: date ? { activeOn: date } : null }, { token: admin.token })).members.nodes.map(
        (m: { name: string }) => m.name,
      );
    expect(await on('2023-01-01')).toEqual(['A Early']);
    expect(await on('2025-07-01')).toEqual(['B Late']);
    expect(await on(null)).toEqual(['B Late']);
    expect(late.name).toBe('B Late');
  });

  it('bad dates and duplicate addresses are refused with a clear message, and nothing changes', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const member = await addMember(api.client, admin.token, organisationId, { email: 'dupont@example.org', joinedOn: '2024-05-01' });
    const leftBeforeJoining = await api.client.error(LEAVE, { organisationId, memberId: member.id, leftOn: '2024-04-30' }, { token: admin.token });
    expect(leftBeforeJoining.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATES' });
    expect(leftBeforeJoining.message).toContain('2024-04-30');

    const duplicate = await api.client.error(
      ADD,
      { organisationId, input: { kind: 'naturalPerson', name: 'Autre Dupont', email: 'DUPONT@example.org', joinedOn: '2024-01-01' } },
      { token: admin.token },
    );
    expect(duplicate.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_EMAIL' });

    const notADate = await api.client.error(
      ADD,
      { organisationId, input: { kind: 'naturalPerson', name: 'X', joinedOn: '2024-02-30' } },
      { token: admin.token },
    );
    expect(notADate.extensions?.code).toBe('BAD_USER_INPUT');

    const unknown = await api.client.error(MEMBER, { organisationId, memberId: '00000000-0000-4000-8000-000000000000' }, { token: admin.token });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');

    const [{ count }] = await api.app.get(DataSource).query('SELECT count(*)::int AS count FROM members WHERE organisation_id = $1', [organisationId]);
    expect(count).toBe(1);
    expect((await api.client.ok(MEMBER, { organisationId, memberId: member.id }, { token: admin.token })).member.leftOn).toBeNull();
  });

  it('secretaries manage members; members and observers only read', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const secretary = await joinWithRole(api, admin.token, organisationId, 'secretary');
    const member = await joinWithRole(api, admin.token, organisationId, 'member');
    const added = await addMember(api.client, secretary.token, organisationId, { name: 'Ajoutée par la secrétaire' });
    expect((await api.client.ok(MEMBERS, { organisationId }, { token: member.token })).members.nodes).toHaveLength(1);
    const refused = await api.client.error(UPDATE, { organisationId, memberId: added.id, input: { name: 'Renommée' } }, { token: member.token });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
  });

  it("another organisation's members cannot be read or changed, through either organisation", async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const member = await addMember(api.client, admin.token, organisationId, { kind: 'legalEntity', name: 'Asso Voisine', representative: { name: 'R' } });
    const stranger = await adminWithOrganisation(api);
    const token = stranger.admin.token;
    const ids = { memberId: member.id };
    for (const target of [organisationId, stranger.organisationId]) {
      const variables = { organisationId: target, ...ids };
      const errors = await Promise.all([
        api.client.error(MEMBER, variables, { token }),
        api.client.error(UPDATE, { ...variables, input: { name: 'Pirate' } }, { token }),
        api.client.error(LEAVE, { ...variables, leftOn: '2026-01-01' }, { token }),
        api.client.error(RIGHTS, { ...variables, has: false, reason: 'x' }, { token }),
        api.client.error(CONSENT, { ...variables, consent: false }, { token }),
        api.client.error(REPRESENTATIVE, { ...variables, representative: { name: 'Pirate' }, sinceOn: '2026-01-01' }, { token }),
      ]);
      for (const error of errors) expect(error.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await api.client.error(MEMBERS, { organisationId }, { token })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (await api.client.error(ADD, { organisationId, input: { kind: 'naturalPerson', name: 'Intrus', joinedOn: '2024-01-01' } }, { token })).extensions?.code,
    ).toBe('NOT_FOUND');
    const { member: unchanged } = await api.client.ok(MEMBER, { organisationId, memberId: member.id }, { token: admin.token });
    expect(unchanged).toMatchObject({ name: 'Asso Voisine', leftOn: null, hasVotingRights: true, representative: { name: 'R' } });
  });
});
