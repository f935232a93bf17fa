import type { Client } from 'urql';
import { MembersQuery } from './members.operations';

export const MEMBERS_PAGE_SIZE = 50;

/** The variables of one page of the register: the page and its prefetch must ask alike to share the answer. */
export function membersPageVariables(organisationId: string, page: { after: string | null; search: string; includeLeft: boolean }) {
  return { organisationId, first: MEMBERS_PAGE_SIZE, after: page.after, filter: { search: page.search || null, includeLeft: page.includeLeft } };
}

/** The register's first page, as the members page opens it. */
export function prefetchMembersPage(client: Client, organisationId: string): void {
  void client
    .query(MembersQuery, membersPageVariables(organisationId, { after: null, search: '', includeLeft: false }), { requestPolicy: 'cache-first' })
    .toPromise();
}
