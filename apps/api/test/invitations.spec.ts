import { DataSource } from 'typeorm';
import { addMember, adminWithOrganisation, joinWithRole, registerAccount, startTestApp, uniqueEmail, type TestApp } from './support';

const INVITE = `mutation Invite($organisationId: UUID!, $input: InviteInput!) {
  invite(organisationId: $organisationId, input: $input) { token acceptUrl invitation { id email role expiresAt } } }`;
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token account { id email displayName } } }`;
const PREVIEW = `query Preview($token: String!) { invitation(token: $token) { organisationName email role accountExists } }`;
const MY_ORGANISATIONS = `query { myOrganisations { id name myRole } }`;
const ACCESS = `query Access($organisationId: UUID!) { organisationAccess(organisationId: $organisationId) { role account { id email } } }`;

describe('invitations and roles', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('an admin invites a member by e-mail; the person sets a password on first visit and joins with that role, linked to their member record', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api.client);
    const member = await addMember(api.client, admin.token, organisationId, { name: 'Léa Roux' });
    const email = uniqueEmail('lea');
    const { invite } = await api.client.ok(INVITE, { organisationId, input: { email, role: 'member', memberId: member.id } }, { token: admin.token });
    expect(invite.acceptUrl).toContain(invite.token);

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
    const first = await adminWithOrganisation(api.client);
    const second = await adminWithOrganisation(api.client);
    const { invite } = await api.client.ok(INVITE, { organisationId: second.organisationId, input: { email: first.admin.email, role: 'observer' } }, { token: second.admin.token });
    const anonymous = await api.client.error(ACCEPT, { input: { token: invite.token } });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
    await api.client.ok(ACCEPT, { input: { token: invite.token } }, { token: first.admin.token });
    const { myOrganisations } = await api.client.ok(MY_ORGANISATIONS, {}, { token: first.admin.token });
    expect(myOrganisations.map((o: { myRole: string }) => o.myRole).sort()).toEqual(['admin', 'observer']);
  });

  it('a revoked or unknown invitation cannot be used, and a weak password creates no account', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api.client);
    const email = uniqueEmail();
    const { invite } = await api.client.ok(INVITE, { organisationId, input: { email, role: 'member' } }, { token: admin.token });
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
    const { admin, organisationId } = await adminWithOrganisation(api.client);
    const secretary = await joinWithRole(api.client, admin.token, organisationId, 'secretary');
    const outsider = await adminWithOrganisation(api.client);

    const forbidden = await api.client.error(INVITE, { organisationId, input: { email: uniqueEmail(), role: 'admin' } }, { token: secretary.token });
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    const foreign = await api.client.error(INVITE, { organisationId, input: { email: uniqueEmail(), role: 'admin' } }, { token: outsider.admin.token });
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
    expect((await api.client.error(ACCESS, { organisationId }, { token: outsider.admin.token })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (await api.client.error(`query P($organisationId: UUID!) { pendingInvitations(organisationId: $organisationId) { id } }`, { organisationId }, { token: outsider.admin.token }))
        .extensions?.code,
    ).toBe('NOT_FOUND');

    // Revoking another organisation's invitation through one's own organisation: not found.
    const { invite } = await api.client.ok(INVITE, { organisationId, input: { email: uniqueEmail(), role: 'member' } }, { token: admin.token });
    const crossRevoke = await api.client.error(
      `mutation R($organisationId: UUID!, $invitationId: UUID!) { revokeInvitation(organisationId: $organisationId, invitationId: $invitationId) { id } }`,
      { organisationId: outsider.organisationId, invitationId: invite.invitation.id },
      { token: outsider.admin.token },
    );
    expect(crossRevoke.extensions?.code).toBe('NOT_FOUND');
    expect((await api.client.ok(PREVIEW, { token: invite.token })).invitation.email).toBeTruthy();
  });

  it("another organisation's admin can neither change nor remove an account's access, through either organisation", async () => {
    const { admin, organisationId } = await adminWithOrganisation(api.client);
    const member = await joinWithRole(api.client, admin.token, organisationId, 'member');
    const outsider = await adminWithOrganisation(api.client);
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
    const { admin, organisationId } = await adminWithOrganisation(api.client);
    const member = await joinWithRole(api.client, admin.token, organisationId, 'member');
    const CHANGE = `mutation C($organisationId: UUID!, $accountId: UUID!, $role: OrganisationRole!) { changeAccountRole(organisationId: $organisationId, accountId: $accountId, role: $role) { role } }`;
    expect((await api.client.ok(CHANGE, { organisationId, accountId: member.id, role: 'secretary' }, { token: admin.token })).changeAccountRole.role).toBe('secretary');

    const lastAdmin = await api.client.error(CHANGE, { organisationId, accountId: admin.id, role: 'member' }, { token: admin.token });
    expect(lastAdmin.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });

    const outsider = await registerAccount(api.client);
    const notInOrganisation = await api.client.error(CHANGE, { organisationId, accountId: outsider.id, role: 'admin' }, { token: admin.token });
    expect(notInOrganisation.extensions?.code).toBe('NOT_FOUND');

    await api.client.ok(`mutation R($organisationId: UUID!, $accountId: UUID!) { removeAccountAccess(organisationId: $organisationId, accountId: $accountId) }`, { organisationId, accountId: member.id }, { token: admin.token });
    const { organisationAccess } = await api.client.ok(ACCESS, { organisationId }, { token: admin.token });
    expect(organisationAccess).toEqual([{ role: 'admin', account: { id: admin.id, email: admin.email.toLowerCase() } }]);
    expect((await api.client.error(`query O($organisationId: UUID!) { organisation(organisationId: $organisationId) { id } }`, { organisationId }, { token: member.token })).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});
