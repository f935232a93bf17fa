import { DataSource } from 'typeorm';
import { addMember, adminWithOrganisation, joinWithRole, linkToken, mailCausedBy, registerAccount, startTestApp, uniqueEmail, type TestApp } from './support';

const INVITE = `mutation Invite($organisationId: UUID!, $input: InviteInput!) {
  invite(organisationId: $organisationId, input: $input) { id email role expiresAt } }`;
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token account { id email displayName } } }`;
const PREVIEW = `query Preview($token: String!) { invitation(token: $token) { organisationName email role accountExists } }`;
const MY_ORGANISATIONS = `query { myOrganisations { id name myRole } }`;
const ACCESS = `query Access($organisationId: UUID!) { organisationAccess(organisationId: $organisationId) { role account { id email } } }`;

/** Invites as an admin, and reads the invitation mail: its token is in the link, nowhere else. */
async function sendInvitation(api: TestApp, variables: { organisationId: string; input: Record<string, unknown> }, adminToken: string) {
  const email = String(variables.input.email);
  let invitation: { id: string; email: string; role: string; expiresAt: string } | undefined;
  const mail = await mailCausedBy(api.mailbox, email, async () => {
    invitation = (await api.client.ok(INVITE, variables, { token: adminToken })).invite;
  });
  return { invite: { invitation: invitation!, token: linkToken(mail, '/invitation') }, mail };
}

describe('invitations and roles', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('an admin invites a member by e-mail; the person sets a password on first visit and joins with that role, linked to their member record', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const member = await addMember(api.client, admin.token, organisationId, { name: 'Léa Roux' });
    const email = uniqueEmail('lea');
    const { invite } = await sendInvitation(api, { organisationId, input: { email, role: 'member', memberId: member.id } }, admin.token);

    const { invitation } = await api.client.ok(PREVIEW, { token: invite.token });
    expect(invitation).toMatchObject({ email, role: 'member', accountExists: false });

    const { acceptInvitation } = await api.client.ok(ACCEPT, { input: { token: invite.token, password: 'mon mot de passe secret', displayName: 'Léa Roux' } });
    const { myOrganisations } = await api.client.ok(MY_ORGANISATIONS, {}, { token: acceptInvitation.token });
    expect(myOrganisations).toEqual([expect.objectContaining({ id: organisationId, myRole: 'member' })]);
    const { member: linked } = await api.client.ok(
      `query M($organisationId: UUID!, $memberId: UUID!) { member(organisationId: $organisationId, memberId: $memberId) { hasAccount } }`,
      { organisationId, memberId: member.id },
      { token: admin.token },
    );
    expect(linked.hasAccount).toBe(true);

    // The link works once.
    const again = await api.client.error(ACCEPT, { input: { token: invite.token, password: 'another password!', displayName: 'X' } });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_UNUSABLE' });
  });

  it('a person who already has an account accepts while logged in, and belongs to both organisations', async () => {
    const first = await adminWithOrganisation(api);
    const second = await adminWithOrganisation(api);
    const { invite } = await sendInvitation(
      api,
      { organisationId: second.organisationId, input: { email: first.admin.email, role: 'observer' } },
      second.admin.token,
    );
    const anonymous = await api.client.error(ACCEPT, { input: { token: invite.token } });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
    await api.client.ok(ACCEPT, { input: { token: invite.token } }, { token: first.admin.token });
    const { myOrganisations } = await api.client.ok(MY_ORGANISATIONS, {}, { token: first.admin.token });
    expect(myOrganisations.map((o: { myRole: string }) => o.myRole).sort()).toEqual(['admin', 'observer']);
  });

  it('a revoked or unknown invitation cannot be used, and a weak password creates no account', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const email = uniqueEmail();
    const { invite } = await sendInvitation(api, { organisationId, input: { email, role: 'member' } }, admin.token);
    const weak = await api.client.error(ACCEPT, { input: { token: invite.token, password: 'short', displayName: 'X' } });
    expect(weak.extensions?.reason).toBe('WEAK_PASSWORD');
    const [{ count }] = await api.app.get(DataSource).query('SELECT count(*)::int AS count FROM accounts WHERE email = $1', [email]);
    expect(count).toBe(0);

    await api.client.ok(
      `mutation R($organisationId: UUID!, $invitationId: UUID!) { revokeInvitation(organisationId: $organisationId, invitationId: $invitationId) { revokedAt } }`,
      { organisationId, invitationId: invite.invitation.id },
      { token: admin.token },
    );
    expect((await api.client.error(PREVIEW, { token: invite.token })).extensions?.reason).toBe('INVITATION_UNUSABLE');
    expect((await api.client.error(PREVIEW, { token: 'made-up-token' })).extensions?.reason).toBe('INVITATION_UNUSABLE');
  });

  it('only admins invite and manage access; roles below are refused, other organisations do not exist', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const secretary = await joinWithRole(api, admin.token, organisationId, 'secretary');
    const outsider = await adminWithOrganisation(api);

    const forbidden = await api.client.error(INVITE, { organisationId, input: { email: uniqueEmail(), role: 'admin' } }, { token: secretary.token });
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    const foreign = await api.client.error(INVITE, { organisationId, input: { email: uniqueEmail(), role: 'admin' } }, { token: outsider.admin.token });
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
    expect((await api.client.error(ACCESS, { organisationId }, { token: outsider.admin.token })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (
        await api.client.error(
          `query P($organisationId: UUID!) { pendingInvitations(organisationId: $organisationId) { nodes { id } } }`,
          { organisationId },
          { token: outsider.admin.token },
        )
      ).extensions?.code,
    ).toBe('NOT_FOUND');

    // Revoking another organisation's invitation through one's own organisation: not found.
    const { invite } = await sendInvitation(api, { organisationId, input: { email: uniqueEmail(), role: 'member' } }, admin.token);
    const crossRevoke = await api.client.error(
      `mutation R($organisationId: UUID!, $invitationId: UUID!) { revokeInvitation(organisationId: $organisationId, invitationId: $invitationId) { id } }`,
      { organisationId: outsider.organisationId, invitationId: invite.invitation.id },
      { token: outsider.admin.token },
    );
    expect(crossRevoke.extensions?.code).toBe('NOT_FOUND');
    expect((await api.client.ok(PREVIEW, { token: invite.token })).invitation.email).toBeTruthy();
  });

  it("another organisation's admin can neither change nor remove an account's access, through either organisation", async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const member = await joinWithRole(api, admin.token, organisationId, 'member');
    const outsider = await adminWithOrganisation(api);
    const CHANGE = `mutation C($organisationId: UUID!, $accountId: UUID!) { changeAccountRole(organisationId: $organisationId, accountId: $accountId, role: admin) { role } }`;
    const REMOVE = `mutation R($organisationId: UUID!, $accountId: UUID!) { removeAccountAccess(organisationId: $organisationId, accountId: $accountId) }`;
    for (const target of [organisationId, outsider.organisationId]) {
      for (const operation of [CHANGE, REMOVE]) {
        const error = await api.client.error(operation, { organisationId: target, accountId: member.id }, { token: outsider.admin.token });
        expect(error.extensions?.code).toBe('NOT_FOUND');
      }
    }
    const { organisationAccess } = await api.client.ok(ACCESS, { organisationId }, { token: admin.token });
    expect(organisationAccess.find((a: { account: { id: string } }) => a.account.id === member.id).role).toBe('member');
  });

  it('an admin changes roles and removes access, but the last admin stays', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const member = await joinWithRole(api, admin.token, organisationId, 'member');
    const CHANGE = `mutation C($organisationId: UUID!, $accountId: UUID!, $role: OrganisationRole!) { changeAccountRole(organisationId: $organisationId, accountId: $accountId, role: $role) { role } }`;
    expect((await api.client.ok(CHANGE, { organisationId, accountId: member.id, role: 'secretary' }, { token: admin.token })).changeAccountRole.role).toBe(
      'secretary',
    );

    const lastAdmin = await api.client.error(CHANGE, { organisationId, accountId: admin.id, role: 'member' }, { token: admin.token });
    expect(lastAdmin.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });

    const outsider = await registerAccount(api);
    const notInOrganisation = await api.client.error(CHANGE, { organisationId, accountId: outsider.id, role: 'admin' }, { token: admin.token });
    expect(notInOrganisation.extensions?.code).toBe('NOT_FOUND');

    await api.client.ok(
      `mutation R($organisationId: UUID!, $accountId: UUID!) { removeAccountAccess(organisationId: $organisationId, accountId: $accountId) }`,
      { organisationId, accountId: member.id },
      { token: admin.token },
    );
    const { organisationAccess } = await api.client.ok(ACCESS, { organisationId }, { token: admin.token });
    expect(organisationAccess).toEqual([{ role: 'admin', account: { id: admin.id, email: admin.email.toLowerCase() } }]);
    expect(
      (
        await api.client.error(
          `query O($organisationId: UUID!) { organisation(organisationId: $organisationId) { id } }`,
          { organisationId },
          { token: member.token },
        )
      ).extensions?.code,
    ).toBe('NOT_FOUND');
  });
});

describe('invitation mails', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ PUBLIC_URL: 'https://collegial.example.org' });
  });
  afterAll(() => api.close());

  it('the invitation is e-mailed to the invited address, in French, with its link built from PUBLIC_URL; the inviter never sees the token', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const { organisation } = await api.client.ok(
      `query O($organisationId: UUID!) { organisation(organisationId: $organisationId) { name } }`,
      { organisationId },
      { token: admin.token },
    );
    const email = uniqueEmail('Lea');
    const { invite, mail } = await sendInvitation(api, { organisationId, input: { email, role: 'secretary' } }, admin.token);
    expect(mail.to).toEqual([email.toLowerCase()]);
    expect(mail.headers.get('content-language')).toBe('fr');
    expect(mail.subject).toBe(`Invitation à rejoindre ${organisation.name} sur Collegial`);
    expect(mail.text).toContain(`Camille Martin vous invite à rejoindre ${organisation.name} sur Collegial, en tant que secrétaire.`);
    expect(mail.text).toContain('choisir votre mot de passe');
    expect(mail.text).toContain(`https://collegial.example.org/invitation#${invite.token}`);
    expect(mail.html).toContain(`href="https://collegial.example.org/invitation#${invite.token}"`);
    expect(mail.text).toMatch(/valable jusqu’au \d{1,2} \S+ 20\d\d/);

    const asked = await api.client.request(
      `mutation I($organisationId: UUID!, $input: InviteInput!) { invite(organisationId: $organisationId, input: $input) { token } }`,
      { organisationId, input: { email: uniqueEmail(), role: 'member' } },
      { token: admin.token },
    );
    expect(asked.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await api.client.ok(PREVIEW, { token: invite.token })).invitation).toMatchObject({
      email: email.toLowerCase(),
      role: 'secretary',
      accountExists: false,
    });
  });

  it('an invitation to an address whose account speaks English is mailed in English, and says to log in first', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const invitee = await registerAccount(api, { displayName: 'Sam Taylor' });
    await api.app.get(DataSource).query(`UPDATE accounts SET locale = 'en' WHERE id = $1`, [invitee.id]);
    const { invite, mail } = await sendInvitation(api, { organisationId, input: { email: invitee.email, role: 'observer' } }, admin.token);
    expect(mail.headers.get('content-language')).toBe('en');
    expect(mail.subject).toMatch(/^Invitation to join .+ on Collegial$/);
    expect(mail.text).toContain('Hello Sam Taylor,');
    expect(mail.text).toContain('as an observer');
    expect(mail.text).toContain('Log in with your usual account');
    expect(mail.html).toContain('<html lang="en">');
    await api.client.ok(ACCEPT, { input: { token: invite.token } }, { token: invitee.token });
  });
});

describe('an invitation whose mail cannot be sent', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('fails with a generic error and leaves no invitation behind', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    await api.mailbox.close();
    const response = await api.client.request(INVITE, { organisationId, input: { email: uniqueEmail(), role: 'member' } }, { token: admin.token });
    expect(response.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const { pendingInvitations } = await api.client.ok(
      `query P($organisationId: UUID!) { pendingInvitations(organisationId: $organisationId) { totalCount nodes { id } } }`,
      { organisationId },
      { token: admin.token },
    );
    expect(pendingInvitations).toEqual({ totalCount: 0, nodes: [] });
  });
});
