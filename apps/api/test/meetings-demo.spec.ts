import { seedDemo } from '../src/demo/demo-seed';
import { startTestApp, type TestApp } from './support';

describe('the demo meetings', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('has a general assembly ready to convene with its agenda, and a board meeting held two months ago', async () => {
    const login = await seedDemo(api.app);
    const { logIn } = await api.client.ok(`mutation L($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`, {
      e: login.email,
      p: login.password,
    });
    const { meetings, bodySittings } = await api.client.ok<{
      meetings: {
        title: string;
        status: string;
        startsAt: string;
        body: { kind: string };
        remoteLink: string;
        agenda: { number: string; kind: string; title: string; presenterName: string; resolutions: { title: string }[] }[];
      }[];
      bodySittings: { body: { kind: string }; rhythmMonths: number | null; overdue: boolean; lastSitting: { status: string } | null }[];
    }>(
      `query Demo($organisationId: UUID!) {
        meetings(organisationId: $organisationId) { title status startsAt remoteLink body { kind } agenda { number kind title presenterName resolutions { title } } }
        bodySittings(organisationId: $organisationId) { body { kind } rhythmMonths overdue lastSitting { status } } }`,
      { organisationId: login.organisationId },
      { token: logIn.token },
    );
    const [board, assembly] = meetings;
    expect(board).toMatchObject({ status: 'closed', body: { kind: 'board' } });
    expect(new Date(board.startsAt).getTime()).toBeLessThan(Date.now());
    expect(assembly).toMatchObject({ status: 'draft', body: { kind: 'generalAssembly' } });
    expect(new Date(assembly.startsAt).getTime()).toBeGreaterThan(Date.now() + 30 * 86_400_000);
    expect(assembly.remoteLink).toMatch(/^https:\/\/meet\.jit\.si\/assemblee-generale-ordinaire-\d{4}-/);
    expect(assembly.agenda.map((i) => [i.number, i.kind, i.title])).toEqual([
      ['1', 'information', 'Rapport moral de la présidente'],
      ['2', 'deliberation', "Approbation des comptes de l'exercice 2025"],
      ['3', 'election', "Élection des membres du conseil d'administration"],
    ]);
    expect(assembly.agenda[0].presenterName).toBe('Hélène Marchand');
    expect(assembly.agenda[1].resolutions).toEqual([{ title: 'Première résolution : approbation des comptes 2025' }]);
    expect(bodySittings.find((s) => s.body.kind === 'board')).toMatchObject({ rhythmMonths: 3, overdue: false, lastSitting: { status: 'closed' } });
  });
});
