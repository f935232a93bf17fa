import { seedDemo } from '../src/demo/demo-seed';
import { linkToken, mailCausedBy, startTestApp, uniqueEmail, type TestApp } from './support';

/** The README's walk through the API, step by step, as a person would follow it. */
describe("the README's walk through the API", () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('registers a new person by e-mail and sets up the account from the link in the mail', async () => {
    const email = uniqueEmail('camille');
    const mail = await mailCausedBy(api.mailbox, email, async () => {
      expect((await api.client.ok(`mutation { register(input: { email: "${email}" }) }`)).register).toBe(true);
    });
    const token = linkToken(mail, '/registration');
    const { confirmRegistration } = await api.client.ok(
      `mutation { confirmRegistration(input: { token: "${token}", password: "trois vélos rouges sous la pluie", displayName: "Camille Martin" }) { token } }`,
    );
    expect((await api.client.ok(`{ me { displayName } }`, {}, { token: confirmRegistration.token })).me.displayName).toBe('Camille Martin');
  });

  it('logs in to the demo, creates a SCIC with colleges, members and a board, hands over the presidency and asks who sat on a past date', async () => {
    const demo = await seedDemo(api.app);
    const { logIn } = await api.client.ok(`mutation { logIn(email: "${demo.email}", password: "${demo.password}") { token } }`);
    const as = { token: logIn.token as string };
    expect((await api.client.ok(`{ myOrganisations { name } }`, {}, as)).myOrganisations[0].name).toBe('Énergies citoyennes du Pays de Rance');

    const { createOrganisation } = await api.client.ok(
      `mutation { createOrganisation(input: { name: "La Fabrique", legalForm: scic, registrationNumber: "880000005" }) { id governanceProfile } }`,
      {},
      as,
    );
    const organisationId = createOrganisation.id as string;
    const { setColleges } = await api.client.ok(
      `mutation S($organisationId: UUID!) { setColleges(organisationId: $organisationId, colleges: [
        { name: "salariés", weight: "40 %" }, { name: "usagers", weight: "30 %" },
        { name: "collectivités", weight: "20 %" }, { name: "partenaires", weight: "10 %" }]) { id name weight } }`,
      { organisationId },
      as,
    );
    const college = (name: string) => setColleges.find((c: { name: string }) => c.name === name).id;

    const add = async (input: Record<string, unknown>) =>
      (
        await api.client.ok(
          `mutation A($organisationId: UUID!, $input: AddMemberInput!) { addMember(organisationId: $organisationId, input: $input) { id } }`,
          { organisationId, input },
          as,
        )
      ).addMember.id as string;
    const lea = await add({ kind: 'naturalPerson', name: 'Léa Roux', joinedOn: '2024-03-01', collegeId: college('salariés') });
    const malo = await add({ kind: 'naturalPerson', name: 'Malo Briand', joinedOn: '2024-03-01', collegeId: college('usagers') });
    await add({
      kind: 'legalEntity',
      name: 'Ville de Dinan',
      joinedOn: '2024-03-01',
      collegeId: college('collectivités'),
      representative: { name: 'Mme Anne Guillou' },
    });

    const { createBody } = await api.client.ok(
      `mutation B($organisationId: UUID!) { createBody(organisationId: $organisationId, input: { kind: board, name: "Conseil d'administration" }) { id } }`,
      { organisationId },
      as,
    );
    const bodyId = createBody.id as string;
    const { appointMandate } = await api.client.ok(
      `mutation M($organisationId: UUID!, $bodyId: UUID!, $memberId: UUID!) { appointMandate(organisationId: $organisationId, input: { bodyId: $bodyId, memberId: $memberId, role: president, startOn: "2024-06-15", appointedBy: "AG du 15 juin 2024" }) { termEndOn } }`,
      { organisationId, bodyId, memberId: lea },
      as,
    );
    expect(appointMandate.termEndOn).toMatch(/^20\d\d-06-15$/);

    const { handOver } = await api.client.ok(
      `mutation H($organisationId: UUID!, $bodyId: UUID!, $successor: UUID!) { handOver(organisationId: $organisationId, input: { bodyId: $bodyId, role: president, successorMemberId: $successor, on: "2026-03-03",
        outgoingEndReason: resignation, decision: "Conseil d'administration du 3 mars 2026" }) { outgoing { endedOn } incoming { startOn } } }`,
      { organisationId, bodyId, successor: malo },
      as,
    );
    expect(handOver).toEqual({ outgoing: { endedOn: '2026-03-03' }, incoming: { startOn: '2026-03-03' } });

    const composition = async (on: string) =>
      (
        await api.client.ok(
          `query C($organisationId: UUID!, $bodyId: UUID!, $on: LocalDate!) { bodyComposition(organisationId: $organisationId, bodyId: $bodyId, on: $on) { role member { name } } }`,
          { organisationId, bodyId, on },
          as,
        )
      ).bodyComposition;
    expect(await composition('2025-01-01')).toEqual([{ role: 'president', member: { name: 'Léa Roux' } }]);
    expect(await composition('2026-03-03')).toEqual([{ role: 'president', member: { name: 'Malo Briand' } }]);

    const { roleHistory } = await api.client.ok(
      `query R($organisationId: UUID!, $bodyId: UUID!) { roleHistory(organisationId: $organisationId, bodyId: $bodyId, role: president) { member { name } startOn end endReason handoverDecision } }`,
      { organisationId, bodyId },
      as,
    );
    expect(roleHistory).toEqual([
      { member: { name: 'Léa Roux' }, startOn: '2024-06-15', end: '2026-03-03', endReason: 'resignation', handoverDecision: null },
      {
        member: { name: 'Malo Briand' },
        startOn: '2026-03-03',
        end: expect.any(String),
        endReason: null,
        handoverDecision: "Conseil d'administration du 3 mars 2026",
      },
    ]);
  });
});
