import { randomBytes } from 'node:crypto';

/** A GraphQL call to the api under test, throwing on any error. */
export type GraphQLCall = <T>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

export function graphqlCall(url: string): GraphQLCall {
  return async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}

/**
 * A secretary who registers by e-mail, as anyone does (the link comes back to the bench's
 * SMTP server), and creates an association: the session and the organisation a bench works in.
 */
export async function secretaryWithOrganisation(
  call: GraphQLCall,
  mailTo: (address: string) => Promise<string>,
): Promise<{ token: string; organisationId: string }> {
  const email = `bench-${randomBytes(4).toString('hex')}@collegial.example`;
  await call('mutation Register($input: RegisterInput!) { register(input: $input) }', { input: { email } });
  const registrationToken = /\/registration#([A-Za-z0-9_-]+)/.exec(await mailTo(email))?.[1];
  if (!registrationToken) throw new Error('No registration link in the mail');
  const { confirmRegistration } = await call<{ confirmRegistration: { token: string } }>(
    'mutation C($input: ConfirmRegistrationInput!) { confirmRegistration(input: $input) { token } }',
    { input: { token: registrationToken, password: 'trois vélos rouges sous la pluie', displayName: 'Secrétaire de banc' } },
  );
  const token = confirmRegistration.token;
  const { createOrganisation } = await call<{ createOrganisation: { id: string } }>(
    'mutation Create($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { name: 'Coopérative de banc', legalForm: 'association' } },
    token,
  );
  return { token, organisationId: createOrganisation.id };
}
