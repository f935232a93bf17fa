import { DataSource } from 'typeorm';
import {
  addMember,
  adminWithOrganisation,
  createOrganisation,
  joinWithRole,
  registerAccount,
  setColleges,
  startTestApp,
  workerDatabaseUrl,
  type TestApp,
} from './support';

const ORGANISATION = `query O($organisationId: UUID!) { organisation(organisationId: $organisationId) { id name legalForm address registrationNumber myRole governanceProfile } }`;
const UPDATE = `mutation U($organisationId: UUID!, $input: UpdateOrganisationInput!) { updateOrganisation(organisationId: $organisationId, input: $input) { name address registrationNumber } }`;
const UPDATE_PROFILE = `mutation P($organisationId: UUID!, $profile: JSONObject!) { updateGovernanceProfile(organisationId: $organisationId, profile: $profile) { governanceProfile } }`;
const COLLEGES = `query C($organisationId: UUID!) { colleges(organisationId: $organisationId) { id name weight weightPercent } }`;
const SET_COLLEGES = `mutation S($organisationId: UUID!, $colleges: [CollegeInput!]!) { setColleges(organisationId: $organisationId, colleges: $colleges) { id name weight } }`;

describe('organisations', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('the creator of an organisation becomes its admin, and its profile starts from the preset of its legal form', async () => {
    const admin = await registerAccount(api);
    const organisationId = await createOrganisation(api.client, admin.token, {
      name: 'Coop du Bocage',
      legalForm: 'scop',
      address: '3 rue des Lilas, 35000 Rennes',
      registrationNumber: '732 829 320',
    });
    const { organisation } = await api.client.ok(ORGANISATION, { organisationId }, { token: admin.token });
    expect(organisation).toMatchObject({ name: 'Coop du Bocage', legalForm: 'scop', myRole: 'admin', registrationNumber: '732829320' });
    expect(organisation.governanceProfile).toMatchObject({ legalForm: 'scop', preset: 'scop' });
    expect(organisation.governanceProfile.sources.length).toBeGreaterThan(0);
  });

  it('one account belongs to several organisations and lists them with its role in each', async () => {
    const city = await registerAccount(api, { displayName: 'Ville de Rennes' });
    const first = await createOrganisation(api.client, city.token, { name: 'A SCIC énergie', legalForm: 'scic' });
    const second = await createOrganisation(api.client, city.token, { name: 'B SCIC alimentation', legalForm: 'scic' });
    const { myOrganisations } = await api.client.ok(`{ myOrganisations { id name myRole } }`, {}, { token: city.token });
    expect(myOrganisations).toEqual([
      { id: first, name: 'A SCIC énergie', myRole: 'admin' },
      { id: second, name: 'B SCIC alimentation', myRole: 'admin' },
    ]);
  });

  it('tells each account which member it is, in each of its organisations, and no one else', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const { token } = admin;
    const bruno = await addMember(api.client, token, organisationId, { name: 'Bruno Petit', joinedOn: '2024-01-15' });
    const linked = await joinWithRole(api, token, organisationId, 'secretary', bruno.id);
    const unlinked = await joinWithRole(api, token, organisationId, 'observer');
    const MY_MEMBER = `query M($organisationId: UUID!) { organisation(organisationId: $organisationId) { myMemberId } }`;
    expect(await api.client.ok(MY_MEMBER, { organisationId }, { token: linked.token })).toEqual({ organisation: { myMemberId: bruno.id } });
    expect(await api.client.ok(MY_MEMBER, { organisationId }, { token: unlinked.token })).toEqual({ organisation: { myMemberId: null } });
    // In the list of my organisations too, and in another organisation the same account is no member.
    const other = await createOrganisation(api.client, linked.token, { name: 'Autre association', legalForm: 'association' });
    const { myOrganisations } = await api.client.ok<{ myOrganisations: { id: string; myMemberId: string | null }[] }>(
      '{ myOrganisations { id myMemberId } }',
      {},
      { token: linked.token },
    );
    expect(myOrganisations.find((o) => o.id === organisationId)?.myMemberId).toBe(bruno.id);
    expect(myOrganisations.find((o) => o.id === other)?.myMemberId).toBeNull();
  });

  it('a city steering committee starts from the steering committee preset', async () => {
    const admin = await registerAccount(api);
    const organisationId = await createOrganisation(api.client, admin.token, {
      name: 'Comité de pilotage PAT',
      legalForm: 'other',
      preset: 'steeringCommittee',
    });
    const { organisation } = await api.client.ok(ORGANISATION, { organisationId }, { token: admin.token });
    expect(organisation.governanceProfile).toMatchObject({ legalForm: 'other', preset: 'steeringCommittee' });
  });

  it('an admin updates the identity; an RNA or SIREN that is neither is refused and nothing changes', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const { updateOrganisation } = await api.client.ok(
      UPDATE,
      { organisationId, input: { name: 'Les Jardins du Thabor', registrationNumber: 'w351234567' } },
      { token: admin.token },
    );
    expect(updateOrganisation).toMatchObject({ name: 'Les Jardins du Thabor', registrationNumber: 'W351234567' });
    const error = await api.client.error(UPDATE, { organisationId, input: { name: 'Autre nom', registrationNumber: '123456789' } }, { token: admin.token });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(error.message).toContain('SIREN');
    const { organisation } = await api.client.ok(ORGANISATION, { organisationId }, { token: admin.token });
    expect(organisation.name).toBe('Les Jardins du Thabor');
  });

  it('a governance profile that breaks the rules is refused with the path of the problem, and the old one stays', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const { organisation } = await api.client.ok(ORGANISATION, { organisationId }, { token: admin.token });
    const profile = structuredClone(organisation.governanceProfile);
    profile.bodies.generalAssembly.ordinary.quorum.firstConvocation = { share: '3/2', comparison: 'atLeast' };
    const error = await api.client.error(UPDATE_PROFILE, { organisationId, profile }, { token: admin.token });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_GOVERNANCE_PROFILE' });
    expect(String(error.extensions?.details && (error.extensions.details as { path?: string }).path)).toContain('quorum');
    const after = await api.client.ok(ORGANISATION, { organisationId }, { token: admin.token });
    expect(after.organisation.governanceProfile).toEqual(organisation.governanceProfile);

    profile.bodies.generalAssembly.ordinary.quorum.firstConvocation = { share: '1/3', comparison: 'atLeast' };
    const { updateGovernanceProfile } = await api.client.ok(UPDATE_PROFILE, { organisationId, profile }, { token: admin.token });
    expect(updateGovernanceProfile.governanceProfile.bodies.generalAssembly.ordinary.quorum.firstConvocation.share).toBe('1/3');
  });

  it('a profile stored before majorities were set per convocation reads as the same majority on both', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const { organisation } = await api.client.ok(ORGANISATION, { organisationId }, { token: admin.token });
    const old = structuredClone(organisation.governanceProfile);
    const { firstConvocation, secondConvocation: _second, ...rest } = old.bodies.generalAssembly.ordinary.majority;
    old.bodies.generalAssembly.ordinary.majority = { ...firstConvocation, ...rest };
    const database = new DataSource({ type: 'postgres', url: await workerDatabaseUrl() });
    await database.initialize();
    try {
      await database.query('UPDATE organisations SET governance_profile = $1 WHERE id = $2', [JSON.stringify(old), organisationId]);
    } finally {
      await database.destroy();
    }
    const read = (await api.client.ok(ORGANISATION, { organisationId }, { token: admin.token })).organisation.governanceProfile;
    expect(read.bodies.generalAssembly.ordinary.majority).toMatchObject({ ...rest, firstConvocation });
    expect(read.bodies.generalAssembly.ordinary.majority.secondConvocation).toEqual(firstConvocation);
  });

  it('a SCOP in SARL form starts from its own preset: more than half of all members on first consultation, votes cast on second', async () => {
    const admin = await registerAccount(api);
    const organisationId = await createOrganisation(api.client, admin.token, { legalForm: 'scop', preset: 'scopSarl' });
    const { organisation } = await api.client.ok(ORGANISATION, { organisationId }, { token: admin.token });
    const majority = organisation.governanceProfile.bodies.generalAssembly.ordinary.majority;
    expect(organisation.governanceProfile).toMatchObject({ legalForm: 'scop', preset: 'scopSarl' });
    expect(majority.firstConvocation.base).toBe('allMembers');
    expect(majority.secondConvocation.base).not.toBe('allMembers');
  });

  it("a SCIC's rules for one college (a block vote, merging into another) survive renaming and reweighting the colleges", async () => {
    const { admin, organisationId } = await adminWithOrganisation(api, 'scic');
    const { organisation } = await api.client.ok(ORGANISATION, { organisationId }, { token: admin.token });
    const profile = structuredClone(organisation.governanceProfile);
    const [employees, users, cities, partners] = profile.colleges.colleges;
    employees.blockVote = { share: '2/3', comparison: 'atLeast' };
    partners.mergeInto = users.id;
    profile.colleges.minimumMembers = 3;
    await api.client.ok(UPDATE_PROFILE, { organisationId, profile }, { token: admin.token });

    await setColleges(api.client, admin.token, organisationId, [
      { id: employees.id, name: 'salarié·es', weight: '40 %' },
      { id: users.id, name: 'usagers', weight: '30 %' },
      { id: cities.id, name: 'collectivités', weight: '20 %' },
      { id: partners.id, name: 'partenaires', weight: '10 %' },
    ]);
    const after = (await api.client.ok(ORGANISATION, { organisationId }, { token: admin.token })).organisation.governanceProfile;
    expect(after.colleges.minimumMembers).toBe(3);
    expect(after.colleges.colleges).toEqual([
      { id: employees.id, name: 'salarié·es', weight: '2/5', blockVote: { share: '2/3', comparison: 'atLeast' } },
      { id: users.id, name: 'usagers', weight: '3/10' },
      { id: cities.id, name: 'collectivités', weight: '1/5' },
      { id: partners.id, name: 'partenaires', weight: '1/10', mergeInto: users.id },
    ]);

    // Removing the college another merges into drops the merge rather than pointing at nothing.
    await setColleges(api.client, admin.token, organisationId, [
      { id: employees.id, name: 'salarié·es', weight: '50 %' },
      { id: cities.id, name: 'collectivités', weight: '40 %' },
      { id: partners.id, name: 'partenaires', weight: '10 %' },
    ]);
    const last = (await api.client.ok(ORGANISATION, { organisationId }, { token: admin.token })).organisation.governanceProfile;
    expect(last.colleges.colleges.find((c: { id: string }) => c.id === partners.id)).toEqual({ id: partners.id, name: 'partenaires', weight: '1/10' });
  });

  it('a SCIC starts with the four colleges of its preset, listed in its profile too', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api, 'scic');
    const { colleges } = await api.client.ok(COLLEGES, { organisationId }, { token: admin.token });
    expect(colleges.map((c: { name: string; weightPercent: string }) => [c.name, c.weightPercent])).toEqual([
      ['salariés', '40 %'],
      ['usagers', '30 %'],
      ['collectivités', '20 %'],
      ['partenaires', '10 %'],
    ]);
    const { organisation } = await api.client.ok(ORGANISATION, { organisationId }, { token: admin.token });
    expect(organisation.governanceProfile.colleges.colleges.map((c: { id: string }) => c.id)).toEqual(colleges.map((c: { id: string }) => c.id));
  });

  it('college weights must sum to 100 %, each between 10 % and 50 % in a SCIC; a refusal changes nothing', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api, 'scic');
    const before = (await api.client.ok(COLLEGES, { organisationId }, { token: admin.token })).colleges;

    const notHundred = await api.client.error(
      SET_COLLEGES,
      {
        organisationId,
        colleges: [
          { name: 'salariés', weight: '40 %' },
          { name: 'usagers', weight: '30 %' },
          { name: 'partenaires', weight: '20 %' },
        ],
      },
      { token: admin.token },
    );
    expect(notHundred.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_COLLEGE_WEIGHTS' });
    expect(notHundred.message).toMatch(/90/);

    const tooHeavy = await api.client.error(
      SET_COLLEGES,
      {
        organisationId,
        colleges: [
          { name: 'salariés', weight: '60 %' },
          { name: 'usagers', weight: '30 %' },
          { name: 'partenaires', weight: '10 %' },
        ],
      },
      { token: admin.token },
    );
    expect(tooHeavy.extensions?.reason).toBe('INVALID_COLLEGE_WEIGHTS');
    expect(tooHeavy.message).toContain('salariés');

    const unreadable = await api.client.error(SET_COLLEGES, { organisationId, colleges: [{ name: 'a', weight: 'beaucoup' }] }, { token: admin.token });
    expect(unreadable.extensions?.code).toBe('BAD_USER_INPUT');

    expect((await api.client.ok(COLLEGES, { organisationId }, { token: admin.token })).colleges).toEqual(before);

    const thirds = await setColleges(api.client, admin.token, organisationId, [
      { id: before[0].id, name: 'producteurs', weight: '1/3' },
      { name: 'consommateurs', weight: '1/3' },
      { name: 'soutiens', weight: '1/3' },
    ]);
    expect(thirds.map((c) => [c.name, c.weight])).toEqual([
      ['producteurs', '1/3'],
      ['consommateurs', '1/3'],
      ['soutiens', '1/3'],
    ]);
    expect(thirds[0].id).toBe(before[0].id);
  });

  it('a college that still has members cannot be removed', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api, 'scic');
    const colleges = (await api.client.ok(COLLEGES, { organisationId }, { token: admin.token })).colleges;
    await api.client.ok(
      `mutation A($organisationId: UUID!, $input: AddMemberInput!) { addMember(organisationId: $organisationId, input: $input) { id } }`,
      { organisationId, input: { kind: 'naturalPerson', name: 'Paul Le Goff', joinedOn: '2023-05-01', collegeId: colleges[3].id } },
      { token: admin.token },
    );
    const error = await api.client.error(
      SET_COLLEGES,
      {
        organisationId,
        colleges: colleges.slice(0, 3).map((c: { id: string; name: string }, i: number) => ({ id: c.id, name: c.name, weight: ['40 %', '40 %', '20 %'][i] })),
      },
      { token: admin.token },
    );
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IN_USE' });
    expect(error.message).toContain('partenaires');
  });

  it('shows the presets with their sources and the figures to check against the statutes', async () => {
    const { admin } = await adminWithOrganisation(api);
    const { governancePreset } = await api.client.ok(`query { governancePreset(kind: scop) }`, {}, { token: admin.token });
    expect(governancePreset.legalForm).toBe('scop');
    expect(JSON.stringify(governancePreset.sources)).toContain('78-763');
    expect(Array.isArray(governancePreset.verify)).toBe(true);
  });

  it('observers and members read, but only admins change the organisation, its profile and its colleges', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api, 'scic');
    const secretary = await joinWithRole(api, admin.token, organisationId, 'secretary');
    const observer = await joinWithRole(api, admin.token, organisationId, 'observer');
    expect((await api.client.ok(ORGANISATION, { organisationId }, { token: observer.token })).organisation.myRole).toBe('observer');
    expect((await api.client.ok(COLLEGES, { organisationId }, { token: observer.token })).colleges).toHaveLength(4);
    for (const token of [secretary.token, observer.token]) {
      expect((await api.client.error(UPDATE, { organisationId, input: { name: 'Pris' } }, { token })).extensions?.code).toBe('FORBIDDEN');
      expect((await api.client.error(UPDATE_PROFILE, { organisationId, profile: {} }, { token })).extensions?.code).toBe('FORBIDDEN');
      expect((await api.client.error(SET_COLLEGES, { organisationId, colleges: [] }, { token })).extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('an organisation is invisible to the admin of another: every query and mutation answers not found and changes nothing', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api, 'scic');
    const stranger = await adminWithOrganisation(api, 'scic');
    const token = stranger.admin.token;
    const attempts = [
      api.client.error(ORGANISATION, { organisationId }, { token }),
      api.client.error(UPDATE, { organisationId, input: { name: 'Volé' } }, { token }),
      api.client.error(UPDATE_PROFILE, { organisationId, profile: {} }, { token }),
      api.client.error(COLLEGES, { organisationId }, { token }),
      api.client.error(SET_COLLEGES, { organisationId, colleges: [] }, { token }),
    ];
    for (const error of await Promise.all(attempts)) {
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect(error.message).toBe('Organisation introuvable.');
    }
    // Using one's own organisation with another's college id does not reach it either.
    const theirs = (await api.client.ok(COLLEGES, { organisationId }, { token: admin.token })).colleges;
    const crossCollege = await api.client.error(
      SET_COLLEGES,
      {
        organisationId: stranger.organisationId,
        colleges: [
          { id: theirs[0].id, name: 'x', weight: '50 %' },
          { name: 'y', weight: '50 %' },
        ],
      },
      { token },
    );
    expect(crossCollege.extensions?.code).toBe('NOT_FOUND');
    const [{ name }] = await api.app.get(DataSource).query('SELECT name FROM organisations WHERE id = $1', [organisationId]);
    expect(name).not.toBe('Volé');
    expect((await api.client.ok(COLLEGES, { organisationId }, { token: admin.token })).colleges).toEqual(theirs);
  });
});

describe('an organisation overseas', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('keeps its own time zone, Paris by default, and refuses one that does not exist', async () => {
    const admin = await registerAccount(api);
    const paris = await createOrganisation(api.client, admin.token);
    const cayenne = await createOrganisation(api.client, admin.token, { timeZone: 'America/Cayenne' });
    const read = async (organisationId: string) =>
      (
        await api.client.ok(
          `query O($organisationId: UUID!) { organisation(organisationId: $organisationId) { timeZone } }`,
          { organisationId },
          { token: admin.token },
        )
      ).organisation.timeZone;
    expect(await read(paris)).toBe('Europe/Paris');
    expect(await read(cayenne)).toBe('America/Cayenne');
    const error = await api.client.error(
      `mutation U($organisationId: UUID!) { updateOrganisation(organisationId: $organisationId, input: { timeZone: "Mars/Olympus" }) { timeZone } }`,
      { organisationId: cayenne },
      { token: admin.token },
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/fuseau horaire/);
    expect(await read(cayenne)).toBe('America/Cayenne');
  });
});
