import { currentClient } from '../api/client';
import { sessionStore } from '../api/session-store';
import { organisationPageAt } from './page-at-address';
import { prefetchOrganisation } from './organisation-prefetch';

type Asked = 'organisation' | 'page';

/** What the first requests asked for, and at which address: the router's loaders do not ask again. */
let first: { pathname: string; asked: Set<Asked> } | null = null;

/**
 * Run by the second script (src/first-requests.ts), before the app's larger scripts (React DOM,
 * Mantine, the router) have compiled: an organisation's page at this address has the
 * organisation and its first query asked for at once, and the router finds them on their way.
 * Its code and strings were asked for by the first script (src/first-code.ts).
 */
export function startFirstRequests(pathname: string): void {
  // Signed out, the router sends the person to sign in: nothing to ask for yet.
  const match = sessionStore.token() ? organisationPageAt(pathname) : null;
  if (!match) return;
  const client = currentClient();
  prefetchOrganisation(client, match.params.organisationId);
  match.page.prefetch?.(client, match.params);
  first = { pathname, asked: new Set(['organisation', 'page']) };
}

/** Whether the first requests already asked for this at the loader's address (once: later navigations ask for themselves). */
export function askedFirst(request: Request, what: Asked): boolean {
  if (!first || new URL(request.url).pathname !== first.pathname) return false;
  return first.asked.delete(what);
}
