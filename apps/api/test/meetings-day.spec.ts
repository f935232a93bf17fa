import { DataSource } from 'typeorm';
import { MeetingsService } from '../src/meetings/services/meetings.service';
import { addMember, adminWithOrganisation, appointMandate, createBody, joinWithRole, startTestApp, type TestApp } from './support';
import { addAgendaItem, generalAssemblyOf, scheduleMeeting } from './support/meetings';

const PROXY_FIELDS = `id blank status principal { id name } holder { id name } recordedByAccountId`;
const RECORD_PROXY = `mutation RecordProxy($organisationId: UUID!, $meetingId: UUID!, $principalMemberId: UUID!, $holderMemberId: UUID) {
  recordProxy(organisationId: $organisationId, meetingId: $meetingId, principalMemberId: $principalMemberId, holderMemberId: $holderMemberId) { ${PROXY_FIELDS} } }`;
const CANCEL_PROXY = `mutation CancelProxy($organisationId: UUID!, $proxyId: UUID!) { cancelProxy(organisationId: $organisationId, proxyId: $proxyId) { id status } }`;
const DAY = `query Day($organisationId: UUID!, $meetingId: UUID!) { meeting(organisationId: $organisationId, meetingId: $meetingId) {
  id status amendedSinceConvocation amendments { change descriptionFr descriptionEn accountId recordedAt }
  proxies { ${PROXY_FIELDS} }
  attendance { member { id name } role hasVote status mode arrivedAt departedAt representedBy { id name } votes }
  quorum { reached required convocation counted base present remote represented needed threshold explanation explanationFr explanationEn } } }`;
const OPEN = `mutation Open($organisationId: UUID!, $meetingId: UUID!) { openMeeting(organisationId: $organisationId, meetingId: $meetingId) { id status } }`;
const CLOSE = `mutation Close($organisationId: UUID!, $meetingId: UUID!) { closeMeeting(organisationId: $organisationId, meetingId: $meetingId) { id status } }`;
const ARRIVE = `mutation Arrive($organisationId: UUID!, $meetingId: UUID!, $memberId: UUID!, $mode: AttendanceMode!) {
  recordArrival(organisationId: $organisationId, meetingId: $meetingId, memberId: $memberId, mode: $mode) { id } }`;
const LEAVE = `mutation Leave($organisationId: UUID!, $meetingId: UUID!, $memberId: UUID!) {
  recordDeparture(organisationId: $organisationId, meetingId: $meetingId, memberId: $memberId) { id } }`;
const EXCUSE = `mutation Excuse($organisationId: UUID!, $meetingId: UUID!, $memberId: UUID!, $excused: Boolean!) {
  recordExcused(organisationId: $organisationId, meetingId: $meetingId, memberId: $memberId, excused: $excused) { id } }`;
const ADD_ITEM = `mutation AddItem($organisationId: UUID!, $meetingId: UUID!, $input: AddAgendaItemInput!) {
  addAgendaItem(organisationId: $organisationId, meetingId: $meetingId, input: $input) { id number } }`;
const SITTINGS = `query Sittings($organisationId: UUID!) { bodySittings(organisationId: $organisationId) {
  body { id name } rhythmMonths lastSitting { id startsAt } nextScheduled { id } nextSittingProposed overdue } }`;
const SET_RHYTHM = `mutation Rhythm($organisationId: UUID!, $bodyId: UUID!, $months: Int) {
  setBodyRhythm(organisationId: $organisationId, bodyId: $bodyId, months: $months) { body { id } rhythmMonths nextSittingProposed overdue } }`;
const MEETINGS = `query Meetings($organisationId: UUID!) { meetings(organisationId: $organisationId) { id } }`;

interface Day {
  status: string;
  amendedSinceConvocation: boolean;
  amendments: { change: string; descriptionFr: string; descriptionEn: string; accountId: string }[];
  proxies: { id: string; blank: boolean; status: string; principal: { id: string }; holder: { id: string } | null }[];
  attendance: { member: { id: string; name: string }; role: string; hasVote: boolean; status: string; representedBy: { id: string } | null; votes: number }[];
  quorum: {
    reached: boolean;
    counted: number;
    base: number;
    needed: number;
    present: number;
    remote: number;
    represented: number;
    explanation: string;
    explanationEn: string;
  };
}

describe('the day of a meeting: proxies, attendance, quorum; amendments; rhythm', () => {
  let api: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  /** An organisation of `count` members and a general assembly on 13 June 2026, chaired by the first member. */
  async function assemblyOf(legalForm: 'scop' | 'association', count: number) {
    const { admin, organisationId } = await adminWithOrganisation(api, legalForm);
    const token = admin.token;
    const assembly = await generalAssemblyOf(api.client, token, organisationId);
    const members: { id: string; name: string }[] = [];
    for (let i = 0; i < count; i += 1)
      members.push(await addMember(api.client, token, organisationId, { name: `Associé ${String(i + 1).padStart(2, '0')}`, birthDate: '1980-05-01' }));
    const meeting = await scheduleMeeting(api.client, token, organisationId, {
      bodyId: assembly.id,
      startsAt: '2026-06-13T08:00:00.000Z',
      chairMemberId: members[0].id,
    });
    const day = async (language = 'fr') => (await api.client.ok<{ meeting: Day }>(DAY, { organisationId, meetingId: meeting.id }, { token, language })).meeting;
    const proxy = (principal: string, holder: string | null) =>
      api.client.request<{ recordProxy: { id: string } }>(
        RECORD_PROXY,
        { organisationId, meetingId: meeting.id, principalMemberId: principal, holderMemberId: holder },
        { token },
      );
    return { admin, token, organisationId, assembly, members, meeting, day, proxy };
  }

  async function proxyRows(meetingId: string): Promise<unknown[]> {
    return db.query('SELECT principal_member_id, holder_member_id, status FROM meeting_proxies WHERE meeting_id = $1 ORDER BY given_at, id', [meetingId]);
  }

  describe('proxies', () => {
    it('in a SCOP of 30 members a holder takes one proxy; a chain, a non-member and a second proxy per principal are refused; a blank proxy goes to the chair', async () => {
      const { organisationId, token, members, meeting, day, proxy } = await assemblyOf('scop', 30);
      const [chair, p1, p2, holder, p3, p4, other] = members;
      const first = await proxy(p1.id, holder.id);
      expect(first.errors).toBeUndefined();

      const before = await proxyRows(meeting.id);
      const overCap = await proxy(p2.id, holder.id);
      expect(overCap.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'PROXY_REFUSED',
        details: { governanceCode: 'PROXY_CAP_REACHED', cap: 1 },
      });
      expect(overCap.errors?.[0].message).toContain('1 pouvoir sur 1 autorisé');
      const holderPassesOn = await proxy(holder.id, p3.id);
      expect(holderPassesOn.errors?.[0].extensions).toMatchObject({ reason: 'PROXY_REFUSED', details: { governanceCode: 'PROXY_CHAIN' } });
      const principalReceives = await proxy(p3.id, p1.id);
      expect(principalReceives.errors?.[0].extensions).toMatchObject({ reason: 'PROXY_REFUSED', details: { governanceCode: 'PROXY_CHAIN' } });
      const twice = await proxy(p1.id, p3.id);
      expect(twice.errors?.[0].extensions).toMatchObject({ reason: 'PROXY_REFUSED', details: { governanceCode: 'PROXY_ALREADY_GIVEN' } });
      const toSelf = await proxy(p3.id, p3.id);
      expect(toSelf.errors?.[0].extensions).toMatchObject({ reason: 'PROXY_REFUSED', details: { governanceCode: 'PROXY_TO_SELF' } });

      // A former member (left before the meeting) is not a member of this meeting.
      const former = await addMember(api.client, token, organisationId, { name: 'Ancien associé', joinedOn: '2020-01-01' });
      await api.client.ok(
        `mutation Leave($organisationId: UUID!, $memberId: UUID!, $leftOn: LocalDate!) { recordMemberDeparture(organisationId: $organisationId, memberId: $memberId, leftOn: $leftOn) { id } }`,
        { organisationId, memberId: former.id, leftOn: '2026-01-01' },
        { token },
      );
      const toFormer = await proxy(p3.id, former.id);
      expect(toFormer.errors?.[0].extensions).toMatchObject({ reason: 'PROXY_REFUSED', details: { governanceCode: 'PROXY_HOLDER_NOT_ELIGIBLE' } });
      const fromFormer = await proxy(former.id, p3.id);
      expect(fromFormer.errors?.[0].extensions).toMatchObject({ reason: 'PROXY_REFUSED' });
      // Someone of another organisation is not found at all.
      const elsewhere = await adminWithOrganisation(api, 'scop');
      const stranger = await addMember(api.client, elsewhere.admin.token, elsewhere.organisationId, { name: 'Ailleurs' });
      const toStranger = await proxy(p3.id, stranger.id);
      expect(toStranger.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect(await proxyRows(meeting.id)).toEqual(before);

      const blank = await api.client.ok<{ recordProxy: { blank: boolean; holder: null; status: string } }>(
        RECORD_PROXY,
        { organisationId, meetingId: meeting.id, principalMemberId: p4.id, holderMemberId: null },
        { token },
      );
      expect(blank.recordProxy).toMatchObject({ blank: true, holder: null, status: 'given' });

      await api.client.ok(OPEN, { organisationId, meetingId: meeting.id }, { token });
      await api.client.ok(ARRIVE, { organisationId, meetingId: meeting.id, memberId: chair.id, mode: 'inPerson' }, { token });
      await api.client.ok(ARRIVE, { organisationId, meetingId: meeting.id, memberId: holder.id, mode: 'remote' }, { token });
      const sheet = await day();
      const line = (id: string) => sheet.attendance.find((l) => l.member.id === id)!;
      expect(line(p4.id)).toMatchObject({ status: 'represented', representedBy: { id: chair.id } });
      expect(line(p1.id)).toMatchObject({ status: 'represented', representedBy: { id: holder.id } });
      expect(line(chair.id)).toMatchObject({ status: 'present', votes: 2 });
      expect(line(holder.id)).toMatchObject({ status: 'remote', votes: 2 });
      expect(line(other.id)).toMatchObject({ status: 'absent', votes: 0 });
      expect(sheet.quorum).toMatchObject({ base: 31 - 1, present: 1, remote: 1, represented: 2, counted: 4 });

      // The secretary cancels a proxy; it no longer counts.
      const firstId = sheet.proxies.find((p) => p.principal.id === p1.id)!.id;
      await api.client.ok(CANCEL_PROXY, { organisationId, proxyId: firstId }, { token });
      expect((await day()).quorum).toMatchObject({ represented: 1, counted: 3 });
    });

    it('concurrent proxies to the same holder never pass the cap', async () => {
      const { meeting, members, proxy } = await assemblyOf('scop', 30);
      const holder = members[10];
      const results = await Promise.all(members.slice(11, 17).map((m) => proxy(m.id, holder.id)));
      expect(results.filter((r) => !r.errors).length).toBe(1);
      for (const refused of results.filter((r) => r.errors)) {
        expect(refused.errors?.[0].extensions).toMatchObject({ reason: 'PROXY_REFUSED', details: { governanceCode: 'PROXY_CAP_REACHED' } });
      }
      const rows = await db.query(`SELECT count(*)::int AS n FROM meeting_proxies WHERE meeting_id = $1 AND holder_member_id = $2 AND status = 'given'`, [
        meeting.id,
        holder.id,
      ]);
      expect(rows[0].n).toBe(1);
    });
  });

  describe('attendance and the quorum', () => {
    it('records arrivals and departures, cancels the proxy of a principal who comes, and explains the quorum reached in French and English', async () => {
      const { organisationId, token, members, meeting, day, proxy } = await assemblyOf('association', 8);
      const [a, b, c, d, e] = members;
      expect((await proxy(c.id, a.id)).errors).toBeUndefined();
      const early = await api.client.error(ARRIVE, { organisationId, meetingId: meeting.id, memberId: a.id, mode: 'inPerson' }, { token });
      expect(early.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MEETING_STATUS_FORBIDS' });

      await api.client.ok(OPEN, { organisationId, meetingId: meeting.id }, { token });
      await api.client.ok(EXCUSE, { organisationId, meetingId: meeting.id, memberId: e.id, excused: true }, { token });
      let sheet = await day();
      expect(sheet.quorum).toMatchObject({ reached: false, counted: 0, base: 8, needed: 2 });
      await api.client.ok(ARRIVE, { organisationId, meetingId: meeting.id, memberId: a.id, mode: 'inPerson' }, { token });
      sheet = await day();
      // a holds c's proxy: two counted of eight, a quarter: reached.
      expect(sheet.quorum).toMatchObject({ reached: true, counted: 2, present: 1, represented: 1 });
      expect(sheet.quorum.explanation).toMatch(/quorum/i);
      expect(sheet.quorum.explanation).toContain('atteint');
      expect((await day('en')).quorum.explanation).toBe(sheet.quorum.explanationEn);

      // c comes after all: the proxy is cancelled, c counts as present.
      await api.client.ok(ARRIVE, { organisationId, meetingId: meeting.id, memberId: c.id, mode: 'remote' }, { token });
      await api.client.ok(ARRIVE, { organisationId, meetingId: meeting.id, memberId: b.id, mode: 'inPerson' }, { token });
      const twice = await api.client.error(ARRIVE, { organisationId, meetingId: meeting.id, memberId: b.id, mode: 'inPerson' }, { token });
      expect(twice.extensions).toMatchObject({ reason: 'ALREADY_DONE' });
      await api.client.ok(LEAVE, { organisationId, meetingId: meeting.id, memberId: b.id }, { token });
      sheet = await day();
      const status = (id: string) => sheet.attendance.find((l) => l.member.id === id)!.status;
      expect([status(a.id), status(b.id), status(c.id), status(d.id), status(e.id)]).toEqual(['present', 'absent', 'remote', 'absent', 'excused']);
      expect(sheet.proxies[0]).toMatchObject({ status: 'cancelled' });
      expect(sheet.quorum).toMatchObject({ counted: 2, present: 1, remote: 1, represented: 0 });
      const notLeft = await api.client.error(LEAVE, { organisationId, meetingId: meeting.id, memberId: d.id }, { token });
      expect(notLeft.extensions).toMatchObject({ reason: 'INVALID_INPUT' });

      await api.client.ok(CLOSE, { organisationId, meetingId: meeting.id }, { token });
      const before = await db.query('SELECT * FROM attendance_records WHERE meeting_id = $1 ORDER BY id', [meeting.id]);
      const afterClose = await api.client.error(ARRIVE, { organisationId, meetingId: meeting.id, memberId: d.id, mode: 'inPerson' }, { token });
      expect(afterClose.extensions).toMatchObject({ reason: 'MEETING_STATUS_FORBIDS' });
      expect(await db.query('SELECT * FROM attendance_records WHERE meeting_id = $1 ORDER BY id', [meeting.id])).toEqual(before);
    });

    it('convenes the members holding a mandate for a board, and only them', async () => {
      const { admin, organisationId } = await adminWithOrganisation(api, 'association');
      const token = admin.token;
      const board = await createBody(api.client, token, organisationId, { kind: 'board', name: 'Conseil' });
      const [alice, bruno, chloe] = await Promise.all(['Alice', 'Bruno', 'Chloé'].map((name) => addMember(api.client, token, organisationId, { name })));
      await appointMandate(api.client, token, organisationId, { bodyId: board.id, memberId: alice.id, role: 'president', startOn: '2025-01-01' });
      await appointMandate(api.client, token, organisationId, { bodyId: board.id, memberId: bruno.id, role: 'director', startOn: '2025-01-01' });
      const meeting = await scheduleMeeting(api.client, token, organisationId, { bodyId: board.id, startsAt: '2026-03-12T17:30:00.000Z' });
      const roll = await api.app.get(MeetingsService).convenedMembers(organisationId, meeting.id);
      expect(roll.members.map((m) => [m.member.name, m.role]).sort()).toEqual([
        ['Alice', 'president'],
        ['Bruno', 'director'],
      ]);
      expect(roll.voters.sort()).toEqual([alice.id, bruno.id].sort());
      // A blank proxy at the board goes to its president.
      const blank = await api.client.ok<{ recordProxy: { blank: boolean } }>(
        RECORD_PROXY,
        { organisationId, meetingId: meeting.id, principalMemberId: bruno.id, holderMemberId: null },
        { token },
      );
      expect(blank.recordProxy.blank).toBe(true);
      const notConvened = await api.client.error(
        RECORD_PROXY,
        { organisationId, meetingId: meeting.id, principalMemberId: chloe.id, holderMemberId: alice.id },
        { token },
      );
      expect(notConvened.extensions).toMatchObject({ reason: 'PROXY_REFUSED' });
    });
  });

  describe('amendments after the convocation', () => {
    it('records every agenda change once convened, by whom, in French and English; none once open', async () => {
      const { admin, organisationId, token, meeting, day } = await assemblyOf('association', 2);
      const item = await addAgendaItem(api.client, token, organisationId, meeting.id, { title: 'Rapport moral' });
      expect((await day()).amendedSinceConvocation).toBe(false);
      const convened = await api.app.get(MeetingsService).markConvened({ organisationId }, meeting.id, new Date('2026-05-20T08:00:00Z'));
      expect(convened.status).toBe('convened');
      await api.client.ok(ADD_ITEM, { organisationId, meetingId: meeting.id, input: { kind: 'deliberation', title: 'Cotisation 2027' } }, { token });
      await api.client.ok(
        `mutation Move($organisationId: UUID!, $itemId: UUID!, $position: Int!) { moveAgendaItem(organisationId: $organisationId, itemId: $itemId, parentId: null, position: $position) { id } }`,
        { organisationId, itemId: item.id, position: 1 },
        { token },
      );
      let sheet = await day();
      expect(sheet.amendedSinceConvocation).toBe(true);
      expect(sheet.amendments).toMatchObject([
        { change: 'itemAdded', descriptionFr: 'Point 2 ajouté : « Cotisation 2027 ».', descriptionEn: 'Item 2 added: "Cotisation 2027".', accountId: admin.id },
        { change: 'itemMoved', descriptionFr: 'Point « Rapport moral » déplacé de 1 à 2.' },
      ]);
      await api.client.ok(OPEN, { organisationId, meetingId: meeting.id }, { token });
      const locked = await api.client.error(ADD_ITEM, { organisationId, meetingId: meeting.id, input: { kind: 'information', title: 'Trop tard' } }, { token });
      expect(locked.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MEETING_STATUS_FORBIDS' });
      sheet = await day();
      expect(sheet.amendments).toHaveLength(2);
    });
  });

  describe('rhythm of the bodies', () => {
    it('proposes the next sitting from the last and lists a body whose sitting is overdue until a meeting is scheduled', async () => {
      const { admin, organisationId } = await adminWithOrganisation(api, 'association');
      const token = admin.token;
      const committee = await createBody(api.client, token, organisationId, { kind: 'steeringCommittee', name: 'Comité de pilotage' });
      const past = await scheduleMeeting(api.client, token, organisationId, { bodyId: committee.id, startsAt: '2025-01-10T09:00:00.000Z' });
      await api.client.ok(OPEN, { organisationId, meetingId: past.id }, { token });
      await api.client.ok(CLOSE, { organisationId, meetingId: past.id }, { token });
      const set = await api.client.ok<{ setBodyRhythm: { rhythmMonths: number; nextSittingProposed: string; overdue: boolean } }>(
        SET_RHYTHM,
        { organisationId, bodyId: committee.id, months: 6 },
        { token },
      );
      expect(set.setBodyRhythm).toMatchObject({ rhythmMonths: 6, nextSittingProposed: '2025-07-10', overdue: true });
      await api.client.ok(SET_RHYTHM, { organisationId, bodyId: committee.id, months: 12 }, { token });
      const bad = await api.client.error(SET_RHYTHM, { organisationId, bodyId: committee.id, months: 0 }, { token });
      expect(bad.extensions).toMatchObject({ reason: 'INVALID_INPUT' });
      let sittings = (
        await api.client.ok<{
          bodySittings: {
            body: { id: string };
            rhythmMonths: number | null;
            nextSittingProposed: string | null;
            overdue: boolean;
            lastSitting: { id: string } | null;
          }[];
        }>(SITTINGS, { organisationId }, { token })
      ).bodySittings;
      const mine = () => sittings.find((s) => s.body.id === committee.id)!;
      expect(mine()).toMatchObject({ rhythmMonths: 12, nextSittingProposed: '2026-01-10', lastSitting: { id: past.id } });
      expect(sittings.filter((s) => s.body.id !== committee.id).every((s) => s.rhythmMonths === null && !s.overdue)).toBe(true);

      const next = new Date(Date.now() + 30 * 86_400_000).toISOString();
      await scheduleMeeting(api.client, token, organisationId, { bodyId: committee.id, startsAt: next });
      sittings = (await api.client.ok<{ bodySittings: typeof sittings }>(SITTINGS, { organisationId }, { token })).bodySittings;
      expect(mine().overdue).toBe(false);
      const removed = await api.client.ok<{ setBodyRhythm: { rhythmMonths: null; nextSittingProposed: null } }>(
        SET_RHYTHM,
        { organisationId, bodyId: committee.id, months: null },
        { token },
      );
      expect(removed.setBodyRhythm).toMatchObject({ rhythmMonths: null, nextSittingProposed: null });
    });
  });

  describe('roles and organisations', () => {
    it('observers and members read, only a secretary or an admin changes; another organisation is not found', async () => {
      const { admin, organisationId, token, members, meeting } = await assemblyOf('association', 2);
      const observer = await joinWithRole(api, token, organisationId, 'observer');
      const member = await joinWithRole(api, token, organisationId, 'member');
      for (const reader of [observer, member]) {
        expect((await api.client.ok<{ meetings: unknown[] }>(MEETINGS, { organisationId }, { token: reader.token })).meetings).toHaveLength(1);
        const schedule = await api.client.error(
          `mutation S($organisationId: UUID!, $input: ScheduleMeetingInput!) { scheduleMeeting(organisationId: $organisationId, input: $input) { id } }`,
          { organisationId, input: { bodyId: meeting.body.id, startsAt: '2026-09-01T08:00:00Z' } },
          { token: reader.token },
        );
        expect(schedule.extensions).toMatchObject({ code: 'FORBIDDEN' });
        const add = await api.client.error(
          ADD_ITEM,
          { organisationId, meetingId: meeting.id, input: { kind: 'information', title: 'X' } },
          { token: reader.token },
        );
        expect(add.extensions).toMatchObject({ code: 'FORBIDDEN' });
        const proxy = await api.client.error(
          RECORD_PROXY,
          { organisationId, meetingId: meeting.id, principalMemberId: members[0].id, holderMemberId: members[1].id },
          { token: reader.token },
        );
        expect(proxy.extensions).toMatchObject({ code: 'FORBIDDEN' });
        const rhythm = await api.client.error(SET_RHYTHM, { organisationId, bodyId: meeting.body.id, months: 12 }, { token: reader.token });
        expect(rhythm.extensions).toMatchObject({ code: 'FORBIDDEN' });
      }

      const other = await adminWithOrganisation(api, 'association');
      const theirs = { organisationId: other.organisationId };
      const asOther = { token: other.admin.token };
      const read = await api.client.error(DAY, { ...theirs, meetingId: meeting.id }, asOther);
      expect(read.extensions).toMatchObject({ code: 'NOT_FOUND' });
      for (const [query, variables] of [
        [ADD_ITEM, { ...theirs, meetingId: meeting.id, input: { kind: 'information', title: 'Intrusion' } }],
        [OPEN, { ...theirs, meetingId: meeting.id }],
        [RECORD_PROXY, { ...theirs, meetingId: meeting.id, principalMemberId: members[0].id, holderMemberId: members[1].id }],
        [ARRIVE, { ...theirs, meetingId: meeting.id, memberId: members[0].id, mode: 'inPerson' }],
        [SET_RHYTHM, { ...theirs, bodyId: meeting.body.id, months: 12 }],
        [
          `mutation D($organisationId: UUID!, $meetingId: UUID!) { deleteMeeting(organisationId: $organisationId, meetingId: $meetingId) }`,
          { ...theirs, meetingId: meeting.id },
        ],
      ] as const) {
        const error = await api.client.error(query, variables, asOther);
        expect(error.extensions).toMatchObject({ code: 'NOT_FOUND' });
      }
      // Naming our organisation without a role in it: not found either.
      const foreign = await api.client.error(MEETINGS, { organisationId }, asOther);
      expect(foreign.extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect(
        (await api.client.ok<{ meeting: { status: string } }>(DAY, { organisationId, meetingId: meeting.id }, { token: admin.token })).meeting.status,
      ).toBe('draft');
    });
  });
});
