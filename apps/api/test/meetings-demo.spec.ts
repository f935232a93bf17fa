import { DEMO_MEMBERS, DEMO_REPLIES, DEMO_VOTES } from '../src/demo/demo-data';
import { seedDemo, type DemoLogin } from '../src/demo/demo-seed';
import { startTestApp, type TestApp } from './support';
import { personalToken, progressUntil } from './support/convocations';

describe('the demo meetings', () => {
  let api: TestApp;
  let login: DemoLogin;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp();
    login = await seedDemo(api.app);
    const { logIn } = await api.client.ok(`mutation L($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`, {
      e: login.email,
      p: login.password,
    });
    token = logIn.token;
  }, 90_000);
  afterAll(() => api.close());

  it('shows votes at work: the board’s resolution counted in the room, the assembly’s accounts open to a vote ahead of the meeting', async () => {
    const { ballots } = await api.client.ok<{
      ballots: {
        title: string;
        status: string;
        rollBasis: string;
        outcome: string | null;
        explanation: string | null;
        tally: { roll: number; cast: number; resultsVisible: boolean };
      }[];
    }>(
      `query Votes($organisationId: UUID!) { ballots(organisationId: $organisationId) { title status rollBasis outcome explanation tally { roll cast resultsVisible } } }`,
      { organisationId: login.organisationId },
      { token },
    );
    const [board, assembly] = ballots;
    expect(board).toMatchObject({ title: "Convocation de l'assemblée générale ordinaire", status: 'closed', rollBasis: 'attending', outcome: 'adopted' });
    expect(board.explanation).toContain('adoptée');
    expect(assembly).toMatchObject({ title: 'Première résolution : approbation des comptes 2025', status: 'open', rollBasis: 'convened' });
    expect(assembly.tally).toMatchObject({ cast: Object.keys(DEMO_VOTES.assemblyAhead).length, resultsVisible: true });
    expect(assembly.tally.roll).toBeGreaterThan(30);
  });

  it('has a general assembly convened with its agenda, and a board meeting held two months ago', async () => {
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
      { token },
    );
    const [board, assembly] = meetings;
    expect(board).toMatchObject({ status: 'closed', body: { kind: 'board' } });
    expect(new Date(board.startsAt).getTime()).toBeLessThan(Date.now());
    expect(assembly).toMatchObject({ status: 'convened', body: { kind: 'generalAssembly' } });
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

  it('convenes the assembly through the queue (every member, by e-mail or post), with replies and proxies made through personal links, and the accounts found by a French search', async () => {
    const organisationId = login.organisationId;
    const as = { token };
    const { meetings } = await api.client.ok<{ meetings: { id: string; title: string; body: { kind: string } }[] }>(
      `query M($organisationId: UUID!) { meetings(organisationId: $organisationId) { id title body { kind } } }`,
      { organisationId },
      as,
    );
    const assembly = meetings.find((m) => m.body.kind === 'generalAssembly')!;

    // Every member on the day is convened: by e-mail with their consent and an address, else by post.
    const current = DEMO_MEMBERS.filter((m) => !m.leftOn);
    const byEmail = current.filter((m) => m.email).length;
    const delivered = await progressUntil(api.client, token, organisationId, assembly.id, (p) => p.sent === byEmail, 30_000);
    expect(delivered).toEqual({ total: current.length, queued: 0, sent: byEmail, failed: 0, byPost: current.length - byEmail });
    if (login.created) {
      // Seeded by this app: its mail went to this test's SMTP server, with a personal link that opens the meeting.
      const mail = await api.mailbox.lastTo('nadia@demo.collegial.example');
      const { personalMeeting } = await api.client.ok(`query P($link: String!) { personalMeeting(link: $link) { title } }`, { link: personalToken(mail) });
      expect(personalMeeting.title).toBe(assembly.title);
    }

    const { meetingReplies } = await api.client.ok(
      `query R($organisationId: UUID!, $meetingId: UUID!) { meetingReplies(organisationId: $organisationId, meetingId: $meetingId) {
        convened attendingInPerson attendingRemotely absent proxy blankProxy noReply proxies { principalName holderName } } }`,
      { organisationId, meetingId: assembly.id },
      as,
    );
    const count = (answer: string) => DEMO_REPLIES.filter((r) => r.answer === answer).length;
    expect(meetingReplies).toMatchObject({
      convened: current.length,
      attendingInPerson: count('attendingInPerson'),
      attendingRemotely: 1,
      absent: 1,
      proxy: 1,
      blankProxy: 1,
      noReply: current.length - DEMO_REPLIES.length,
    });
    expect(meetingReplies.proxies).toEqual([
      { principalName: 'Rozenn Le Goff', holderName: 'Marie Rolland' },
      { principalName: 'Bernard Jézéquel', holderName: null },
    ]);

    const { libraryDocuments, searchDocuments } = await api.client.ok(
      `query D($organisationId: UUID!) {
        libraryDocuments(organisationId: $organisationId) { title kind }
        searchDocuments(organisationId: $organisationId, query: "comptes annuels 2025") { excerpt document { title kind target agendaItemId meetingId } } }`,
      { organisationId },
      as,
    );
    expect(libraryDocuments).toHaveLength(2);
    expect(libraryDocuments).toEqual(
      expect.arrayContaining([
        { title: 'Statuts de la SCIC', kind: 'statutes' },
        { title: 'Règlement intérieur', kind: 'internalRules' },
      ]),
    );
    expect(searchDocuments[0].document).toMatchObject({
      title: "Comptes annuels de l'exercice 2025",
      kind: 'accounts',
      target: 'agendaItem',
      meetingId: assembly.id,
    });
    expect(searchDocuments[0].excerpt).toContain('<mark>');
    // The PDFs' text was read at storage: words only in their text find them, accents aside.
    const { searchDocuments: inText } = await api.client.ok(
      `query S($organisationId: UUID!) { searchDocuments(organisationId: $organisationId, query: "installations photovoltaiques") { document { title } } }`,
      { organisationId },
      as,
    );
    expect(inText.map((hit: { document: { title: string } }) => hit.document.title)).toEqual(["Comptes annuels de l'exercice 2025"]);
  });
});
