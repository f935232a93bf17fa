import type { Client } from 'urql';
import { OrganisationQuery } from '../organisations/organisations.operations';

/**
 * The organisation (name, my role) that every page of it waits for, asked for afresh as it
 * opens, before the page's code arrives (the layout reads this answer).
 */
export function prefetchOrganisation(client: Client, organisationId: string): void {
  void client.query(OrganisationQuery, { organisationId }, { requestPolicy: 'network-only' }).toPromise();
}
