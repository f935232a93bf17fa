import { DataSource } from 'typeorm';
import { addMember, adminWithOrganisation, createBody, joinWithRole, startTestApp, type TestApp } from './support';
import {
  ADD_AGENDA_ITEM,
  ADD_RESOLUTION,
  AGENDA_TREE,
  addAgendaItem,
  generalAssemblyOf,
  MEETING_FIELDS,
  SCHEDULE_MEETING,
  scheduleMeeting,
} from './support/meetings';

const MEETING = `query Meeting($organisationId: UUID!, $meetingId: UUID!) { meeting(organisationId: $organisationId, meetingId: $meetingId) { ${MEETING_FIELDS} ${AGENDA_TREE} } }`;
const MEETINGS = `query Meetings($organisationId: UUID!, $bodyId: UUID, $status: MeetingStatus, $from: DateTime, $to: DateTime) {
  meetings(organisationId: $organisationId, bodyId: $bodyId, status: $status, from: $from, to: $to) { id title startsAt status } }`;
const UPDATE_MEETING = `mutation Update($organisationId: UUID!, $meetingId: UUID!, $input: UpdateMeetingInput!) {
  updateMeeting(organisationId: $organisationId, meetingId: $meetingId, input: $input) { ${MEETING_FIELDS} } }`;
const DELETE_MEETING = `mutation Delete($organisationId: UUID!, $meetingId: UUID!) { deleteMeeting(organisationId: $organisationId, meetingId: $meetingId) }`;
const OPEN_MEETING = `mutation Open($organisationId: UUID!, $meetingId: UUID!) { openMeeting(organisationId: $organisationId, meetingId: $meetingId) { id status openedAt } }`;
const CLOSE_MEETING = `mutation Close($organisationId: UUID!, $meetingId: UUID!) { closeMeeting(organisationId: $organisationId, meetingId: $meetingId) { id status closedAt } }`;
const MOVE_ITEM = `mutation Move($organisationId: UUID!, $itemId: UUID!, $parentId: UUID, $position: Int!) {
  moveAgendaItem(organisationId: $organisationId, itemId: $itemId, parentId: $parentId, position: $position) { id number } }`;
const REMOVE_ITEM = `mutation Remove($organisationId: UUID!, $itemId: UUID!) { removeAgendaItem(organisationId: $organisationId, itemId: $itemId) }`;
const UPDATE_ITEM = `mutation UpdateItem($organisationId: UUID!, $itemId: UUID!, $input: UpdateAgendaItemInput!) {
  updateAgendaItem(organisationId: $organisationId, itemId: $itemId, input: $input) { id number title kind } }`;

interface TreeNode {
  id: string;
  number: string;
  title: string;
  children?: TreeNode[];
}

/** The agenda as "number title" lines, depth first. */
function outline(nodes: TreeNode[]): string[] {
  return nodes.flatMap((n) => [`${n.number} ${n.title}`, ...outline(n.children ?? [])]);
}

describe('meetings and their agenda', () => {
  let api: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  async function association() {
    const { admin, organisationId } = await adminWithOrganisation(api, 'association');
    const token = admin.token;
    const assembly = await generalAssemblyOf(api.client, token, organisationId);
    const board = await createBody(api.client, token, organisationId, { kind: 'board', name: "Conseil d'administration" });
    return { admin, token, organisationId, assembly, board };
  }

  async function snapshot(organisationId: string): Promise<unknown> {
    const tables = ['meetings', 'agenda_items', 'resolutions', 'agenda_amendments'];
    return Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await db.query(`SELECT * FROM ${t} WHERE organisation_id = $1 ORDER BY id`, [organisationId])] as const)),
    );
  }

  describe('scheduling', () => {
    it('a secretary schedules a general assembly: default title, the organisation time zone, a Jitsi room, draft', async () => {
      const { organisationId, admin, assembly } = await association();
      const secretary = await joinWithRole(api, admin.token, organisationId, 'secretary');
      const meeting = await scheduleMeeting(api.client, secretary.token, organisationId, {
        bodyId: assembly.id,
        startsAt: '2026-06-13T08:00:00.000Z',
        durationMinutes: 180,
        place: 'Salle des fêtes, 1 place de la Mairie, Lyon',
      });
      expect(meeting).toMatchObject({
        title: `${assembly.name} ordinaire 2026`,
        kind: 'ordinary',
        convocation: 'first',
        status: 'draft',
        timeZone: 'Europe/Paris',
        startsAt: '2026-06-13T08:00:00.000Z',
        endsAt: '2026-06-13T11:00:00.000Z',
      });
      expect(meeting.remoteLink).toMatch(/^https:\/\/meet\.jit\.si\/assemblee-generale-ordinaire-2026-[a-z2-9]{16}$/);
      const other = await scheduleMeeting(api.client, admin.token, organisationId, { bodyId: assembly.id, startsAt: '2026-06-14T08:00:00.000Z' });
      expect(other.remoteLink).not.toBe(meeting.remoteLink);
    });

    it('keeps a given video link, refuses one that is not http(s), and lists meetings by start with filters', async () => {
      const { organisationId, token, assembly, board } = await association();
      const given = await scheduleMeeting(api.client, token, organisationId, {
        bodyId: board.id,
        startsAt: '2026-03-12T17:30:00.000Z',
        remoteLink: 'https://visio.example.org/ca',
        title: 'CA de mars',
      });
      expect(given.remoteLink).toBe('https://visio.example.org/ca');
      const before = await snapshot(organisationId);
      const refused = await api.client.error(
        SCHEDULE_MEETING,
        { organisationId, input: { bodyId: board.id, startsAt: '2026-03-12T17:30:00.000Z', remoteLink: 'javascript:alert(1)' } },
        { token },
      );
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
      const badZone = await api.client.error(
        SCHEDULE_MEETING,
        { organisationId, input: { bodyId: board.id, startsAt: '2026-03-12T17:30:00.000Z', timeZone: 'Mars/Olympus' } },
        { token },
      );
      expect(badZone.extensions).toMatchObject({ reason: 'INVALID_INPUT' });
      expect(await snapshot(organisationId)).toEqual(before);

      const boardDefault = await scheduleMeeting(api.client, token, organisationId, { bodyId: board.id, startsAt: '2026-01-20T17:30:00.000Z' });
      expect(boardDefault.title).toBe("Conseil d'administration du 20 janvier 2026");
      await scheduleMeeting(api.client, token, organisationId, { bodyId: assembly.id, startsAt: '2026-06-13T08:00:00.000Z' });
      const all = await api.client.ok<{ meetings: { title: string }[] }>(MEETINGS, { organisationId }, { token });
      expect(all.meetings.map((m) => m.title)).toEqual(["Conseil d'administration du 20 janvier 2026", 'CA de mars', `${assembly.name} ordinaire 2026`]);
      const boardOnly = await api.client.ok<{ meetings: { title: string }[] }>(
        MEETINGS,
        { organisationId, bodyId: board.id, from: '2026-02-01T00:00:00Z' },
        { token },
      );
      expect(boardOnly.meetings.map((m) => m.title)).toEqual(['CA de mars']);
    });

    it('a second convocation links a first meeting of the same body and respects the minimum interval', async () => {
      const { organisationId, token, assembly, board } = await association();
      const first = await scheduleMeeting(api.client, token, organisationId, { bodyId: assembly.id, startsAt: '2026-06-13T08:00:00.000Z' });
      const second = await scheduleMeeting(api.client, token, organisationId, {
        bodyId: assembly.id,
        startsAt: '2026-06-27T08:00:00.000Z',
        convocation: 'second',
        firstMeetingId: first.id,
      });
      expect(second).toMatchObject({ convocation: 'second', firstMeetingId: first.id, title: `${assembly.name} ordinaire 2026 (seconde convocation)` });
      const noFirst = await api.client.error(
        SCHEDULE_MEETING,
        { organisationId, input: { bodyId: assembly.id, startsAt: '2026-06-27T08:00:00Z', convocation: 'second' } },
        { token },
      );
      expect(noFirst.extensions).toMatchObject({ reason: 'INVALID_INPUT' });
      const otherBody = await api.client.error(
        SCHEDULE_MEETING,
        { organisationId, input: { bodyId: board.id, startsAt: '2026-06-27T08:00:00Z', convocation: 'second', firstMeetingId: first.id } },
        { token },
      );
      expect(otherBody.extensions).toMatchObject({ reason: 'INVALID_INPUT' });
      const before = await api.client.error(
        SCHEDULE_MEETING,
        { organisationId, input: { bodyId: assembly.id, startsAt: '2026-06-12T08:00:00Z', convocation: 'second', firstMeetingId: first.id } },
        { token },
      );
      expect(before.extensions).toMatchObject({ reason: 'INVALID_DATES' });
    });

    it('refuses an extraordinary board meeting the statutes do not know, a duration out of range and a chair of another organisation', async () => {
      const { organisationId, token, board, assembly } = await association();
      const before = await snapshot(organisationId);
      const extraordinary = await api.client.error(
        SCHEDULE_MEETING,
        { organisationId, input: { bodyId: board.id, kind: 'extraordinary', startsAt: '2026-03-12T17:30:00Z' } },
        { token },
      );
      expect(extraordinary.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', details: { governanceCode: 'UNKNOWN_MEETING_KIND' } });
      const tooLong = await api.client.error(
        SCHEDULE_MEETING,
        { organisationId, input: { bodyId: board.id, startsAt: '2026-03-12T17:30:00Z', durationMinutes: 0 } },
        { token },
      );
      expect(tooLong.extensions).toMatchObject({ reason: 'INVALID_INPUT' });
      const other = await adminWithOrganisation(api, 'association');
      const stranger = await addMember(api.client, other.admin.token, other.organisationId, { name: 'Ailleurs' });
      const chair = await api.client.error(
        SCHEDULE_MEETING,
        { organisationId, input: { bodyId: assembly.id, startsAt: '2026-06-13T08:00:00Z', chairMemberId: stranger.id } },
        { token },
      );
      expect(chair.extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect(await snapshot(organisationId)).toEqual(before);
      const age = await scheduleMeeting(api.client, token, organisationId, { bodyId: assembly.id, kind: 'extraordinary', startsAt: '2026-06-13T10:00:00Z' });
      expect(age.title).toBe(`${assembly.name} extraordinaire 2026`);
    });

    it('goes draft → open → closed; only a draft is deleted; details no longer change once open', async () => {
      const { organisationId, token, board } = await association();
      const meeting = await scheduleMeeting(api.client, token, organisationId, { bodyId: board.id, startsAt: '2026-03-12T17:30:00.000Z' });
      const updated = await api.client.ok<{ updateMeeting: { place: string; durationMinutes: number; remoteLink: string | null } }>(
        UPDATE_MEETING,
        { organisationId, meetingId: meeting.id, input: { place: 'Local associatif', durationMinutes: 90, remoteLink: null } },
        { token },
      );
      expect(updated.updateMeeting).toMatchObject({ place: 'Local associatif', durationMinutes: 90, remoteLink: null });
      const closedTooSoon = await api.client.error(CLOSE_MEETING, { organisationId, meetingId: meeting.id }, { token });
      expect(closedTooSoon.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MEETING_STATUS_FORBIDS' });
      const opened = await api.client.ok<{ openMeeting: { status: string; openedAt: string } }>(
        OPEN_MEETING,
        { organisationId, meetingId: meeting.id },
        { token },
      );
      expect(opened.openMeeting.status).toBe('open');
      expect(opened.openMeeting.openedAt).toBeTruthy();
      const edit = await api.client.error(UPDATE_MEETING, { organisationId, meetingId: meeting.id, input: { place: 'Ailleurs' } }, { token });
      expect(edit.extensions).toMatchObject({ reason: 'MEETING_STATUS_FORBIDS' });
      const deleteOpen = await api.client.error(DELETE_MEETING, { organisationId, meetingId: meeting.id }, { token });
      expect(deleteOpen.extensions).toMatchObject({ reason: 'MEETING_STATUS_FORBIDS' });
      const closed = await api.client.ok<{ closeMeeting: { status: string; closedAt: string } }>(
        CLOSE_MEETING,
        { organisationId, meetingId: meeting.id },
        { token },
      );
      expect(closed.closeMeeting.status).toBe('closed');

      const draft = await scheduleMeeting(api.client, token, organisationId, { bodyId: board.id, startsAt: '2026-04-12T17:30:00.000Z' });
      await addAgendaItem(api.client, token, organisationId, draft.id, { title: 'Point unique' });
      expect(await api.client.ok(DELETE_MEETING, { organisationId, meetingId: draft.id }, { token })).toEqual({ deleteMeeting: true });
      const gone = await api.client.error(MEETING, { organisationId, meetingId: draft.id }, { token });
      expect(gone.extensions).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('agenda', () => {
    it('builds a nested, numbered agenda with resolutions and reorders inside and across parents', async () => {
      const { organisationId, token, assembly } = await association();
      const presenter = await addMember(api.client, token, organisationId, { name: 'Alice Martin' });
      const meeting = await scheduleMeeting(api.client, token, organisationId, { bodyId: assembly.id, startsAt: '2026-06-13T08:00:00.000Z' });
      const add = (title: string, extra: Record<string, unknown> = {}) => addAgendaItem(api.client, token, organisationId, meeting.id, { title, ...extra });
      const moral = await add('Rapport moral', { presenterMemberId: presenter.id, plannedMinutes: 20 });
      const accounts = await add('Comptes 2025', { kind: 'deliberation' });
      const approval = await add('Approbation des comptes 2025', { kind: 'deliberation', parentId: accounts.id });
      const allocation = await add('Affectation du résultat', { kind: 'deliberation', parentId: accounts.id });
      const election = await add('Élection du conseil', { kind: 'election' });
      expect(approval.number).toBe('2.1');
      await api.client.ok(
        ADD_RESOLUTION,
        { organisationId, itemId: approval.id, input: { title: 'Première résolution', text: "L'assemblée générale approuve les comptes 2025." } },
        { token },
      );
      const first = await add('Accueil', { position: 0 });
      expect(first.number).toBe('1');

      const read = async () =>
        (await api.client.ok<{ meeting: { agenda: TreeNode[] } }>(MEETING, { organisationId, meetingId: meeting.id }, { token })).meeting.agenda;
      let agenda = await read();
      expect(outline(agenda)).toEqual([
        '1 Accueil',
        '2 Rapport moral',
        '3 Comptes 2025',
        '3.1 Approbation des comptes 2025',
        '3.2 Affectation du résultat',
        '4 Élection du conseil',
      ]);
      expect(agenda[1]).toMatchObject({ presenterName: 'Alice Martin', presenterMemberId: presenter.id, plannedMinutes: 20 });
      expect(agenda[2]).toMatchObject({ children: [{ resolutions: [{ title: 'Première résolution', proposedByBoard: true, position: 0 }] }, {}] });

      // Inside a parent, across parents, and up to the top level.
      await api.client.ok(MOVE_ITEM, { organisationId, itemId: allocation.id, parentId: accounts.id, position: 0 }, { token });
      await api.client.ok(MOVE_ITEM, { organisationId, itemId: moral.id, parentId: accounts.id, position: 2 }, { token });
      await api.client.ok(MOVE_ITEM, { organisationId, itemId: election.id, parentId: null, position: 0 }, { token });
      agenda = await read();
      expect(outline(agenda)).toEqual([
        '1 Élection du conseil',
        '2 Accueil',
        '3 Comptes 2025',
        '3.1 Affectation du résultat',
        '3.2 Approbation des comptes 2025',
        '3.3 Rapport moral',
      ]);
      // Three levels at most; not under itself.
      await add('Vote à main levée', { parentId: approval.id });
      const tooDeep = await api.client.error(MOVE_ITEM, { organisationId, itemId: accounts.id, parentId: election.id, position: 0 }, { token });
      expect(tooDeep.extensions).toMatchObject({ reason: 'INVALID_INPUT' });
      const underItself = await api.client.error(MOVE_ITEM, { organisationId, itemId: accounts.id, parentId: approval.id, position: 0 }, { token });
      expect(underItself.extensions).toMatchObject({ reason: 'INVALID_INPUT' });
      const before = await snapshot(organisationId);
      const badPosition = await api.client.error(MOVE_ITEM, { organisationId, itemId: moral.id, parentId: null, position: 9 }, { token });
      expect(badPosition.extensions).toMatchObject({ reason: 'INVALID_INPUT' });
      const resolutionOnInformation = await api.client.error(
        ADD_RESOLUTION,
        { organisationId, itemId: first.id, input: { title: 'R', text: 'Texte' } },
        { token },
      );
      expect(resolutionOnInformation.extensions).toMatchObject({ reason: 'INVALID_INPUT' });
      const blank = await api.client.error(UPDATE_ITEM, { organisationId, itemId: first.id, input: { title: '  ' } }, { token });
      expect(blank.extensions).toMatchObject({ reason: 'INVALID_INPUT' });
      expect(await snapshot(organisationId)).toEqual(before);

      await api.client.ok(REMOVE_ITEM, { organisationId, itemId: accounts.id }, { token });
      agenda = await read();
      expect(outline(agenda)).toEqual(['1 Élection du conseil', '2 Accueil']);
      const rows = await db.query('SELECT count(*)::int AS n FROM resolutions WHERE meeting_id = $1', [meeting.id]);
      expect(rows[0].n).toBe(0);
      // Nothing was convened: no amendment recorded.
      const amendments = await db.query('SELECT count(*)::int AS n FROM agenda_amendments WHERE meeting_id = $1', [meeting.id]);
      expect(amendments[0].n).toBe(0);
      expect(ADD_AGENDA_ITEM).toContain('addAgendaItem');
    });
  });
});
