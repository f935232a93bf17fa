import { adminWithOrganisation, joinWithRole, startTestApp, type TestApp } from './support';
import {
  assemblyWithAgenda,
  calendarAttachments,
  consentingMembers,
  CONVOCATIONS,
  icsProperties,
  personalToken,
  progressOf,
  progressUntil,
  SEND_CONVOCATIONS,
  sendConvocations,
} from './support/convocations';
import { addMember } from './support/builders';

describe('convocations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ LOG_LEVEL: 'error' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('convenes every member: an e-mail with the agenda, a personal link and a valid .ics to those who consented, the postal list for the others', async () => {
    const { admin, organisationId } = await adminWithOrganisation(app);
    const byEmail = await consentingMembers(app.client, admin.token, organisationId, 3);
    const withoutConsent = await addMember(app.client, admin.token, organisationId, {
      name: 'Aimé Postal',
      email: 'aime.postal@example.org',
      eNoticeConsent: false,
      postalAddress: '12 rue des Lilas, 69003 Lyon',
    });
    const meeting = await assemblyWithAgenda(app.client, admin.token, organisationId, { title: 'Assemblée générale 2026' });

    const sending = await sendConvocations(app.client, admin.token, organisationId, meeting.id);
    expect(sending).toMatchObject({ inTime: true, overrideReason: null, created: 4, byEmail: 3, byPost: 1 });

    const progress = await progressUntil(app.client, admin.token, organisationId, meeting.id, (p) => p.sent === 3);
    expect(progress).toEqual({ total: 4, queued: 0, sent: 3, failed: 0, byPost: 1 });

    const mail = await app.mailbox.lastTo(byEmail[0].email);
    expect(mail.to).toEqual([byEmail[0].email.toLowerCase()]);
    expect(mail.subject).toMatch(/^Convocation : Assemblée générale 2026 — \S+ \d{1,2} \S+ \d{4}$/);
    expect(mail.text).toContain('1. Rapport moral');
    expect(mail.text).toContain('2. Approbation des comptes annuels 2025');
    expect(mail.text).toContain('Salle des fêtes, 3 place du Marché, Lyon');
    expect(mail.text).toContain(meeting.remoteLink!);
    expect(personalToken(mail)).toHaveLength(43);

    const [ics] = await calendarAttachments(mail);
    expect(ics).toBeDefined();
    const properties = icsProperties(ics.content.toString('utf8'));
    expect(properties.get('METHOD')).toEqual(['REQUEST']);
    expect(properties.get('BEGIN')).toEqual(['VCALENDAR', 'VEVENT']);
    expect(properties.get('UID')![0]).toContain(meeting.id);
    expect(properties.get('DTSTART')).toEqual([meeting.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')]);
    expect(properties.get('LOCATION')![0]).toContain('Salle des fêtes');

    // Nobody without consent is mailed.
    expect(app.mailbox.to('aime.postal@example.org')).toHaveLength(0);
    const { postalConvocations } = await app.client.ok<{ postalConvocations: { memberId: string; memberName: string; postalAddress: string }[] }>(
      `query Postal($organisationId: UUID!, $meetingId: UUID!) { postalConvocations(organisationId: $organisationId, meetingId: $meetingId) { memberId memberName postalAddress } }`,
      { organisationId, meetingId: meeting.id },
      { token: admin.token },
    );
    expect(postalConvocations).toEqual([{ memberId: withoutConsent.id, memberName: 'Aimé Postal', postalAddress: '12 rue des Lilas, 69003 Lyon' }]);

    const { convocations } = await app.client.ok<{
      convocations: { totalCount: number; nodes: { memberName: string; channel: string; status: string; sentAt: string | null }[] };
    }>(CONVOCATIONS, { organisationId, meetingId: meeting.id, status: 'sent', first: 2 }, { token: admin.token });
    expect(convocations.totalCount).toBe(3);
    expect(convocations.nodes).toHaveLength(2);
    expect(convocations.nodes.every((c) => c.channel === 'email' && c.status === 'sent' && c.sentAt)).toBe(true);

    // Sending again convenes nobody twice.
    const again = await sendConvocations(app.client, admin.token, organisationId, meeting.id);
    expect(again).toMatchObject({ created: 0, byEmail: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(app.mailbox.to(byEmail[0].email)).toHaveLength(1);
    expect(await progressOf(app.client, admin.token, organisationId, meeting.id)).toEqual({ total: 4, queued: 0, sent: 3, failed: 0, byPost: 1 });
  });

  it('refuses a meeting without an agenda, and nothing is sent', async () => {
    const { admin, organisationId } = await adminWithOrganisation(app);
    const [member] = await consentingMembers(app.client, admin.token, organisationId, 1);
    const meeting = await assemblyWithAgenda(app.client, admin.token, organisationId, { agenda: [] });
    const error = await app.client.error(SEND_CONVOCATIONS, { organisationId, meetingId: meeting.id }, { token: admin.token });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONVOCATION_NOT_ALLOWED' });
    expect(error.message).toContain("n'a pas d'ordre du jour");
    expect(await progressOf(app.client, admin.token, organisationId, meeting.id)).toEqual({ total: 0, queued: 0, sent: 0, failed: 0, byPost: 0 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(app.mailbox.to(member.email)).toHaveLength(0);
  });

  it('refuses a late sending with the dates, then sends it with a recorded reason', async () => {
    const { admin, organisationId } = await adminWithOrganisation(app);
    const [member] = await consentingMembers(app.client, admin.token, organisationId, 1);
    const meeting = await assemblyWithAgenda(app.client, admin.token, organisationId, { inDays: 2 });
    const error = await app.client.error(SEND_CONVOCATIONS, { organisationId, meetingId: meeting.id }, { token: admin.token });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONVOCATION_LATE' });
    expect(error.message).toMatch(/hors délai : elle devait partir au plus tard le \d{2}\/\d{2}\/\d{4}/);
    expect(await progressOf(app.client, admin.token, organisationId, meeting.id)).toMatchObject({ total: 0 });

    const sending = await sendConvocations(app.client, admin.token, organisationId, meeting.id, { reason: 'Report décidé par le conseil du 3 mars' });
    expect(sending).toMatchObject({ inTime: false, overrideReason: 'Report décidé par le conseil du 3 mars', accountId: admin.id, created: 1 });
    expect(sending.explanation).toContain('Report décidé par le conseil du 3 mars');
    await app.mailbox.lastTo(member.email);
    const { convocationSendings } = await app.client.ok<{ convocationSendings: { overrideReason: string; accountId: string; sentAt: string }[] }>(
      `query S($organisationId: UUID!, $meetingId: UUID!) { convocationSendings(organisationId: $organisationId, meetingId: $meetingId) { overrideReason accountId sentAt } }`,
      { organisationId, meetingId: meeting.id },
      { token: admin.token },
    );
    expect(convocationSendings).toEqual([{ overrideReason: 'Report décidé par le conseil du 3 mars', accountId: admin.id, sentAt: expect.any(String) }]);
  });

  it('is for secretaries of the organisation only', async () => {
    const { admin, organisationId } = await adminWithOrganisation(app);
    const meeting = await assemblyWithAgenda(app.client, admin.token, organisationId);
    const member = await joinWithRole(app, admin.token, organisationId, 'member');
    const forbidden = await app.client.error(SEND_CONVOCATIONS, { organisationId, meetingId: meeting.id }, { token: member.token });
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    const progressForbidden = await app.client.error(
      `query P($organisationId: UUID!, $meetingId: UUID!) { convocationProgress(organisationId: $organisationId, meetingId: $meetingId) { total } }`,
      { organisationId, meetingId: meeting.id },
      { token: member.token },
    );
    expect(progressForbidden.extensions?.code).toBe('FORBIDDEN');

    // Another organisation's secretary does not see this meeting, even naming it with their own organisation.
    const other = await adminWithOrganisation(app);
    const foreign = await app.client.error(SEND_CONVOCATIONS, { organisationId, meetingId: meeting.id }, { token: other.admin.token });
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
    const crossed = await app.client.error(SEND_CONVOCATIONS, { organisationId: other.organisationId, meetingId: meeting.id }, { token: other.admin.token });
    expect(crossed.extensions?.code).toBe('NOT_FOUND');
    const crossedList = await app.client.error(CONVOCATIONS, { organisationId: other.organisationId, meetingId: meeting.id }, { token: other.admin.token });
    expect(crossedList.extensions?.code).toBe('NOT_FOUND');
  });
});
