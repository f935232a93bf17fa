import { DataSource } from 'typeorm';
import { addMember, adminWithOrganisation, appointMandate, createBody, joinWithRole, startTestApp, type TestAccount, type TestApp } from './support';

const MANDATE = `id role startOn termEndOn endedOn endReason end status appointedBy handoverDecision member { id name kind } body { id kind name }`;

const BODIES = `query Bodies($organisationId: UUID!) { bodies(organisationId: $organisationId) { id kind name createdAt } }`;
const BODY = `query Body($organisationId: UUID!, $bodyId: UUID!) { body(organisationId: $organisationId, bodyId: $bodyId) { id kind name } }`;
const CREATE_BODY = `mutation CreateBody($organisationId: UUID!, $input: CreateBodyInput!) { createBody(organisationId: $organisationId, input: $input) { id kind name } }`;
const UPDATE_BODY = `mutation UpdateBody($organisationId: UUID!, $bodyId: UUID!, $input: UpdateBodyInput!) {
  updateBody(organisationId: $organisationId, bodyId: $bodyId, input: $input) { id name } }`;
const APPOINT = `mutation Appoint($organisationId: UUID!, $input: AppointMandateInput!) { appointMandate(organisationId: $organisationId, input: $input) { ${MANDATE} } }`;
const END_MANDATE = `mutation End($organisationId: UUID!, $mandateId: UUID!, $endedOn: LocalDate!, $reason: MandateEndReason!) {
  endMandate(organisationId: $organisationId, mandateId: $mandateId, endedOn: $endedOn, reason: $reason) { ${MANDATE} } }`;
const HAND_OVER = `mutation HandOver($organisationId: UUID!, $input: HandOverInput!) {
  handOver(organisationId: $organisationId, input: $input) { id role handedOverOn decision body { id name } outgoing { ${MANDATE} } incoming { ${MANDATE} } } }`;
const COMPOSITION = `query Composition($organisationId: UUID!, $bodyId: UUID!, $on: LocalDate!) {
  bodyComposition(organisationId: $organisationId, bodyId: $bodyId, on: $on) { role member { id name } mandate { id startOn end } } }`;
const ENDING = `query Ending($organisationId: UUID!, $days: Int!, $from: LocalDate) {
  mandatesEndingWithin(organisationId: $organisationId, days: $days, from: $from) { id end member { name } } }`;
const HISTORY = `query History($organisationId: UUID!, $bodyId: UUID!, $role: MandateRole!) {
  roleHistory(organisationId: $organisationId, bodyId: $bodyId, role: $role) { ${MANDATE} } }`;
const MANDATES = `query Mandates($organisationId: UUID!, $bodyId: UUID!, $memberId: UUID, $includeEnded: Boolean) {
  mandates(organisationId: $organisationId, bodyId: $bodyId, memberId: $memberId, includeEnded: $includeEnded) { nodes { ${MANDATE} } } }`;
const HANDOVERS = `query Handovers($organisationId: UUID!, $bodyId: UUID!) {
  handovers(organisationId: $organisationId, bodyId: $bodyId) { nodes { id role handedOverOn decision outgoing { id member { name } } incoming { id member { name } } } } }`;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** Today in France, as the api computes it. */
function today(): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('bodies, mandates and handovers', () => {
  let api: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  /** An association with a board and five members who joined in 2024. */
  async function association() {
    const { admin, organisationId } = await adminWithOrganisation(api, 'association');
    const token = admin.token;
    const board = await createBody(api.client, token, organisationId, { kind: 'board', name: "Conseil d'administration" });
    const [alice, bruno, chloe, david, emma] = await Promise.all(
      ['Alice Martin', 'Bruno Petit', 'Chloé Durand', 'David Moreau', 'Emma Leroy'].map((name) => addMember(api.client, token, organisationId, { name })),
    );
    const appoint = (memberId: string, role: string, startOn: string, extra: Record<string, unknown> = {}) =>
      appointMandate(api.client, token, organisationId, { bodyId: board.id, memberId, role, startOn, ...extra });
    return { admin, token, organisationId, board, alice, bruno, chloe, david, emma, appoint };
  }

  /** Everything about an organisation's bodies and mandates, to prove a refusal changed nothing. */
  async function snapshot(organisationId: string): Promise<unknown> {
    const [bodies, mandates, handovers] = await Promise.all([
      db.query('SELECT id, kind, name FROM bodies WHERE organisation_id = $1 ORDER BY id', [organisationId]),
      db.query(
        'SELECT id, body_id, member_id, role, start_on, term_end_on, ended_on, end_reason, appointed_by FROM mandates WHERE organisation_id = $1 ORDER BY id',
        [organisationId],
      ),
      db.query('SELECT id, outgoing_mandate_id, incoming_mandate_id, handed_over_on FROM handovers WHERE organisation_id = $1 ORDER BY id', [organisationId]),
    ]);
    return { bodies, mandates, handovers };
  }

  describe('bodies', () => {
    it('a secretary creates bodies, lists them general assembly first, renames one, and cannot reuse a name', async () => {
      const { admin, organisationId } = await adminWithOrganisation(api);
      const token = admin.token;
      const board = await createBody(api.client, token, organisationId, { kind: 'board', name: 'Conseil' });
      await createBody(api.client, token, organisationId, { kind: 'generalAssembly', name: 'Assemblée générale' });
      await createBody(api.client, token, organisationId, { kind: 'workingGroup', name: 'Groupe jardins' });

      const { bodies } = await api.client.ok(BODIES, { organisationId }, { token });
      expect(bodies.map((b: { kind: string; name: string }) => [b.kind, b.name])).toEqual([
        ['generalAssembly', 'Assemblée générale'],
        ['board', 'Conseil'],
        ['workingGroup', 'Groupe jardins'],
      ]);

      const { updateBody } = await api.client.ok(UPDATE_BODY, { organisationId, bodyId: board.id, input: { name: "Conseil d'administration" } }, { token });
      expect(updateBody.name).toBe("Conseil d'administration");
      const { body } = await api.client.ok(BODY, { organisationId, bodyId: board.id }, { token });
      expect(body).toEqual({ id: board.id, kind: 'board', name: "Conseil d'administration" });

      const before = await snapshot(organisationId);
      const duplicate = await api.client.error(CREATE_BODY, { organisationId, input: { kind: 'bureau', name: 'Groupe jardins' } }, { token });
      expect(duplicate.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_NAME' });
      expect(duplicate.message).toContain('Groupe jardins');
      const blank = await api.client.error(UPDATE_BODY, { organisationId, bodyId: board.id, input: { name: '   ' } }, { token });
      expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
      expect(await snapshot(organisationId)).toEqual(before);
    });
  });

  describe('appointments', () => {
    it('the board is appointed with the association preset’s three-year term, and the bureau with its one-year term', async () => {
      const { token, organisationId, board, alice, bruno, chloe, david, emma, appoint } = await association();
      const president = await appoint(alice.id, 'president', '2025-06-14', { appointedBy: 'AG du 14 juin 2025, 4e résolution' });
      expect(president).toMatchObject({ role: 'president', startOn: '2025-06-14', termEndOn: '2028-06-14' });
      await appoint(bruno.id, 'treasurer', '2025-06-14');
      await appoint(chloe.id, 'secretary', '2025-06-14');
      await appoint(david.id, 'director', '2025-06-14');
      await appoint(emma.id, 'director', '2025-06-14', { termEndOn: '2026-06-14' });

      const mandates = (await api.client.ok(MANDATES, { organisationId, bodyId: board.id, includeEnded: true }, { token })).mandates.nodes;
      expect(mandates.map((m: { role: string; member: { name: string }; termEndOn: string }) => [m.role, m.member.name, m.termEndOn])).toEqual([
        ['president', 'Alice Martin', '2028-06-14'],
        ['treasurer', 'Bruno Petit', '2028-06-14'],
        ['secretary', 'Chloé Durand', '2028-06-14'],
        ['director', 'David Moreau', '2028-06-14'],
        ['director', 'Emma Leroy', '2026-06-14'],
      ]);
      expect(mandates[0]).toMatchObject({
        appointedBy: 'AG du 14 juin 2025, 4e résolution',
        endedOn: null,
        end: '2028-06-14',
        body: { id: board.id, kind: 'board' },
      });

      const bureau = await createBody(api.client, token, organisationId, { kind: 'bureau', name: 'Bureau' });
      const bureauPresident = await appointMandate(api.client, token, organisationId, {
        bodyId: bureau.id,
        memberId: alice.id,
        role: 'president',
        startOn: '2025-06-14',
      });
      expect(bureauPresident.termEndOn).toBe('2026-06-14');
      const assembly = await createBody(api.client, token, organisationId, { kind: 'generalAssembly', name: 'AG' });
      const chair = await appointMandate(api.client, token, organisationId, {
        bodyId: assembly.id,
        memberId: bruno.id,
        role: 'president',
        startOn: '2025-06-14',
      });
      expect(chair.termEndOn).toBeNull();
    });

    it('two presidents at once are refused, naming the one in office and the dates, and nothing is recorded', async () => {
      const { organisationId, token, board, alice, bruno, appoint } = await association();
      await appoint(alice.id, 'president', '2025-06-14');
      const before = await snapshot(organisationId);

      const error = await api.client.error(
        APPOINT,
        { organisationId, input: { bodyId: board.id, memberId: bruno.id, role: 'president', startOn: '2027-01-01' } },
        { token },
      );
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_ALREADY_HELD' });
      expect(error.message).toBe(
        "Alice Martin est déjà président de « Conseil d'administration » du 14/06/2025 au 13/06/2028 : une seule personne à la fois. Pour changer de président, enregistrez une passation.",
      );
      const english = await api.client.error(
        APPOINT,
        { organisationId, input: { bodyId: board.id, memberId: bruno.id, role: 'president', startOn: '2024-06-01' } },
        { token, language: 'en' },
      );
      expect(english.message).toContain('Alice Martin is already president of "Conseil d\'administration" from 2025-06-14 to 2028-06-13');
      expect(await snapshot(organisationId)).toEqual(before);

      // The day the term ends (the end is exclusive), a new president may start.
      const next = await appoint(bruno.id, 'president', '2028-06-14');
      expect(next.startOn).toBe('2028-06-14');
    });

    it('a member cannot sit twice in the same body at once, even with another role', async () => {
      const { organisationId, token, board, david, appoint } = await association();
      await appoint(david.id, 'director', '2025-06-14');
      const before = await snapshot(organisationId);
      const error = await api.client.error(
        APPOINT,
        { organisationId, input: { bodyId: board.id, memberId: david.id, role: 'treasurer', startOn: '2026-01-01' } },
        { token },
      );
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MEMBER_ALREADY_SITS' });
      expect(error.message).toContain("David Moreau siège déjà dans « Conseil d'administration » comme administrateur du 14/06/2025 au 13/06/2028");
      expect(await snapshot(organisationId)).toEqual(before);
    });

    it('a mandate ending before it starts, or on an impossible date, is refused as bad input and nothing is recorded', async () => {
      const { organisationId, token, board, alice } = await association();
      const before = await snapshot(organisationId);
      const backwards = await api.client.error(
        APPOINT,
        { organisationId, input: { bodyId: board.id, memberId: alice.id, role: 'director', startOn: '2025-06-14', termEndOn: '2025-01-01' } },
        { token, language: 'en' },
      );
      expect(backwards.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATES' });
      expect(backwards.message).toBe('The end of the mandate (2025-01-01) must come after its start (2025-06-14).');
      const sameDay = await api.client.error(
        APPOINT,
        { organisationId, input: { bodyId: board.id, memberId: alice.id, role: 'director', startOn: '2025-06-14', termEndOn: '2025-06-14' } },
        { token },
      );
      expect(sameDay.extensions?.reason).toBe('INVALID_DATES');
      const impossible = await api.client.error(
        APPOINT,
        { organisationId, input: { bodyId: board.id, memberId: alice.id, role: 'director', startOn: '2025-02-30' } },
        { token },
      );
      expect(impossible.extensions?.code).toBe('BAD_USER_INPUT');
      const beforeJoining = await api.client.error(
        APPOINT,
        { organisationId, input: { bodyId: board.id, memberId: alice.id, role: 'director', startOn: '2023-01-01' } },
        { token },
      );
      expect(beforeJoining.extensions?.reason).toBe('INVALID_DATES');
      expect(beforeJoining.message).toContain("Alice Martin n'est membre que depuis le 15/01/2024");
      expect(await snapshot(organisationId)).toEqual(before);
    });

    it('an unknown member, body or mandate answers NOT_FOUND', async () => {
      const { organisationId, token, board, alice } = await association();
      const unknownMember = await api.client.error(
        APPOINT,
        { organisationId, input: { bodyId: board.id, memberId: UNKNOWN_ID, role: 'director', startOn: '2025-06-14' } },
        { token },
      );
      expect(unknownMember.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
      expect(unknownMember.message).toBe('Membre introuvable.');
      const unknownBody = await api.client.error(
        APPOINT,
        { organisationId, input: { bodyId: UNKNOWN_ID, memberId: alice.id, role: 'director', startOn: '2025-06-14' } },
        { token },
      );
      expect(unknownBody.message).toBe('Instance introuvable.');
      const unknownMandate = await api.client.error(
        END_MANDATE,
        { organisationId, mandateId: UNKNOWN_ID, endedOn: '2026-01-01', reason: 'resignation' },
        { token },
      );
      expect(unknownMandate.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('ending a mandate', () => {
    it('a resignation ends the mandate on its date; ending it again, or before it starts, or after its term, is refused', async () => {
      const { organisationId, token, board, emma, appoint } = await association();
      const mandate = await appoint(emma.id, 'treasurer', '2025-06-14');
      const tooEarly = await api.client.error(END_MANDATE, { organisationId, mandateId: mandate.id, endedOn: '2025-06-14', reason: 'resignation' }, { token });
      expect(tooEarly.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATES' });
      const tooLate = await api.client.error(END_MANDATE, { organisationId, mandateId: mandate.id, endedOn: '2028-06-15', reason: 'resignation' }, { token });
      expect(tooLate.extensions?.reason).toBe('INVALID_DATES');

      const { endMandate } = await api.client.ok(
        END_MANDATE,
        { organisationId, mandateId: mandate.id, endedOn: '2026-02-01', reason: 'resignation' },
        { token },
      );
      expect(endMandate).toMatchObject({ endedOn: '2026-02-01', endReason: 'resignation', end: '2026-02-01', termEndOn: '2028-06-14', status: 'ended' });

      const before = await snapshot(organisationId);
      const again = await api.client.error(END_MANDATE, { organisationId, mandateId: mandate.id, endedOn: '2026-03-01', reason: 'death' }, { token });
      expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MANDATE_ALREADY_ENDED' });
      expect(again.message).toBe('Le mandat de Emma Leroy a déjà pris fin le 01/02/2026.');
      expect(await snapshot(organisationId)).toEqual(before);

      const { bodyComposition } = await api.client.ok(COMPOSITION, { organisationId, bodyId: board.id, on: '2026-02-01' }, { token });
      expect(bodyComposition).toEqual([]);
    });
  });

  describe('handovers', () => {
    /** Alice presides from 2025-06-14; the board hands the presidency to Bruno on 2026-03-03. */
    async function presidencyHandedOver() {
      const setup = await association();
      const { organisationId, token, board, alice, bruno, appoint } = setup;
      const first = await appoint(alice.id, 'president', '2025-06-14', { appointedBy: 'AG du 14 juin 2025' });
      const { handOver } = await api.client.ok(
        HAND_OVER,
        {
          organisationId,
          input: {
            bodyId: board.id,
            role: 'president',
            successorMemberId: bruno.id,
            on: '2026-03-03',
            decision: "Conseil d'administration du 3 mars 2026",
            outgoingEndReason: 'resignation',
          },
        },
        { token },
      );
      return { ...setup, first, handOver };
    }

    it('the presidency passes on the handover date: the old mandate ends that day, the new one starts it, and the decision is recorded', async () => {
      const { organisationId, token, board, first, handOver } = await presidencyHandedOver();
      expect(handOver).toMatchObject({
        role: 'president',
        handedOverOn: '2026-03-03',
        decision: "Conseil d'administration du 3 mars 2026",
        body: { id: board.id },
      });
      expect(handOver.outgoing).toMatchObject({
        id: first.id,
        member: { name: 'Alice Martin' },
        startOn: '2025-06-14',
        endedOn: '2026-03-03',
        endReason: 'resignation',
        termEndOn: '2028-06-14',
        status: 'ended',
      });
      expect(handOver.incoming).toMatchObject({
        member: { name: 'Bruno Petit' },
        role: 'president',
        startOn: '2026-03-03',
        termEndOn: '2029-03-03',
        endedOn: null,
        appointedBy: "Conseil d'administration du 3 mars 2026",
        handoverDecision: "Conseil d'administration du 3 mars 2026",
      });
      const handovers = (await api.client.ok(HANDOVERS, { organisationId, bodyId: board.id }, { token })).handovers.nodes;
      expect(handovers).toEqual([
        {
          id: handOver.id,
          role: 'president',
          handedOverOn: '2026-03-03',
          decision: "Conseil d'administration du 3 mars 2026",
          outgoing: { id: first.id, member: { name: 'Alice Martin' } },
          incoming: { id: handOver.incoming.id, member: { name: 'Bruno Petit' } },
        },
      ]);
    });

    it('the composition of the board on a past date shows the old president, and from the handover date the new one', async () => {
      const { organisationId, token, board } = await presidencyHandedOver();
      const on = async (date: string) =>
        (await api.client.ok(COMPOSITION, { organisationId, bodyId: board.id, on: date }, { token })).bodyComposition.map(
          (s: { role: string; member: { name: string } }) => [s.role, s.member.name],
        );
      expect(await on('2025-06-13')).toEqual([]);
      expect(await on('2025-12-01')).toEqual([['president', 'Alice Martin']]);
      expect(await on('2026-03-02')).toEqual([['president', 'Alice Martin']]);
      expect(await on('2026-03-03')).toEqual([['president', 'Bruno Petit']]);
      expect(await on('2029-03-03')).toEqual([]);
    });

    it('the history of the presidency lists both holders, oldest first, with their dates and the decision of the handover', async () => {
      const { organisationId, token, board } = await presidencyHandedOver();
      const { roleHistory } = await api.client.ok(HISTORY, { organisationId, bodyId: board.id, role: 'president' }, { token });
      expect(
        roleHistory.map((m: { member: { name: string }; startOn: string; end: string; endReason: string | null; handoverDecision: string | null }) => [
          m.member.name,
          m.startOn,
          m.end,
          m.endReason,
          m.handoverDecision,
        ]),
      ).toEqual([
        ['Alice Martin', '2025-06-14', '2026-03-03', 'resignation', null],
        ['Bruno Petit', '2026-03-03', '2029-03-03', null, "Conseil d'administration du 3 mars 2026"],
      ]);
      const { roleHistory: treasurers } = await api.client.ok(HISTORY, { organisationId, bodyId: board.id, role: 'treasurer' }, { token });
      expect(treasurers).toEqual([]);
    });

    it('a handover before the term ends needs the reason the outgoing mandate ends, and without it nothing changes', async () => {
      const { organisationId, token, board, alice, chloe, appoint } = await association();
      await appoint(alice.id, 'president', '2025-06-14');
      const before = await snapshot(organisationId);
      const error = await api.client.error(
        HAND_OVER,
        { organisationId, input: { bodyId: board.id, role: 'president', successorMemberId: chloe.id, on: '2026-03-03', decision: 'CA du 3 mars 2026' } },
        { token },
      );
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
      expect(error.message).toBe(
        "Le mandat de président de Alice Martin court jusqu'au 13/06/2028 : indiquez pourquoi il prend fin le 03/03/2026 (démission, révocation, décès).",
      );
      const noDecision = await api.client.error(
        HAND_OVER,
        {
          organisationId,
          input: { bodyId: board.id, role: 'president', successorMemberId: chloe.id, on: '2026-03-03', decision: ' ', outgoingEndReason: 'resignation' },
        },
        { token },
      );
      expect(noDecision.extensions?.reason).toBe('INVALID_INPUT');
      expect(await snapshot(organisationId)).toEqual(before);
    });

    it('at the end of a term the presidency passes by expiry, with no reason to give', async () => {
      const { organisationId, token, board, alice, chloe, appoint } = await association();
      await appoint(alice.id, 'president', '2025-06-14', { termEndOn: '2026-06-14' });
      const { handOver } = await api.client.ok(
        HAND_OVER,
        {
          organisationId,
          input: {
            bodyId: board.id,
            role: 'president',
            successorMemberId: chloe.id,
            on: '2026-06-14',
            decision: 'AG du 14 juin 2026',
            successorTermEndOn: '2027-06-14',
          },
        },
        { token },
      );
      expect(handOver.outgoing).toMatchObject({ member: { name: 'Alice Martin' }, endedOn: '2026-06-14', endReason: 'expiry' });
      expect(handOver.incoming).toMatchObject({ member: { name: 'Chloé Durand' }, startOn: '2026-06-14', termEndOn: '2027-06-14' });
    });

    it('a first holder is recorded as a handover with no outgoing mandate', async () => {
      const { organisationId, token, board, emma } = await association();
      const { handOver } = await api.client.ok(
        HAND_OVER,
        { organisationId, input: { bodyId: board.id, role: 'secretary', successorMemberId: emma.id, on: '2025-09-01', decision: 'CA du 1er septembre 2025' } },
        { token },
      );
      expect(handOver.outgoing).toBeNull();
      expect(handOver.incoming).toMatchObject({ role: 'secretary', startOn: '2025-09-01', termEndOn: '2028-09-01' });
    });

    it('a director who becomes president leaves the director’s seat on the handover date', async () => {
      const { organisationId, token, board, alice, david, appoint } = await association();
      await appoint(alice.id, 'president', '2025-06-14');
      const seat = await appoint(david.id, 'director', '2025-06-14');
      const { handOver } = await api.client.ok(
        HAND_OVER,
        {
          organisationId,
          input: {
            bodyId: board.id,
            role: 'president',
            successorMemberId: david.id,
            on: '2026-01-10',
            decision: 'CA du 10 janvier 2026',
            outgoingEndReason: 'revocation',
          },
        },
        { token },
      );
      expect(handOver.incoming).toMatchObject({ member: { id: david.id }, role: 'president', startOn: '2026-01-10' });
      const mandates = (await api.client.ok(MANDATES, { organisationId, bodyId: board.id, memberId: david.id, includeEnded: true }, { token })).mandates.nodes;
      expect(
        mandates.map((m: { id: string; role: string; startOn: string; end: string; endReason: string | null }) => [
          m.id === seat.id,
          m.role,
          m.startOn,
          m.end,
          m.endReason,
        ]),
      ).toEqual([
        [false, 'president', '2026-01-10', '2029-01-10', null],
        [true, 'director', '2025-06-14', '2026-01-10', 'expiry'],
      ]);
      const { bodyComposition } = await api.client.ok(COMPOSITION, { organisationId, bodyId: board.id, on: '2026-01-10' }, { token });
      expect(bodyComposition.map((s: { role: string; member: { name: string } }) => [s.role, s.member.name])).toEqual([['president', 'David Moreau']]);
    });

    it('with two vice-presidents, the handover must say whose seat passes', async () => {
      const { organisationId, token, board, alice, bruno, emma, appoint } = await association();
      await appoint(alice.id, 'vicePresident', '2025-06-14');
      await appoint(bruno.id, 'vicePresident', '2025-06-14');
      const input = {
        bodyId: board.id,
        role: 'vicePresident',
        successorMemberId: emma.id,
        on: '2026-01-01',
        decision: 'CA du 1er janvier 2026',
        outgoingEndReason: 'resignation',
      };
      const ambiguous = await api.client.error(HAND_OVER, { organisationId, input }, { token });
      expect(ambiguous.extensions?.reason).toBe('INVALID_INPUT');
      expect(ambiguous.message).toContain('Alice Martin, Bruno Petit');
      const { handOver } = await api.client.ok(HAND_OVER, { organisationId, input: { ...input, outgoingMemberId: bruno.id } }, { token });
      expect(handOver.outgoing).toMatchObject({ member: { name: 'Bruno Petit' }, endedOn: '2026-01-01', endReason: 'resignation' });
    });

    it('a president re-elected at the end of the term starts a new mandate that day', async () => {
      const { organisationId, token, board, alice, appoint } = await association();
      const first = await appoint(alice.id, 'president', '2025-06-14', { termEndOn: '2026-06-14' });
      const { handOver } = await api.client.ok(
        HAND_OVER,
        { organisationId, input: { bodyId: board.id, role: 'president', successorMemberId: alice.id, on: '2026-06-14', decision: 'AG du 14 juin 2026' } },
        { token },
      );
      expect(handOver.outgoing).toMatchObject({ id: first.id, endedOn: '2026-06-14', endReason: 'expiry' });
      expect(handOver.incoming).toMatchObject({ member: { id: alice.id }, startOn: '2026-06-14', termEndOn: '2029-06-14' });
      const early = await api.client.error(
        HAND_OVER,
        {
          organisationId,
          input: { bodyId: board.id, role: 'president', successorMemberId: alice.id, on: '2027-01-01', decision: 'AG', outgoingEndReason: 'resignation' },
        },
        { token },
      );
      // She already holds the role that day: a conflict with what is recorded, not a bad form.
      expect(early.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_ALREADY_HELD' });
    });

    it('a handover to someone already appointed president later is refused, naming them, and nothing changes', async () => {
      const { organisationId, token, board, alice, bruno, chloe, appoint } = await association();
      await appoint(alice.id, 'president', '2025-06-14', { termEndOn: '2026-06-14' });
      await appoint(bruno.id, 'president', '2026-06-14');
      const before = await snapshot(organisationId);
      const error = await api.client.error(
        HAND_OVER,
        {
          organisationId,
          input: { bodyId: board.id, role: 'president', successorMemberId: chloe.id, on: '2026-01-01', decision: 'CA', outgoingEndReason: 'resignation' },
        },
        { token },
      );
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_ALREADY_HELD' });
      expect(error.message).toContain('Bruno Petit est déjà président');
      expect(await snapshot(organisationId)).toEqual(before);
    });
  });

  describe('queries over time', () => {
    it('mandates ending within 30 days are found, soonest first, and one ending in 400 days is not', async () => {
      const { organisationId, token, alice, bruno, chloe, appoint } = await association();
      await appoint(alice.id, 'director', '2025-01-01', { termEndOn: '2030-01-31' });
      await appoint(bruno.id, 'director', '2025-01-01', { termEndOn: '2031-02-05' });
      await appoint(chloe.id, 'director', '2025-01-01', { termEndOn: '2030-01-10' });
      const within = async (days: number, from?: string) =>
        (await api.client.ok(ENDING, { organisationId, days, from }, { token })).mandatesEndingWithin.map((m: { member: { name: string }; end: string }) => [
          m.member.name,
          m.end,
        ]);
      expect(await within(30, '2030-01-01')).toEqual([
        ['Chloé Durand', '2030-01-10'],
        ['Alice Martin', '2030-01-31'],
      ]);
      // 2031-02-05 is 400 days after 2030-01-01: the window includes its last day.
      expect(await within(399, '2030-01-01')).toHaveLength(2);
      expect(await within(400, '2030-01-01')).toHaveLength(3);

      const negative = await api.client.error(ENDING, { organisationId, days: -1 }, { token });
      expect(negative.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('by default "ending within" counts from today', async () => {
      const { organisationId, token, david, emma, appoint } = await association();
      await appoint(david.id, 'director', shiftDays(today(), -10), { termEndOn: shiftDays(today(), 30) });
      await appoint(emma.id, 'director', shiftDays(today(), -10), { termEndOn: shiftDays(today(), 400) });
      const { mandatesEndingWithin } = await api.client.ok(ENDING, { organisationId, days: 30 }, { token });
      expect(mandatesEndingWithin.map((m: { member: { name: string } }) => m.member.name)).toEqual(['David Moreau']);
    });

    it('the general assembly is every member of the organisation on the date, with the mandates held in it', async () => {
      const { organisationId, token, alice, bruno } = await association();
      const assembly = await createBody(api.client, token, organisationId, { kind: 'generalAssembly', name: 'Assemblée générale' });
      await appointMandate(api.client, token, organisationId, { bodyId: assembly.id, memberId: bruno.id, role: 'president', startOn: '2025-01-01' });
      await addMember(api.client, token, organisationId, { name: 'Zoé Nouvelle', joinedOn: '2025-09-01' });
      await api.client.ok(
        `mutation Leave($organisationId: UUID!, $memberId: UUID!, $leftOn: LocalDate!) { recordMemberDeparture(organisationId: $organisationId, memberId: $memberId, leftOn: $leftOn) { id } }`,
        { organisationId, memberId: alice.id, leftOn: '2025-07-01' },
        { token },
      );
      const seats = async (on: string) =>
        (await api.client.ok(COMPOSITION, { organisationId, bodyId: assembly.id, on }, { token })).bodyComposition.map(
          (s: { role: string; member: { name: string }; mandate: unknown }) => [s.role, s.member.name, s.mandate !== null],
        );
      expect(await seats('2025-06-30')).toEqual([
        ['president', 'Bruno Petit', true],
        ['member', 'Alice Martin', false],
        ['member', 'Chloé Durand', false],
        ['member', 'David Moreau', false],
        ['member', 'Emma Leroy', false],
      ]);
      expect(await seats('2025-09-01')).toEqual([
        ['president', 'Bruno Petit', true],
        ['member', 'Chloé Durand', false],
        ['member', 'David Moreau', false],
        ['member', 'Emma Leroy', false],
        ['member', 'Zoé Nouvelle', false],
      ]);
    });

    it('mandates lists current and upcoming ones by default, ended ones on request, and one member’s on request', async () => {
      const { organisationId, token, board, alice, bruno, chloe, appoint } = await association();
      await appoint(alice.id, 'director', '2024-02-01', { termEndOn: '2024-06-01' });
      await appoint(bruno.id, 'director', '2024-02-01');
      await appoint(chloe.id, 'director', shiftDays(today(), 100));
      const names = async (variables: Record<string, unknown>) =>
        (await api.client.ok(MANDATES, { organisationId, bodyId: board.id, ...variables }, { token })).mandates.nodes.map(
          (m: { member: { name: string }; status: string }) => [m.member.name, m.status],
        );
      expect(await names({})).toEqual([
        ['Bruno Petit', 'running'],
        ['Chloé Durand', 'upcoming'],
      ]);
      expect(await names({ includeEnded: true })).toEqual([
        ['Alice Martin', 'ended'],
        ['Bruno Petit', 'running'],
        ['Chloé Durand', 'upcoming'],
      ]);
      expect(await names({ includeEnded: true, memberId: alice.id })).toEqual([['Alice Martin', 'ended']]);
    });
  });

  describe('access', () => {
    /** Every operation of this feature, with variables naming organisation A's objects. */
    function operations(ids: { organisationId: string; boardId: string; memberId: string; otherMemberId: string; mandateId: string }) {
      const { organisationId, boardId, memberId, otherMemberId, mandateId } = ids;
      return {
        bodies: [BODIES, { organisationId }],
        body: [BODY, { organisationId, bodyId: boardId }],
        bodyComposition: [COMPOSITION, { organisationId, bodyId: boardId, on: '2026-01-01' }],
        mandatesEndingWithin: [ENDING, { organisationId, days: 3650, from: '2025-01-01' }],
        roleHistory: [HISTORY, { organisationId, bodyId: boardId, role: 'president' }],
        mandates: [MANDATES, { organisationId, bodyId: boardId }],
        handovers: [HANDOVERS, { organisationId, bodyId: boardId }],
        createBody: [CREATE_BODY, { organisationId, input: { kind: 'workingGroup', name: 'Intrus' } }],
        updateBody: [UPDATE_BODY, { organisationId, bodyId: boardId, input: { name: 'Renommé' } }],
        appointMandate: [APPOINT, { organisationId, input: { bodyId: boardId, memberId: otherMemberId, role: 'director', startOn: '2026-01-01' } }],
        endMandate: [END_MANDATE, { organisationId, mandateId, endedOn: '2026-01-01', reason: 'revocation' }],
        handOver: [
          HAND_OVER,
          {
            organisationId,
            input: {
              bodyId: boardId,
              role: 'president',
              successorMemberId: memberId,
              on: '2026-01-01',
              decision: 'Coup de force',
              outgoingEndReason: 'revocation',
            },
          },
        ],
      } as Record<string, [string, Record<string, unknown>]>;
    }

    async function organisationA() {
      const a = await association();
      const mandate = await a.appoint(a.alice.id, 'president', '2025-06-14');
      return {
        ...a,
        mandate,
        ids: { organisationId: a.organisationId, boardId: a.board.id, memberId: a.bruno.id, otherMemberId: a.chloe.id, mandateId: mandate.id },
      };
    }

    it('an admin of another organisation gets NOT_FOUND for every query and mutation with this organisation’s ids, and nothing changes', async () => {
      const a = await organisationA();
      const b = await adminWithOrganisation(api);
      const before = await snapshot(a.organisationId);
      const withOwnOrganisation = operations({ ...a.ids, organisationId: b.organisationId });
      const withTheirOrganisation = operations(a.ids);
      for (const [name, [query, variables]] of [...Object.entries(withOwnOrganisation), ...Object.entries(withTheirOrganisation)]) {
        if (name === 'bodies' || name === 'mandatesEndingWithin' || name === 'createBody') {
          if (variables.organisationId === b.organisationId) {
            // Scoped by B's organisation only: they see and touch B's own (empty) data, never A's.
            continue;
          }
        }
        const error = await api.client.error(query, variables, { token: b.admin.token });
        expect([name, error.extensions?.code]).toEqual([name, 'NOT_FOUND']);
      }
      // In B's own organisation, the organisation-wide queries show nothing of A.
      expect((await api.client.ok(BODIES, { organisationId: b.organisationId }, { token: b.admin.token })).bodies).toEqual([]);
      expect(
        (await api.client.ok(ENDING, { organisationId: b.organisationId, days: 3650, from: '2025-01-01' }, { token: b.admin.token })).mandatesEndingWithin,
      ).toEqual([]);
      expect(await snapshot(a.organisationId)).toEqual(before);
    });

    it('an observer and a member read bodies and mandates but cannot change them (FORBIDDEN), and nothing changes', async () => {
      const a = await organisationA();
      const observer: TestAccount = await joinWithRole(api, a.token, a.organisationId, 'observer');
      const member: TestAccount = await joinWithRole(api, a.token, a.organisationId, 'member');
      const before = await snapshot(a.organisationId);
      const all = operations(a.ids);
      const writes = ['createBody', 'updateBody', 'appointMandate', 'endMandate', 'handOver'];
      for (const account of [observer, member]) {
        for (const [name, [query, variables]] of Object.entries(all)) {
          if (writes.includes(name)) {
            const error = await api.client.error(query, variables, { token: account.token });
            expect([name, error.extensions?.code]).toEqual([name, 'FORBIDDEN']);
          } else {
            await api.client.ok(query, variables, { token: account.token });
          }
        }
      }
      expect(await snapshot(a.organisationId)).toEqual(before);
      const secretary = await joinWithRole(api, a.token, a.organisationId, 'secretary');
      await api.client.ok(...all.appointMandate, { token: secretary.token });
    });
  });
});
