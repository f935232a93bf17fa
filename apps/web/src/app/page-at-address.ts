import type { OrganisationPage } from '../organisations/organisation-page';
import { ORGANISATION_PAGES } from './organisation-pages';

/**
 * The organisation page at this address and its parameters: the first page whose path matches,
 * in the order of ORGANISATION_PAGES (which lists `members/new` before `members/:memberId`).
 * The router matches again; a miss here only means nothing asked for early.
 */
export function organisationPageAt(pathname: string): { page: OrganisationPage; params: Record<string, string> & { organisationId: string } } | null {
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
