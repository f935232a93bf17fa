import { addMember, adminWithOrganisation, appointMandate, createBody, startTestApp, type GraphQLResponse, type TestApp } from './support';

const MEMBER = `query M($o: UUID!, $m: UUID!) { member(organisationId: $o, memberId: $m) { id name joinedOn postalAddress votingRightsReason } }`;
const MEMBERS = `query L($o: UUID!) { members(organisationId: $o, filter: { includeLeft: true }) { nodes { id name } } }`;
const ADD = `mutation A($o: UUID!, $input: AddMemberInput!) { addMember(organisationId: $o, input: $input) { id name } }`;
const UPDATE = `mutation U($o: UUID!, $m: UUID!, $input: UpdateMemberInput!) { updateMember(organisationId: $o, memberId: $m, input: $input) { id name joinedOn } }`;
const ORGANISATION = `query O($o: UUID!) { organisation(organisationId: $o) { id name address governanceProfile } }`;
const UPDATE_ORGANISATION = `mutation U($o: UUID!, $input: UpdateOrganisationInput!) { updateOrganisation(organisationId: $o, input: $input) { name address } }`;
const RIGHTS = `mutation V($o: UUID!, $m: UUID!, $reason: String) { setVotingRights(organisationId: $o, memberId: $m, hasVotingRights: false, reason: $reason) { votingRightsReason } }`;
const MANDATES = `query Ms($o: UUID!, $b: UUID!) { mandates(organisationId: $o, bodyId: $b, includeEnded: true) { nodes { id appointedBy } } }`;
const APPOINT = `mutation P($o: UUID!, $input: AppointMandateInput!) { appointMandate(organisationId: $o, input: $input) { id } }`;

type Errors = GraphQLResponse<unknown>;

/** The refusal every malformed input gets: BAD_USER_INPUT, HTTP 400, French with English beside it. */
function expectBadInput(response: Errors, messagePattern?: RegExp): void {
  expect(response.status).toBe(400);
  expect(response.data ?? null).toBeNull();
  const error = response.errors![0];
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error.extensions?.messages?.fr).toBe(error.message);
  expect(error.extensions?.messages?.en).toEqual(expect.any(String));
  expect(error.extensions?.messages?.en).not.toBe(error.extensions?.messages?.fr);
  if (messagePattern) expect(error.message).toMatch(messagePattern);
}

describe('malformed input is refused as BAD_USER_INPUT, and nothing is stored', () => {
  let api: TestApp;
  let token: string;
  let organisationId: string;
  let member: { id: string; name: string };

  beforeAll(async () => {
    api = await startTestApp();
    const created = await adminWithOrganisation(api);
    token = created.admin.token;
    organisationId = created.organisationId;
    member = await addMember(api.client, token, organisationId, { name: 'Léa Roux', joinedOn: '2024-03-01' });
  });
  afterAll(() => api.close());

  const request = (query: string, variables: Record<string, unknown>, language?: string) => api.client.request(query, variables, { token, language });
  const memberNames = async () =>
    ((await api.client.ok(MEMBERS, { o: organisationId }, { token })).members.nodes as { name: string }[]).map((m) => m.name).sort();

  describe('ids', () => {
    it.each([
      ['an empty string', ''],
      ['a word', 'abc'],
      ['a number', 123],
      ['a UUID with trailing garbage', '6f1d6a52-3c1e-4a57-9b8e-2f7c2b0f9d11x'],
    ])('an id argument that is %s is BAD_USER_INPUT, not an internal error', async (_label, value) => {
      expectBadInput(await request(MEMBER, { o: organisationId, m: value }), /memberId|UUID|identifiant/);
      expectBadInput(await request(MEMBER, { o: value, m: member.id }));
    });

    it('an id inline in the query that is not a UUID is BAD_USER_INPUT too', async () => {
      expectBadInput(await request(`query { member(organisationId: "${organisationId}", memberId: "abc") { id } }`, {}));
    });

    it('an id input field that is not a UUID is refused and no member is added', async () => {
      const before = await memberNames();
      expectBadInput(
        await request(ADD, { o: organisationId, input: { kind: 'naturalPerson', name: 'Yves Le Gall', joinedOn: '2024-03-01', collegeId: 'abc' } }),
        /collegeId/,
      );
      expect(await memberNames()).toEqual(before);
    });

    it('an upper-case or braced UUID is the same id, answered in canonical form', async () => {
      for (const form of [member.id.toUpperCase(), `{${member.id}}`, `{${member.id.toUpperCase()}}`]) {
        const { member: found } = await api.client.ok(MEMBER, { o: organisationId.toUpperCase(), m: form }, { token });
        expect(found.id).toBe(member.id);
      }
    });
  });

  describe('text', () => {
    it.each([
      ['a NUL byte', 'Jean\u0000Dupont'],
      ['a lone high surrogate', 'Jean \ud800'],
      ['a lone low surrogate', '\udfffJean'],
      ['a control character', 'Jean\u0007'],
    ])('a name with %s is refused and nothing is stored', async (_label, name) => {
      const before = await memberNames();
      expectBadInput(await request(ADD, { o: organisationId, input: { kind: 'naturalPerson', name, joinedOn: '2024-03-01' } }), /input\.name/);
      expectBadInput(await request(UPDATE, { o: organisationId, m: member.id, input: { name } }), /input\.name/);
      expect(await memberNames()).toEqual(before);
    });

    it('a NUL byte anywhere is refused: an optional field, a plain argument, a JSON governance profile, an inline string', async () => {
      expectBadInput(await request(UPDATE, { o: organisationId, m: member.id, input: { postalAddress: '1 rue\u0000' } }), /postalAddress/);
      expectBadInput(await request(RIGHTS, { o: organisationId, m: member.id, reason: 'impayé\u0000' }), /reason/);
      const { organisation } = await api.client.ok(ORGANISATION, { o: organisationId }, { token });
      const profile = { ...organisation.governanceProfile, legalForm: 'association\u0000' };
      expectBadInput(
        await request(`mutation G($o: UUID!, $p: JSONObject!) { updateGovernanceProfile(organisationId: $o, profile: $p) { id } }`, {
          o: organisationId,
          p: profile,
        }),
      );
      expectBadInput(
        await request(`mutation { updateBody(organisationId: "${organisationId}", bodyId: "${organisationId}", input: { name: "A\\u0000B" }) { id } }`, {}),
      );
      const after = await api.client.ok(MEMBER, { o: organisationId, m: member.id }, { token });
      expect(after.member.postalAddress).toBeNull();
      expect(after.member.votingRightsReason).toBeNull();
    });

    it('a name of only invisible characters (zero-width spaces, joiners, byte-order mark) is refused as blank', async () => {
      const before = await memberNames();
      for (const name of ['\u200b\u200b', '\u200d\ufeff\u2060', ' \u00a0\u200b ']) {
        const response = await request(ADD, { o: organisationId, input: { kind: 'naturalPerson', name, joinedOn: '2024-03-01' } });
        expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(response.errors?.[0].message).toMatch(/obligatoire/);
      }
      expect(await memberNames()).toEqual(before);
    });

    it('a name is stored in Unicode NFC, without invisible characters at its ends', async () => {
      const { addMember: added } = await api.client.ok(
        ADD,
        { o: organisationId, input: { kind: 'naturalPerson', name: '\u200bZoe\u0301 Martin\ufeff', joinedOn: '2024-03-01' } },
        { token },
      );
      expect(added.name).toBe('Zoé Martin');
    });

    it.each([
      ['the address of an organisation', () => request(UPDATE_ORGANISATION, { o: organisationId, input: { address: 'x'.repeat(90_000) } }), /input\.address/],
      [
        'the postal address of a member',
        () => request(UPDATE, { o: organisationId, m: member.id, input: { postalAddress: 'x'.repeat(90_000) } }),
        /input\.postalAddress/,
      ],
      ['the reason for withdrawing a vote', () => request(RIGHTS, { o: organisationId, m: member.id, reason: 'x'.repeat(90_000) }), /reason/],
      ['a name', () => request(UPDATE, { o: organisationId, m: member.id, input: { name: 'x'.repeat(201) } }), /input\.name.*200/],
    ])('90 kB in %s is refused with a message naming the field, and nothing is stored', async (_label, send, pattern) => {
      expectBadInput(await send(), pattern);
      const { organisation } = await api.client.ok(ORGANISATION, { o: organisationId }, { token });
      expect(organisation.address).toBeNull();
      const { member: after } = await api.client.ok(MEMBER, { o: organisationId, m: member.id }, { token });
      expect(after).toMatchObject({ name: 'Léa Roux', postalAddress: null, votingRightsReason: null });
    });

    it('90 kB in the decision that appoints a mandate is refused and no mandate is stored', async () => {
      const body = await createBody(api.client, token, organisationId);
      const response = await request(APPOINT, {
        o: organisationId,
        input: { bodyId: body.id, memberId: member.id, role: 'president', startOn: '2025-01-01', appointedBy: 'x'.repeat(90_000) },
      });
      expectBadInput(response, /input\.appointedBy/);
      expect((await api.client.ok(MANDATES, { o: organisationId, b: body.id }, { token })).mandates.nodes).toEqual([]);
      await appointMandate(api.client, token, organisationId, {
        bodyId: body.id,
        memberId: member.id,
        role: 'president',
        startOn: '2025-01-01',
        appointedBy: 'AG du 15 juin 2024',
      });
    });

    it('the refusal speaks English when asked', async () => {
      const response = await request(UPDATE, { o: organisationId, m: member.id, input: { name: 'x'.repeat(201) } }, 'en');
      expect(response.errors![0].message).toMatch(/too long/);
      expect(response.errors![0].extensions?.messages?.fr).toMatch(/trop long/);
    });
  });

  describe('dates', () => {
    it.each(['0000-01-01', '0001-01-01', '9999-12-31', '1899-12-31', '2201-01-01'])(
      '%s is refused as a joining date and no member is added',
      async (joinedOn) => {
        const before = await memberNames();
        expectBadInput(await request(ADD, { o: organisationId, input: { kind: 'naturalPerson', name: 'Yves Le Gall', joinedOn } }), /joinedOn/);
        expectBadInput(await request(`query { members(organisationId: "${organisationId}", filter: { activeOn: "${joinedOn}" }) { nodes { id } } }`, {}));
        expect(await memberNames()).toEqual(before);
      },
    );

    it('the first and last accepted dates are accepted', async () => {
      await api.client.ok(`query { members(organisationId: "${organisationId}", filter: { activeOn: "1900-01-01" }) { nodes { id } } }`, {}, { token });
      await api.client.ok(`query { members(organisationId: "${organisationId}", filter: { activeOn: "2200-12-31" }) { nodes { id } } }`, {}, { token });
    });
  });

  describe('null for a field an update requires', () => {
    it.each([
      ['name', { name: null }],
      ['joinedOn', { joinedOn: null }],
    ])('updateMember(input: { %s: null }) is refused and the member is unchanged', async (field, input) => {
      expectBadInput(await request(UPDATE, { o: organisationId, m: member.id, input }), new RegExp(`input\\.${field}`));
      expectBadInput(
        await request(`mutation { updateMember(organisationId: "${organisationId}", memberId: "${member.id}", input: { ${field}: null }) { id } }`, {}),
      );
      const { member: after } = await api.client.ok(MEMBER, { o: organisationId, m: member.id }, { token });
      expect(after).toMatchObject({ name: 'Léa Roux', joinedOn: '2024-03-01' });
    });

    it('updateOrganisation(input: { name: null }) is refused and the name is unchanged', async () => {
      const { organisation: before } = await api.client.ok(ORGANISATION, { o: organisationId }, { token });
      expectBadInput(await request(UPDATE_ORGANISATION, { o: organisationId, input: { name: null } }), /input\.name/);
      const { organisation: after } = await api.client.ok(ORGANISATION, { o: organisationId }, { token });
      expect(after.name).toBe(before.name);
    });
  });

  describe('HTTP status of malformed requests', () => {
    const post = (body: unknown) => api.client.post<Errors>(body, { token });

    it('a syntax error is HTTP 400 GRAPHQL_PARSE_FAILED, in French', async () => {
      const response = await post({ query: 'query { me { id ' });
      expect(response.status).toBe(400);
      expect(response.errors![0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(response.errors![0].message).toMatch(/mal formée/);
    });

    it('a query past the token limit is HTTP 400 GRAPHQL_PARSE_FAILED, not an internal error', async () => {
      const response = await post({ query: `query { ${'me { id } '.repeat(1500)} }` });
      expect(response.status).toBe(400);
      expect(response.errors![0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('a validation error is HTTP 400 GRAPHQL_VALIDATION_FAILED', async () => {
      const response = await post({ query: 'query { me { id notAField } }' });
      expect(response.status).toBe(400);
      expect(response.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('a variable of the wrong type, a missing variable, an unknown input field are HTTP 400 BAD_USER_INPUT, in French', async () => {
      expectBadInput(await request(ADD, { o: organisationId, input: { kind: 'naturalPerson', name: 42, joinedOn: '2024-03-01' } }), /input\.name.*texte/);
      expectBadInput(await request(ADD, { o: organisationId }), /\$input/);
      expectBadInput(await request(ADD, { o: organisationId, input: { kind: 'naturalPerson', name: 'A', joinedOn: '2024-03-01', shoeSize: 44 } }), /shoeSize/);
      expectBadInput(await request(ADD, { o: organisationId, input: { kind: 'robot', name: 'A', joinedOn: '2024-03-01' } }), /input\.kind/);
    });
  });
});
