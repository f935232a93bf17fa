import { seedDemo } from '../src/demo/demo-seed';
import { DEMO_MEMBERS } from '../src/demo/demo-data';
import { startTestApp, type TestApp } from './support';

describe('the demo data', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('is a SCIC with four colleges, about forty members, a board whose presidency was handed over, and a login that works; seeding twice adds nothing', async () => {
    const login = await seedDemo(api.app);
    const again = await seedDemo(api.app);
    expect(again).toMatchObject({ organisationId: login.organisationId, created: false, convening: null });

    const { logIn } = await api.client.ok(`mutation L($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`, {
      e: login.email,
      p: login.password,
    });
    const token = logIn.token;
    const organisationId = login.organisationId;
    const { colleges } = await api.client.ok(
      `query C($organisationId: UUID!) { colleges(organisationId: $organisationId) { name weight } }`,
      { organisationId },
      { token },
    );
    expect(colleges.map((c: { weight: string }) => c.weight)).toEqual(['2/5', '3/10', '1/5', '1/10']);

    const list = await api.client.ok(
      `query M($organisationId: UUID!) { members(organisationId: $organisationId, filter: { includeLeft: true }) { totalCount nodes { kind name leftOn representative { name } representatives { name } } } }`,
      { organisationId },
      { token },
    );
    const members = list.members.nodes;
    expect(list.members.totalCount).toBe(DEMO_MEMBERS.length);
    expect(members).toHaveLength(DEMO_MEMBERS.length);
    expect(members.length).toBeGreaterThanOrEqual(38);
    const city = members.find((m: { name: string }) => m.name === 'Ville de Saint-Malo');
    expect(city.representatives).toHaveLength(2);
    expect(members.filter((m: { kind: string }) => m.kind === 'legalEntity').length).toBeGreaterThanOrEqual(6);

    const { bodies } = await api.client.ok(
      `query B($organisationId: UUID!) { bodies(organisationId: $organisationId) { id kind } }`,
      { organisationId },
      { token },
    );
    const board = bodies.find((b: { kind: string }) => b.kind === 'board');
    const history = await api.client.ok(
      `query H($organisationId: UUID!, $bodyId: UUID!) { roleHistory(organisationId: $organisationId, bodyId: $bodyId, role: president) { startOn endedOn endReason member { name } } }`,
      { organisationId, bodyId: board.id },
      { token },
    );
    expect(history.roleHistory.map((m: { member: { name: string } }) => m.member.name)).toEqual(['Jean-Paul Quéré', 'Anne-Sophie Daniel']);
    expect(history.roleHistory[0]).toMatchObject({ endedOn: '2024-06-15', endReason: 'expiry' });
  }, 90_000);
});
