import { graphql } from '../gql';

/** Each body with its rhythm: its last sitting, the next one (scheduled or proposed), whether it is overdue. */
export const BodySittingsQuery = graphql(`
  query BodySittings($organisationId: UUID!) {
    bodySittings(organisationId: $organisationId) {
      body {
        id
        name
        kind
      }
      rhythmMonths
      lastSitting {
        id
        startsAt
        timeZone
      }
      nextScheduled {
        id
        startsAt
        timeZone
      }
      nextSittingProposed
      overdue
    }
  }
`);

export const SetBodyRhythmMutation = graphql(`
  mutation SetBodyRhythm($organisationId: UUID!, $bodyId: UUID!, $months: Int) {
    setBodyRhythm(organisationId: $organisationId, bodyId: $bodyId, months: $months) {
      body {
        id
      }
      rhythmMonths
      nextSittingProposed
      overdue
    }
  }
`);
