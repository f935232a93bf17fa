import { DataSource } from 'typeorm';
import { AttendanceService } from '../src/meetings/services/attendance.service';
import { ProxiesService } from '../src/meetings/services/proxies.service';
import { addMember, adminWithOrganisation, joinWithRole, startTestApp, type TestApp } from './support';
import { ADD_RESOLUTION, addAgendaItem, generalAssemblyOf, scheduleMeeting } from './support/meetings';

interface Ids {
  organisationId: string;
  bodyId: string;
  meetingId: string;
  itemId: string;
  resolutionId: string;
  proxyId: string;
  memberId: string;
  otherMemberId: string;
}

/** Every meetings operation, with valid arguments for the organisation of `ids`. */
function operations(ids: Ids): Record<string, { query: string; variables: Record<string, unknown>; mutation: boolean }> {
  const o = { organisationId: ids.organisationId };
  const q = (query: string, variables: Record<string, unknown>, mutation = true) => ({ query, variables: { ...o, ...variables }, mutation });
  return {
    meeting: q(
      `query Q($organisationId: UUID!, $meetingId: UUID!) { meeting(organisationId: $organisationId, meetingId: $meetingId) { id } }`,
      { meetingId: ids.meetingId },
      false,
    ),
    updateMeeting: q(
      `mutation M($organisationId: UUID!, $meetingId: UUID!) { updateMeeting(organisationId: $organisationId, meetingId: $meetingId, input: { place: "Ailleurs" }) { id } }`,
      { meetingId: ids.meetingId },
    ),
    scheduleMeeting: q(
      `mutation M($organisationId: UUID!, $bodyId: UUID!) { scheduleMeeting(organisationId: $organisationId, input: { bodyId: $bodyId, startsAt: "2026-09-01T08:00:00Z" }) { id } }`,
      { bodyId: ids.bodyId },
    ),
    deleteMeeting: q(`mutation M($organisationId: UUID!, $meetingId: UUID!) { deleteMeeting(organisationId: $organisationId, meetingId: $meetingId) }`, {
      meetingId: ids.meetingId,
    }),
    openMeeting: q(`mutation M($organisationId: UUID!, $meetingId: UUID!) { openMeeting(organisationId: $organisationId, meetingId: $meetingId) { id } }`, {
      meetingId: ids.meetingId,
    }),
    closeMeeting: q(`mutation M($organisationId: UUID!, $meetingId: UUID!) { closeMeeting(organisationId: $organisationId, meetingId: $meetingId) { id } }`, {
      meetingId: ids.meetingId,
    }),
    addAgendaItem: q(
      `mutation M($organisationId: UUID!, $meetingId: UUID!) { addAgendaItem(organisationId: $organisationId, meetingId: $meetingId, input: { kind: information, title: "X" }) { id } }`,
      { meetingId: ids.meetingId },
    ),
    updateAgendaItem: q(
      `mutation M($organisationId: UUID!, $itemId: UUID!) { updateAgendaItem(organisationId: $organisationId, itemId: $itemId, input: { title: "Y" }) { id } }`,
      { itemId: ids.itemId },
    ),
    moveAgendaItem: q(
      `mutation M($organisationId: UUID!, $itemId: UUID!) { moveAgendaItem(organisationId: $organisationId, itemId: $itemId, parentId: null, position: 0) { id } }`,
      { itemId: ids.itemId },
    ),
    removeAgendaItem: q(`mutation M($organisationId: UUID!, $itemId: UUID!) { removeAgendaItem(organisationId: $organisationId, itemId: $itemId) }`, {
      itemId: ids.itemId,
    }),
    addResolution: q(
      `mutation M($organisationId: UUID!, $itemId: UUID!) { addResolution(organisationId: $organisationId, itemId: $itemId, input: { title: "R", text: "T" }) { id } }`,
      { itemId: ids.itemId },
    ),
    updateResolution: q(
      `mutation M($organisationId: UUID!, $resolutionId: UUID!) { updateResolution(organisationId: $organisationId, resolutionId: $resolutionId, input: { text: "U" }) { id } }`,
      { resolutionId: ids.resolutionId },
    ),
    removeResolution: q(
      `mutation M($organisationId: UUID!, $resolutionId: UUID!) { removeResolution(organisationId: $organisationId, resolutionId: $resolutionId) }`,
      { resolutionId: ids.resolutionId },
    ),
    setBodyRhythm: q(
      `mutation M($organisationId: UUID!, $bodyId: UUID!) { setBodyRhythm(organisationId: $organisationId, bodyId: $bodyId, months: 12) { overdue } }`,
      {
        bodyId: ids.bodyId,
      },
    ),
    recordProxy: q(
      `mutation M($organisationId: UUID!, $meetingId: UUID!, $p: UUID!, $h: UUID) { recordProxy(organisationId: $organisationId, meetingId: $meetingId, principalMemberId: $p, holderMemberId: $h) { id } }`,
      { meetingId: ids.meetingId, p: ids.otherMemberId, h: null },
    ),
    cancelProxy: q(`mutation M($organisationId: UUID!, $proxyId: UUID!) { cancelProxy(organisationId: $organisationId, proxyId: $proxyId) { id } }`, {
      proxyId: ids.proxyId,
    }),
    recordArrival: q(
      `mutation M($organisationId: UUID!, $meetingId: UUID!, $memberId: UUID!) { recordArrival(organisationId: $organisationId, meetingId: $meetingId, memberId: $memberId, mode: inPerson) { id } }`,
      { meetingId: ids.meetingId, memberId: ids.memberId },
    ),
    recordDeparture: q(
      `mutation M($organisationId: UUID!, $meetingId: UUID!, $memberId: UUID!) { recordDeparture(organisationId: $organisationId, meetingId: $meetingId, memberId: $memberId) { id } }`,
      { meetingId: ids.meetingId, memberId: ids.memberId },
    ),
    recordExcused: q(
      `mutation M($organisationId: UUID!, $meetingId: UUID!, $memberId: UUID!) { recordExcused(organisationId: $organisationId, meetingId: $meetingId, memberId: $memberId, excused: true) { id } }`,
      { meetingId: ids.meetingId, memberId: ids.memberId },
    ),
  };
}

describe('meetings: who may do what, in which organisation', () => {
  let api: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  async function prepared() {
    const { admin, organisationId } = await adminWithOrganisation(api, 'scop');
    const token = admin.token;
    const assembly = await generalAssemblyOf(api.client, token, organisationId);
    const [member, other, holder] = await Promise.all(['Alice', 'Bruno', 'Chloé'].map((name) => addMember(api.client, token, organisationId, { name })));
    const meeting = await scheduleMeeting(api.client, token, organisationId, { bodyId: assembly.id, startsAt: '2026-06-13T08:00:00.000Z' });
    const item = await addAgendaItem(api.client, token, organisationId, meeting.id, { kind: 'deliberation', title: 'Comptes' });
    const { addResolution } = await api.client.ok<{ addResolution: { id: string } }>(
      ADD_RESOLUTION,
      { organisationId, itemId: item.id, input: { title: 'R1', text: 'Texte' } },
      { token },
    );
    const proxy = await api.app.get(ProxiesService).give(organisationId, meeting.id, member.id, holder.id);
    const ids: Ids = {
      organisationId,
      bodyId: assembly.id,
      meetingId: meeting.id,
      itemId: item.id,
      resolutionId: addResolution.id,
      proxyId: proxy.id,
      memberId: member.id,
      otherMemberId: other.id,
    };
    return { admin, token, ids, holder };
  }

  async function snapshot(organisationId: string): Promise<unknown> {
    const tables = [
      'meetings',
      'agenda_items',
      'resolutions',
      'agenda_amendments',
      'meeting_proxies',
      'attendance_records',
      'meeting_excusals',
      'body_rhythms',
    ];
    return Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await db.query(`SELECT * FROM ${t} WHERE organisation_id = $1 ORDER BY id`, [organisationId])] as const)),
    );
  }

  it('an admin of another organisation gets NOT_FOUND for every meetings operation with this organisation’s ids, and nothing changes', async () => {
    const a = await prepared();
    const b = await adminWithOrganisation(api, 'scop');
    const before = await snapshot(a.ids.organisationId);
    for (const [name, { query, variables }] of Object.entries(operations({ ...a.ids, organisationId: b.organisationId }))) {
      const error = await api.client.error(query, variables, { token: b.admin.token });
      expect([name, error.extensions?.code]).toEqual([name, 'NOT_FOUND']);
    }
    for (const [name, { query, variables }] of Object.entries(operations(a.ids))) {
      const error = await api.client.error(query, variables, { token: b.admin.token });
      expect([name, error.extensions?.code]).toEqual([name, 'NOT_FOUND']);
    }
    expect(await snapshot(a.ids.organisationId)).toEqual(before);
    const lists = await api.client.ok<{ meetings: unknown[]; bodySittings: { body: { id: string } }[] }>(
      `query L($organisationId: UUID!) { meetings(organisationId: $organisationId) { id } bodySittings(organisationId: $organisationId) { body { id } } }`,
      { organisationId: b.organisationId },
      { token: b.admin.token },
    );
    expect(lists.meetings).toEqual([]);
    expect(lists.bodySittings.map((s) => s.body.id)).not.toContain(a.ids.bodyId);
  });

  it('an observer and a member read meetings but change nothing; a secretary changes them', async () => {
    const a = await prepared();
    const observer = await joinWithRole(api, a.token, a.ids.organisationId, 'observer');
    const member = await joinWithRole(api, a.token, a.ids.organisationId, 'member');
    const secretary = await joinWithRole(api, a.token, a.ids.organisationId, 'secretary');
    const before = await snapshot(a.ids.organisationId);
    for (const reader of [observer, member]) {
      for (const [name, { query, variables, mutation }] of Object.entries(operations(a.ids))) {
        const response = await api.client.request(query, variables, { token: reader.token });
        expect([name, response.errors?.[0]?.extensions?.code ?? 'OK']).toEqual([name, mutation ? 'FORBIDDEN' : 'OK']);
      }
    }
    expect(await snapshot(a.ids.organisationId)).toEqual(before);
    const ops = operations(a.ids);
    for (const name of [
      'updateMeeting',
      'addAgendaItem',
      'updateResolution',
      'setBodyRhythm',
      'cancelProxy',
      'openMeeting',
      'recordArrival',
      'recordDeparture',
      'closeMeeting',
    ]) {
      const response = await api.client.request(ops[name].query, ops[name].variables, { token: secretary.token });
      expect([name, response.errors]).toEqual([name, undefined]);
    }
  });

  it('the services convocations uses: a holder declines, a principal withdraws, a member signs in through the link', async () => {
    const a = await prepared();
    const proxies = api.app.get(ProxiesService);
    const { organisationId, meetingId, memberId, otherMemberId, proxyId } = a.ids;
    await expect(proxies.decline(organisationId, proxyId, otherMemberId)).rejects.toMatchObject({ reason: 'NOT_FOUND' });
    const declined = await proxies.decline(organisationId, proxyId, a.holder.id);
    expect(declined.status).toBe('declined');
    await expect(proxies.decline(organisationId, proxyId, a.holder.id)).rejects.toMatchObject({ reason: 'ALREADY_DONE' });
    const again = await proxies.give(organisationId, meetingId, memberId, null);
    expect(again).toMatchObject({ holderMemberId: null, status: 'given' });
    expect((await proxies.withdraw(organisationId, again.id, memberId)).status).toBe('cancelled');

    const attendance = api.app.get(AttendanceService);
    await expect(attendance.signIn(organisationId, meetingId, otherMemberId, 'remote')).rejects.toMatchObject({ reason: 'MEETING_STATUS_FORBIDS' });
    await api.client.ok(operations(a.ids).openMeeting.query, operations(a.ids).openMeeting.variables, { token: a.token });
    const first = await attendance.signIn(organisationId, meetingId, otherMemberId, 'remote');
    const second = await attendance.signIn(organisationId, meetingId, otherMemberId, 'remote');
    expect(second.id).toBe(first.id);
    const sheet = await attendance.sheet(organisationId, meetingId);
    expect(sheet.lines.find((l) => l.convened.member.id === otherMemberId)).toMatchObject({ status: 'remote' });
  });

  it("the database refuses an agenda item, a proxy or an arrival pointing at another organisation's meeting or member", async () => {
    const a = await prepared();
    const b = await prepared();
    const orgA = a.ids.organisationId;
    await expect(
      db.query(`INSERT INTO agenda_items (organisation_id, meeting_id, position, kind, title) VALUES ($1, $2, 0, 'information', 'X')`, [orgA, b.ids.meetingId]),
    ).rejects.toThrow(/agenda_items_meeting_id_same_tenant/);
    await expect(
      db.query(`INSERT INTO meeting_proxies (organisation_id, meeting_id, principal_member_id, holder_member_id) VALUES ($1, $2, $3, $4)`, [
        orgA,
        a.ids.meetingId,
        a.ids.otherMemberId,
        b.ids.memberId,
      ]),
    ).rejects.toThrow(/meeting_proxies_holder_member_id_same_tenant/);
    await expect(
      db.query(`INSERT INTO attendance_records (organisation_id, meeting_id, member_id, mode, arrived_at) VALUES ($1, $2, $3, 'inPerson', now())`, [
        orgA,
        b.ids.meetingId,
        b.ids.memberId,
      ]),
    ).rejects.toThrow(/attendance_records_meeting_id_same_tenant/);
    await expect(
      db.query(`INSERT INTO resolutions (organisation_id, meeting_id, agenda_item_id, position, title, text) VALUES ($1, $2, $3, 0, 'R', 'T')`, [
        orgA,
        a.ids.meetingId,
        b.ids.itemId,
      ]),
    ).rejects.toThrow(/resolutions_agenda_item_id_same_tenant/);
  });
});
