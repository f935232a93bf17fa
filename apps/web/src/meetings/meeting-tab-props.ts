import type { MeetingFieldsFragment } from '../gql/graphql';

/**
 * What every tab of a meeting's page (and every section added to one) receives. Apart from
 * the list of tabs, so that a tab importing it does not import the list that loads it.
 */
export interface MeetingTabProps {
  organisationId: string;
  meeting: MeetingFieldsFragment;
  /** My role prepares meetings (admin, secretary); the api checks again. */
  manages: boolean;
}
