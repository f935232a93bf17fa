import type { ComponentType } from 'react';
import type { Client } from 'urql';
import type { CurrentOrganisation } from './organisation-context';

/**
 * The pages of an organisation, in the order of its navigation: each feature adds its own
 * here. Pages load on demand, so signing in does not download the whole app.
 */
export interface OrganisationPage {
  /** Under /o/:organisationId; '' for the home page. */
  path: string;
  /** i18n key of the navigation entry, in the `organisations` namespace; none for a page reached from another. */
  label?: string;
  /** Whether my role there may see it (the api checks again). */
  visible(organisation: CurrentOrganisation): boolean;
  load(): Promise<ComponentType>;
  /**
   * Starts the page's first query as soon as its address is known, while its code downloads
   * (the page then finds it in the client's cache or in flight): kept small, it ships with
   * the app's first script.
   */
  prefetch?(client: Client, params: Readonly<Partial<Record<string, string>>>): void;
}
