import { currentClient } from '../api/client';
import { sessionStore } from '../api/session-store';
import type { OrganisationPage } from '../organisations/organisation-page';
import { ORGANISATION_PAGES } from './organisation-pages';
import { prefetchOrganisation } from './organisation-prefetch';

type Asked = 'organisation' | 'page';

/** What the first requests asked for, and at which address: the router's loaders do not ask again. */
let first: { pathname: string; asked: Set<Asked> } | null = null;

/**
 * Run by the first script (src/first-requests.ts), before the app's larger scripts (React DOM,
 * Mantine, the router) have compiled: an organisation's page at this address has its code, its
 * strings, the organisation and its first query asked for at once, and the router finds them on
 * their way.
 */
export function startFirstRequests(pathname: string): void {
  // Signed out, the router sends the person to sign in: nothing to ask for yet.
  const match = sessionStore.token() ? organisationPageAt(pathname) : null;
  if (!match) return;
  const client = currentClient();
  prefetchOrganisation(client, match.params.organisationId);
  void match.page.load().catch(() => undefined); // the router loads it again, and says so if it fails
  match.page.prefetch?.(client, match.params);
  first = { pathname, asked: new Set(['organisation', 'page']) };
}

/** Whether the first requests already asked for this at the loader's address (once: later navigations ask for themselves). */
export function askedFirst(request: Request, what: Asked): boolean {
  if (!first || new URL(request.url).pathname !== first.pathname) return false;
  return first.asked.delete(what);
}

/**
 * The organisation page at this address and its parameters: the first page whose path matches,
 * in the order of ORGANISATION_PAGES (which lists `members/new` before `members/:memberId`).
 * The router matches again; a miss here only means nothing asked for early.
 */
function organisationPageAt(pathname: string): { page: OrganisationPage; params: Record<string, string> & { organisationId: string } } | null {
  const address = /^\/o\/([^/]+)\/?(.*?)\/?$/.exec(pathname);
  if (!address) return null;
  const segments = address[2] ? address[2].split('/').map(decodeURIComponent) : [];
  for (const page of ORGANISATION_PAGES) {
    const params = matchSegments(page.path ? page.path.split('/') : [], segments);
    if (params) return { page, params: { ...params, organisationId: decodeURIComponent(address[1]) } };
  }
  return null;
}

/** A route path's segments (`name`, `:param`, `:param?`) against an address's segments. */
function matchSegments(pattern: string[], segments: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  let next = 0;
  for (const part of pattern) {
    if (part.startsWith(':')) {
      const optional = part.endsWith('?');
      if (next < segments.length) params[part.slice(1, optional ? -1 : undefined)] = segments[next++];
      else if (!optional) return null;
    } else if (segments[next] === part) next++;
    else return null;
  }
  return next === segments.length ? params : null;
}
