import { addMember, adminWithOrganisation, joinWithRole, startTestApp, type TestApp } from './support';

const MEMBER = `query M($organisationId: UUID!, $memberId: UUID!) { member(organisationId: $organisationId, memberId: $memberId) {
  name email postalAddress birthDate personalDataVisible college { name } representative { name email } } }`;
const PAGE = `query P($organisationId: UUID!, $first: Int, $after: String, $filter: MemberFilterInput) {
  members(organisationId: $organisationId, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } } nodes { name } } }`;

describe('personal data of members', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('is shown to admins, secretaries and the member themselves; other members and observers see names only', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const jeanne = await addMember(api.client, admin.token, organisationId, {
      name: 'Jeanne Rivière',
      email: 'jeanne@example.org',
      postalAddress: '3 rue des Lilas, 35000 Rennes',
      birthDate: '1980-02-03',
    });
    const city = await addMember(api.client, admin.token, organisationId, {
      kind: 'legalEntity',
      name: 'Ville de Dinan',
      representative: { name: 'Anne Guillou', email: 'a.guillou@dinan.example' },
    });
    const secretary = await joinWithRole(api, admin.token, organisationId, 'secretary');
    const observer = await joinWithRole(api, admin.token, organisationId, 'observer');
    const otherMember = await joinWithRole(api, admin.token, organisationId, 'member');
    const herself = await joinWithRole(api, admin.token, organisationId, 'member', jeanne.id);

    const read = async (token: string, memberId = jeanne.id) => (await api.client.ok(MEMBER, { organisationId, memberId }, { token })).member;
    const full = { email: 'jeanne@example.org', postalAddress: '3 rue des Lilas, 35000 Rennes', birthDate: '1980-02-03', personalDataVisible: true };
    expect(await read(admin.token)).toMatchObject(full);
    expect(await read(secretary.token)).toMatchObject(full);
    expect(await read(herself.token)).toMatchObject(full);
    for (const token of [observer.token, otherMember.token]) {
      expect(await read(token)).toEqual({
        name: 'Jeanne Rivière',
        email: null,
        postalAddress: null,
        birthDate: null,
        personalDataVisible: false,
        college: null,
        representative: null,
      });
      // A representative's e-mail is personal data too; the name is public.
      expect((await read(token, city.id)).representative).toEqual({ name: 'Anne Guillou', email: null });
    }
    expect((await read(secretary.token, city.id)).representative).toEqual({ name: 'Anne Guillou', email: 'a.guillou@dinan.example' });
    // Jeanne sees her own data, not another member's.
    expect((await read(herself.token, city.id)).representative.email).toBeNull();
  });
});

interface MemberPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { name: string } }[];
  nodes: { name: string }[];
}

describe('the member list', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('comes in pages with cursors and the total count, and every member appears exactly once', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const names = Array.from({ length: 7 }, (_, i) => `Membre ${String(i + 1).padStart(2, '0')}`);
    for (const name of [...names].reverse()) await addMember(api.client, admin.token, organisationId, { name });

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const response: { members: MemberPage } = await api.client.ok(PAGE, { organisationId, first: 3, after }, { token: admin.token });
      const members = response.members;
      expect(members.totalCount).toBe(7);
      expect(members.nodes).toEqual(members.edges.map((e: { node: unknown }) => e.node));
      expect(members.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...members.nodes.map((n: { name: string }) => n.name));
      if (!members.pageInfo.hasNextPage) break;
      after = members.pageInfo.endCursor;
    }
    expect(seen).toEqual(names);
  });

  it('finds members by part of their name, accents and case aside', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    for (const name of ['Hélène Le Goff', 'Hervé Morvan', 'Anne 100% Bio']) await addMember(api.client, admin.token, organisationId, { name });
    const search = async (text: string) =>
      (await api.client.ok(PAGE, { organisationId, filter: { search: text } }, { token: admin.token })).members.nodes.map((n: { name: string }) => n.name);
    expect(await search('helene')).toEqual(['Hélène Le Goff']);
    expect(await search('HER')).toEqual(['Hervé Morvan']);
    // % and _ are letters here, not wildcards.
    expect(await search('100%')).toEqual(['Anne 100% Bio']);
    expect(await search('%')).toEqual(['Anne 100% Bio']);
    expect(await search('_')).toEqual([]);
  });

  it('refuses a forged cursor or an oversized page with a clear message', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const forged = await api.client.error(PAGE, { organisationId, after: 'bm90LWEtY3Vyc29y' }, { token: admin.token });
    expect(forged.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(forged.message).toMatch(/curseur/);
    const huge = await api.client.error(PAGE, { organisationId, first: 10_000 }, { token: admin.token });
    expect(huge.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const negative = await api.client.error(PAGE, { organisationId, first: -1 }, { token: admin.token });
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('answers an outsider "not found"', async () => {
    const { organisationId } = await adminWithOrganisation(api);
    const outsider = await adminWithOrganisation(api);
    const error = await api.client.error(PAGE, { organisationId }, { token: outsider.admin.token });
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });
});
