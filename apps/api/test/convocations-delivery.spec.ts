import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { adminWithOrganisation, startTestApp, workerDatabaseUrl, type TestApp } from './support';
import { assemblyWithAgenda, consentingMembers, CONVOCATIONS, icsProperties, progressUntil, sendConvocations } from './support/convocations';

jest.setTimeout(120_000);

interface Listed {
  memberId: string;
  status: string;
  failureReason: string | null;
  attempts: number;
}

describe('convocation delivery through the durable queue', () => {
  it('shows a refused recipient as failed with the reason, and retries it until it is delivered', async () => {
    const app = await startTestApp();
    try {
      const { admin, organisationId } = await adminWithOrganisation(app);
      const [refused, accepted] = await consentingMembers(app.client, admin.token, organisationId, 2);
      // The server refuses the first attempt only: the automatic retry (after ~5 s) goes through.
      app.mailbox.refuse(refused.email, 1, 'Mailbox full, try later');
      const meeting = await assemblyWithAgenda(app.client, admin.token, organisationId);
      await sendConvocations(app.client, admin.token, organisationId, meeting.id);

      const failed = await progressUntil(app.client, admin.token, organisationId, meeting.id, (p) => p.failed === 1 && p.sent === 1);
      expect(failed).toEqual({ total: 2, queued: 0, sent: 1, failed: 1, byPost: 0 });
      const { convocations } = await app.client.ok<{ convocations: { nodes: Listed[] } }>(
        CONVOCATIONS,
        { organisationId, meetingId: meeting.id, status: 'failed' },
        { token: admin.token },
      );
      expect(convocations.nodes).toEqual([expect.objectContaining({ memberId: refused.id, status: 'failed', attempts: 1 })]);
      expect(convocations.nodes[0].failureReason).toContain('Mailbox full, try later');
      expect(app.mailbox.to(accepted.email)).toHaveLength(1);

      await progressUntil(app.client, admin.token, organisationId, meeting.id, (p) => p.sent === 2, 30_000);
      const delivered = await app.client.ok<{ convocations: { nodes: Listed[] } }>(
        CONVOCATIONS,
        { organisationId, meetingId: meeting.id },
        { token: admin.token },
      );
      expect(delivered.convocations.nodes.find((c) => c.memberId === refused.id)).toMatchObject({ status: 'sent', failureReason: null, attempts: 2 });
      expect(app.mailbox.to(refused.email)).toHaveLength(1);

      // A recipient refused for good stays failed; the secretary may queue it again.
      const [lost] = await consentingMembers(app.client, admin.token, organisationId, 1, 'perdu');
      app.mailbox.refuse(lost.email, 1);
      const second = await assemblyWithAgenda(app.client, admin.token, organisationId);
      await sendConvocations(app.client, admin.token, organisationId, second.id);
      await progressUntil(app.client, admin.token, organisationId, second.id, (p) => p.failed === 1);
      const { retryFailedConvocations } = await app.client.ok<{ retryFailedConvocations: number }>(
        `mutation R($organisationId: UUID!, $meetingId: UUID!) { retryFailedConvocations(organisationId: $organisationId, meetingId: $meetingId) }`,
        { organisationId, meetingId: second.id },
        { token: admin.token },
      );
      expect(retryFailedConvocations).toBe(1);
      await progressUntil(app.client, admin.token, organisationId, second.id, (p) => p.failed === 0 && p.queued === 0);
      await new Promise((resolve) => setTimeout(resolve, 6000));
      // Delivered once, whether by the manual retry or the automatic one: never twice.
      expect(app.mailbox.to(lost.email)).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  it('sends nothing twice when the app stops while the queue runs and another starts on the same database', async () => {
    // The same session secret: the secretary's session outlives the restart, as in production.
    const secret = { SESSION_SECRET: randomBytes(32).toString('hex') };
    const first = await startTestApp(secret);
    const { admin, organisationId } = await adminWithOrganisation(first);
    const members = await consentingMembers(first.client, admin.token, organisationId, 60);
    const meeting = await assemblyWithAgenda(first.client, admin.token, organisationId);
    await sendConvocations(first.client, admin.token, organisationId, meeting.id);
    await first.mailbox.waitFor(() => first.mailbox.messages.filter((m) => m.subject.startsWith('Convocation')).length >= 5, 20_000);
    await first.close();
    const sentBefore = await sentCount(meeting.id);
    expect(sentBefore).toBeGreaterThanOrEqual(5);
    expect(sentBefore).toBeLessThan(60);

    const second = await startTestApp(secret);
    try {
      await progressUntil(second.client, admin.token, organisationId, meeting.id, (p) => p.sent === 60, 60_000);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      for (const member of members) {
        const received = [...first.mailbox.to(member.email), ...second.mailbox.to(member.email)];
        expect(received).toHaveLength(1);
        const ics = received[0].raw.includes('text/calendar');
        expect(ics).toBe(true);
      }
      expect(first.mailbox.messages.length).toBeGreaterThanOrEqual(5);
      expect(second.mailbox.messages.length).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });
});

/** Convocations of the meeting recorded as sent, read from the database while no app runs. */
async function sentCount(meetingId: string): Promise<number> {
  const client = new Client({ connectionString: await workerDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM convocations WHERE meeting_id = $1 AND status = 'sent'`, [
      meetingId,
    ]);
    return rows[0].count;
  } finally {
    await client.end();
  }
}

describe('calendar', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const FEED = `mutation { calendarFeed }`;

  it('gives each account a private feed of its meetings across organisations, regenerable, and exports one meeting', async () => {
    const first = await adminWithOrganisation(app);
    const meeting = await assemblyWithAgenda(app.client, first.admin.token, first.organisationId, { title: 'AG des Jardins' });
    await consentingMembers(app.client, first.admin.token, first.organisationId, 1);
    await sendConvocations(app.client, first.admin.token, first.organisationId, meeting.id);

    const { calendarFeed } = await app.client.ok<{ calendarFeed: string }>(FEED, {}, { token: first.admin.token });
    const path = new URL(calendarFeed).pathname;
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const response = await fetch(`${app.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const feed = icsProperties(await response.text());
    expect(feed.get('METHOD')).toEqual(['PUBLISH']);
    expect(feed.get('UID')!.some((uid) => uid.includes(meeting.id))).toBe(true);
    expect(feed.get('SUMMARY')!.some((s) => s.startsWith('AG des Jardins'))).toBe(true);

    // Another account's feed does not list this organisation's meetings.
    const other = await adminWithOrganisation(app);
    const otherFeed = await app.client.ok<{ calendarFeed: string }>(FEED, {}, { token: other.admin.token });
    const otherText = await (await fetch(`${app.url}${new URL(otherFeed.calendarFeed).pathname}`)).text();
    expect(otherText).not.toContain(meeting.id);

    // Regenerated: the old address stops working.
    await app.client.ok(FEED, {}, { token: first.admin.token });
    expect((await fetch(`${app.url}${path}`)).status).toBe(404);
    expect((await fetch(`${app.url}/calendar/forged.ics`)).status).toBe(404);
    expect((await app.client.error(FEED)).extensions?.code).toBe('UNAUTHENTICATED');

    // One meeting's export: with a session in its organisation; not from another organisation, not anonymously.
    const exportPath = `${app.url}/api/meetings/${meeting.id}/calendar.ics`;
    const exported = await fetch(exportPath, { headers: { authorization: `Bearer ${first.admin.token}` } });
    expect(exported.status).toBe(200);
    const single = icsProperties(await exported.text());
    expect(single.get('UID')).toEqual([expect.stringContaining(meeting.id)]);
    expect(single.get('DTSTART')).toEqual([meeting.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')]);
    expect((await fetch(exportPath, { headers: { authorization: `Bearer ${other.admin.token}` } })).status).toBe(404);
    expect((await fetch(exportPath)).status).toBe(401);
  });
});
