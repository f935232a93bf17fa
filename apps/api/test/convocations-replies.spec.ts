import { Client } from 'pg';
import { adminWithOrganisation, startTestApp, workerDatabaseUrl, type TestApp } from './support';
import { addMember } from './support/builders';
import { pdfWithText } from './support/document-files';
import { download, uploadDocument } from './support/documents';
import { assemblyWithAgenda, consentingMembers, personalToken, progressUntil, sendConvocations } from './support/convocations';

const PERSONAL_FIELDS = `meetingId title organisationName status startsAt endsAt timeZone place remoteLink
  agenda { number depth title } documents { id title downloadPath } memberId memberName reply canReply canSignIn
  proxyGiven { id holderMemberId holderName } proxiesHeld { id principalMemberId principalName } proxyCandidates { memberId name }`;
const PERSONAL = `query Personal($link: String!) { personalMeeting(link: $link) { ${PERSONAL_FIELDS} } }`;
const REPLY = `mutation Reply($link: String!, $input: ConvocationReplyInput!) { replyToConvocation(link: $link, input: $input) { ${PERSONAL_FIELDS} } }`;
const DECLINE = `mutation Decline($link: String!, $proxyId: UUID!) { declineProxy(link: $link, proxyId: $proxyId) { ${PERSONAL_FIELDS} } }`;
const SIGN_IN = `mutation SignIn($link: String!, $mode: SignInMode!) { signInToMeeting(link: $link, mode: $mode) { canSignIn } }`;
const REPLIES = `query Replies($organisationId: UUID!, $meetingId: UUID!) { meetingReplies(organisationId: $organisationId, meetingId: $meetingId) {
  convened attendingInPerson attendingRemotely absent proxy blankProxy noReply proxies { principalName holderName holderMemberId } } }`;

interface Personal {
  meetingId: string;
  title: string;
  memberId: string;
  memberName: string;
  reply: string | null;
  canReply: boolean;
  agenda: { number: string; title: string }[];
  documents: { id: string; title: string; downloadPath: string }[];
  proxyGiven: { id: string; holderMemberId: string | null } | null;
  proxiesHeld: { id: string; principalMemberId: string }[];
  proxyCandidates: { memberId: string; name: string }[];
}

describe('replies through the personal link', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  /** An assembly convened to `count` members by e-mail, and each member's personal link from their mail. */
  async function convened(count: number, options: { inDays?: number; document?: string } = {}) {
    const { admin, organisationId } = await adminWithOrganisation(app);
    const members = await consentingMembers(app.client, admin.token, organisationId, count);
    const meeting = await assemblyWithAgenda(app.client, admin.token, organisationId, { title: 'Assemblée générale 2026', inDays: options.inDays });
    if (options.document) {
      const uploaded = await uploadDocument(app.url, {
        token: admin.token,
        fields: { organisationId, kind: 'report', title: options.document, target: 'meeting', meetingId: meeting.id },
        file: { name: 'rapport.pdf', bytes: pdfWithText([options.document]) },
      });
      expect(uploaded.status).toBe(201);
    }
    await sendConvocations(app.client, admin.token, organisationId, meeting.id);
    await progressUntil(app.client, admin.token, organisationId, meeting.id, (p) => p.sent === count);
    const links = await Promise.all(members.map(async (m) => personalToken(await app.mailbox.lastTo(m.email))));
    return { admin, organisationId, meeting, members, links };
  }

  const personal = async (link: string) => (await app.client.ok<{ personalMeeting: Personal }>(PERSONAL, { link })).personalMeeting;
  const reply = (link: string, input: { answer: string; holderMemberId?: string }) =>
    app.client.request<{ replyToConvocation: Personal }>(REPLY, { link, input });

  it('opens the meeting from the link in the mail, without an account, and takes a reply that can change', async () => {
    const { admin, organisationId, meeting, members, links } = await convened(2, { document: 'Rapport moral 2025' });
    const mail = await app.mailbox.lastTo(members[0].email);
    expect(mail.text).toContain('- Rapport moral 2025');
    const page = await personal(links[0]);
    expect(page.documents).toEqual([
      { id: expect.any(String), title: 'Rapport moral 2025', downloadPath: expect.stringMatching(/^\/api\/documents\/.+\/download$/) },
    ]);
    const downloaded = await download(app.url, `${page.documents[0].downloadPath}?link=${links[0]}`);
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-type')).toBe('application/pdf');
    expect((await download(app.url, `${page.documents[0].downloadPath}?link=${'B'.repeat(43)}`)).status).toBe(404);
    expect(page).toMatchObject({
      meetingId: meeting.id,
      title: 'Assemblée générale 2026',
      memberId: members[0].id,
      memberName: members[0].name,
      reply: null,
      canReply: true,
      agenda: [
        { number: '1', title: 'Rapport moral' },
        { number: '2', title: 'Approbation des comptes annuels 2025' },
      ],
    });
    expect(page.proxyCandidates.map((c) => c.memberId)).toEqual([members[1].id]);

    expect((await reply(links[0], { answer: 'attendingRemotely' })).data?.replyToConvocation.reply).toBe('attendingRemotely');
    expect((await reply(links[0], { answer: 'absent' })).data?.replyToConvocation.reply).toBe('absent');
    expect((await reply(links[1], { answer: 'attendingInPerson' })).data?.replyToConvocation.reply).toBe('attendingInPerson');
    const { meetingReplies } = await app.client.ok<{ meetingReplies: Record<string, unknown> }>(
      REPLIES,
      { organisationId, meetingId: meeting.id },
      { token: admin.token },
    );
    expect(meetingReplies).toMatchObject({ convened: 2, attendingInPerson: 1, attendingRemotely: 0, absent: 1, noReply: 0, proxies: [] });
  });

  it('gives a proxy: the holder is told by e-mail with their own link and may decline it', async () => {
    const { admin, organisationId, meeting, members, links } = await convened(3);
    const [principal, holder] = members;
    const before = app.mailbox.to(holder.email).length;
    const given = await reply(links[0], { answer: 'proxy', holderMemberId: holder.id });
    expect(given.errors).toBeUndefined();
    expect(given.data?.replyToConvocation).toMatchObject({ reply: 'proxy', proxyGiven: { holderMemberId: holder.id } });

    const notice = await app.mailbox.nthTo(holder.email, before + 1);
    expect(notice.subject).toBe('Pouvoir reçu : Assemblée générale 2026');
    expect(notice.text).toContain(`${principal.name} vous a donné pouvoir`);
    const holderLink = personalToken(notice);
    const holderPage = await personal(holderLink);
    expect(holderPage.proxiesHeld).toEqual([expect.objectContaining({ principalMemberId: principal.id })]);

    const replies = await app.client.ok<{ meetingReplies: { proxy: number; proxies: { principalName: string; holderName: string }[] } }>(
      REPLIES,
      { organisationId, meetingId: meeting.id },
      { token: admin.token },
    );
    expect(replies.meetingReplies).toMatchObject({ proxy: 1, proxies: [{ principalName: principal.name, holderName: holder.name }] });

    const declined = await app.client.ok<{ declineProxy: Personal }>(DECLINE, { link: holderLink, proxyId: holderPage.proxiesHeld[0].id });
    expect(declined.declineProxy.proxiesHeld).toEqual([]);
    expect(await personal(links[0])).toMatchObject({ reply: null, proxyGiven: null });

    // A blank proxy goes to the chair: no holder to tell.
    expect((await reply(links[0], { answer: 'blankProxy' })).data?.replyToConvocation).toMatchObject({
      reply: 'blankProxy',
      proxyGiven: { holderMemberId: null },
    });
  });

  it('refuses a proxy over the cap, to a non-member or in a chain: a typed error, nothing stored or sent', async () => {
    const { admin, organisationId, meeting, members, links } = await convened(6);
    const holder = members[5];
    // The association's cap is two proxies per holder.
    for (const i of [0, 1]) expect((await reply(links[i], { answer: 'proxy', holderMemberId: holder.id })).errors).toBeUndefined();
    await app.mailbox.nthTo(holder.email, 3);
    const mailsToHolder = app.mailbox.to(holder.email).length;

    const overCap = await reply(links[2], { answer: 'proxy', holderMemberId: holder.id });
    expect(overCap.errors?.[0].extensions).toMatchObject({ reason: 'PROXY_REFUSED' });
    expect(overCap.errors?.[0].message).toMatch(/2/);

    const stranger = await adminWithOrganisation(app);
    const outsider = await addMember(app.client, stranger.admin.token, stranger.organisationId, { name: 'Hors Organisation' });
    const toOutsider = await reply(links[2], { answer: 'proxy', holderMemberId: outsider.id });
    expect(toOutsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // members[3] gave a proxy to members[4]: members[4] cannot hold... members[2] -> members[3] is a chain.
    expect((await reply(links[3], { answer: 'proxy', holderMemberId: members[4].id })).errors).toBeUndefined();
    const chain = await reply(links[2], { answer: 'proxy', holderMemberId: members[3].id });
    expect(chain.errors?.[0].extensions).toMatchObject({ reason: 'PROXY_REFUSED' });

    expect(await personal(links[2])).toMatchObject({ reply: null, proxyGiven: null });
    const { meetingReplies } = await app.client.ok<{ meetingReplies: { proxy: number; proxies: unknown[] } }>(
      REPLIES,
      { organisationId, meetingId: meeting.id },
      { token: admin.token },
    );
    expect(meetingReplies.proxy).toBe(3);
    expect(meetingReplies.proxies).toHaveLength(3);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(app.mailbox.to(holder.email)).toHaveLength(mailsToHolder);
    expect(app.mailbox.to(members[3].email)).toHaveLength(1);
  });

  it('refuses a forged, revoked-by-expiry or malformed link, and a link reaches nothing else', async () => {
    const { meeting, links } = await convened(1);
    const forged = await app.client.error(PERSONAL, { link: 'A'.repeat(43) });
    expect(forged.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSONAL_LINK_UNUSABLE' });
    const malformed = await app.client.error(PERSONAL, { link: 'not a token' });
    expect(malformed.extensions?.reason).toBe('PERSONAL_LINK_UNUSABLE');

    // Not a session: the token opens no other operation.
    const asSession = await app.client.error(`query { myOrganisations { id } }`, {}, { token: links[0] });
    expect(asSession.extensions?.code).toBe('UNAUTHENTICATED');
    // The meeting's .ics with the link; another meeting's, not.
    const own = await fetch(`${app.url}/api/meetings/${meeting.id}/calendar.ics`, { headers: { 'X-Personal-Link': links[0] } });
    expect(own.status).toBe(200);
    const other = await fetch(`${app.url}/api/meetings/00000000-0000-4000-8000-000000000000/calendar.ics`, { headers: { 'X-Personal-Link': links[0] } });
    expect(other.status).toBe(404);

    // After the meeting (and its margin), the link expires.
    const client = new Client({ connectionString: await workerDatabaseUrl() });
    await client.connect();
    try {
      await client.query(`UPDATE personal_links SET expires_at = now() - interval '1 minute' WHERE meeting_id = $1`, [meeting.id]);
    } finally {
      await client.end();
    }
    const expired = await app.client.error(PERSONAL, { link: links[0] });
    expect(expired.extensions?.reason).toBe('PERSONAL_LINK_UNUSABLE');
    expect(expired.message).toContain('a expiré');
    const expiredReply = await reply(links[0], { answer: 'absent' });
    expect(expiredReply.errors?.[0].extensions?.reason).toBe('PERSONAL_LINK_UNUSABLE');
  });

  it('closes replies once the meeting opens, and lets the member sign in then', async () => {
    const { admin, organisationId, meeting, links } = await convened(1);
    const early = await app.client.error(SIGN_IN, { link: links[0], mode: 'remote' });
    expect(early.extensions?.reason).toBe('REPLIES_CLOSED');
    await app.client.ok(
      `mutation Open($organisationId: UUID!, $meetingId: UUID!) { openMeeting(organisationId: $organisationId, meetingId: $meetingId) { id } }`,
      { organisationId, meetingId: meeting.id },
      { token: admin.token },
    );
    const late = await reply(links[0], { answer: 'attendingInPerson' });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'REPLIES_CLOSED' });
    expect(await personal(links[0])).toMatchObject({ reply: null, canReply: false });
    const signed = await app.client.ok<{ signInToMeeting: { canSignIn: boolean } }>(SIGN_IN, { link: links[0], mode: 'remote' });
    expect(signed.signInToMeeting.canSignIn).toBe(true);
  });

  it('keeps the replies summary for secretaries of the organisation', async () => {
    const { organisationId, meeting } = await convened(1);
    const other = await adminWithOrganisation(app);
    const crossed = await app.client.error(REPLIES, { organisationId: other.organisationId, meetingId: meeting.id }, { token: other.admin.token });
    expect(crossed.extensions?.code).toBe('NOT_FOUND');
    const foreign = await app.client.error(REPLIES, { organisationId, meetingId: meeting.id }, { token: other.admin.token });
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
  });
});
