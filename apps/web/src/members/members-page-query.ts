import type { Client } from 'urql';
import { MembersQuery } from './members.operations';

export const MEMBERS_PAGE_SIZE = 50;

/** The variables of one page of the register: the page and its prefetch must ask alike to share the answer. */
export function membersPageVariables(organisationId: string, page: { after: string | null; search: string; includeLeft: boolean }) {
  return { organisationId, first: MEMBERS_PAGE_SIZE, after: page.after, filter: { search: page.search || null, includeLeft: page.includeLeft } };
}

const FIRST_PAGE = { after: null, search: '', includeLeft: false };

/** Whether these are the variables of the page the register opens on (its route's loader asks for it). */
export const isFirstPage = (page: { after: string | null; search: string; includeLeft: boolean }): boolean =>
  page.after === FIRST_PAGE.after && page.search === FIRST_PAGE.search && page.includeLeft === FIRST_PAGE.includeLeft;

/**
 * The register's first page, asked for afresh each time the members page opens: the page
 * reads this answer (or waits for it) rather than asking a second time.
 */
export function prefetchMembersPage(client: Client, organisationId: string): void {
  void client.query(MembersQuery, membersPageVariables(organisationId, FIRST_PAGE), { requestPolicy: 'network-only' }).toPromise();
}
