import type { OrganisationRole } from './organisation-role';

/** Who is acting: from the session (or a personal link), never from client input. */
export interface Actor {
  accountId: string;
  organisationId: string;
  role: OrganisationRole;
}

/** An authenticated caller, before an organisation is chosen. */
export interface AuthenticatedAccount {
  accountId: string;
  sessionId: string;
}
