import { randomBytes } from 'node:crypto';
import type { GraphQLClient, ReceivedMail, SmtpTestServer } from '@collegial/testing';

/**
 * Builders create what a test needs through the public GraphQL API, as a user would,
 * reading the mail the api sends (a TestApp is one).
 */
export interface TestUserAgent {
  client: GraphQLClient;
  mailbox: SmtpTestServer;
}

/** The secret part (after #) of the link to `path` ("/invitation") in a mail. */
export function linkToken(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`No ${path}# link in the mail "${mail.subject}":\n${mail.text}`);
  return match[1];
}

/** Sends a request that mails `email`, and returns the mail it caused. */
export async function mailCausedBy(mailbox: SmtpTestServer, email: string, action: () => Promise<unknown>): Promise<ReceivedMail> {
  const before = mailbox.to(email).length;
  await action();
  return mailbox.nthTo(email, before + 1);
}

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  token: string;
}

export function uniqueEmail(prefix = 'person'): string {
  return `${prefix}.${randomBytes(5).toString('hex')}@example.org`;
}

/** A new account, as a person makes one: register, open the link in the mail, set it up. */
export async function registerAccount(
  { client, mailbox }: TestUserAgent,
  overrides: { email?: string; displayName?: string; password?: string; locale?: 'fr' | 'en' } = {},
): Promise<TestAccount> {
  const email = overrides.email ?? uniqueEmail();
  const password = overrides.password ?? 'trois vélos rouges sous la pluie';
  const mail = await mailCausedBy(mailbox, email, () =>
    client.ok(`mutation Register($input: RegisterInput!) { register(input: $input) }`, { input: { email, locale: overrides.locale } }),
  );
  const { confirmRegistration } = await client.ok<{ confirmRegistration: { token: string; account: { id: string } } }>(
    `mutation ConfirmRegistration($input: ConfirmRegistrationInput!) { confirmRegistration(input: $input) { token account { id } } }`,
    { input: { token: linkToken(mail, '/registration'), password, displayName: overrides.displayName ?? 'Camille Martin' } },
  );
  return { id: confirmRegistration.account.id, email, password, token: confirmRegistration.token };
}

export async function createOrganisation(
  client: GraphQLClient,
  token: string,
  input: { name?: string; legalForm?: 'association' | 'scop' | 'scic' | 'other'; [key: string]: unknown } = {},
): Promise<string> {
  const data = await client.ok<{ createOrganisation: { id: string } }>(
    `mutation Create($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    { input: { name: `Les Jardins partagés ${randomBytes(3).toString('hex')}`, legalForm: 'association', ...input } },
    { token },
  );
  return data.createOrganisation.id;
}

/** An account with its own organisation, as its admin. */
export async function adminWithOrganisation(
  agent: TestUserAgent,
  legalForm: 'association' | 'scop' | 'scic' | 'other' = 'association',
): Promise<{ admin: TestAccount; organisationId: string }> {
  const admin = await registerAccount(agent);
  return { admin, organisationId: await createOrganisation(agent.client, admin.token, { legalForm }) };
}

/** A new person invited into the organisation with a role, who accepted: their session. */
export async function joinWithRole(
  { client, mailbox }: TestUserAgent,
  adminToken: string,
  organisationId: string,
  role: 'admin' | 'secretary' | 'member' | 'observer',
  memberId?: string,
): Promise<TestAccount> {
  const email = uniqueEmail(role);
  const password = 'a long enough password';
  const mail = await mailCausedBy(mailbox, email, () =>
    client.ok(
      `mutation Invite($organisationId: UUID!, $input: InviteInput!) { invite(organisationId: $organisationId, input: $input) { id } }`,
      { organisationId, input: { email, role, memberId } },
      { token: adminToken },
    ),
  );
  const { acceptInvitation } = await client.ok<{ acceptInvitation: { token: string; account: { id: string } } }>(
    `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token account { id } } }`,
    { input: { token: linkToken(mail, '/invitation'), password, displayName: `Invited ${role}` } },
  );
  return { id: acceptInvitation.account.id, email, password, token: acceptInvitation.token };
}

export const SCIC_COLLEGES = [
  { name: 'salariés', weight: '40 %' },
  { name: 'usagers', weight: '30 %' },
  { name: 'collectivités', weight: '20 %' },
  { name: 'partenaires', weight: '10 %' },
];

export async function setColleges(
  client: GraphQLClient,
  token: string,
  organisationId: string,
  colleges: { id?: string; name: string; weight: string }[] = SCIC_COLLEGES,
): Promise<{ id: string; name: string; weight: string }[]> {
  const data = await client.ok<{ setColleges: { id: string; name: string; weight: string }[] }>(
    `mutation Set($organisationId: UUID!, $colleges: [CollegeInput!]!) { setColleges(organisationId: $organisationId, colleges: $colleges) { id name weight } }`,
    { organisationId, colleges },
    { token },
  );
  return data.setColleges;
}

export async function addMember(
  client: GraphQLClient,
  token: string,
  organisationId: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; name: string }> {
  const data = await client.ok<{ addMember: { id: string; name: string } }>(
    `mutation Add($organisationId: UUID!, $input: AddMemberInput!) { addMember(organisationId: $organisationId, input: $input) { id name } }`,
    {
      organisationId,
      input: { kind: 'naturalPerson', name: `Membre ${randomBytes(3).toString('hex')}`, joinedOn: '2024-01-15', ...input },
    },
    { token },
  );
  return data.addMember;
}

// ---- bodies and mandates (bodies-and-mandates.spec.ts) -------------------------------

export async function createBody(
  client: GraphQLClient,
  token: string,
  organisationId: string,
  input: { kind?: string; name?: string } = {},
): Promise<{ id: string; kind: string; name: string }> {
  const data = await client.ok<{ createBody: { id: string; kind: string; name: string } }>(
    `mutation CreateBody($organisationId: UUID!, $input: CreateBodyInput!) { createBody(organisationId: $organisationId, input: $input) { id kind name } }`,
    { organisationId, input: { kind: 'board', name: `Conseil d'administration ${randomBytes(3).toString('hex')}`, ...input } },
    { token },
  );
  return data.createBody;
}

export interface AppointedMandate {
  id: string;
  role: string;
  startOn: string;
  termEndOn: string | null;
  member: { id: string; name: string };
}

export async function appointMandate(
  client: GraphQLClient,
  token: string,
  organisationId: string,
  input: { bodyId: string; memberId: string; role: string; startOn: string; termEndOn?: string | null; appointedBy?: string | null },
): Promise<AppointedMandate> {
  const data = await client.ok<{ appointMandate: AppointedMandate }>(
    `mutation Appoint($organisationId: UUID!, $input: AppointMandateInput!) {
      appointMandate(organisationId: $organisationId, input: $input) { id role startOn termEndOn member { id name } } }`,
    { organisationId, input },
    { token },
  );
  return data.appointMandate;
}

// ---- end of bodies and mandates ------------------------------------------------------
