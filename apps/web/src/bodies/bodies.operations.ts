import { graphql } from '../gql';

export const MandateFieldsFragment = graphql(`
  fragment MandateFields on Mandate {
    id
    role
    startOn
    termEndOn
    endedOn
    end
    endReason
    status
    appointedBy
    handoverDecision
    member {
      id
      name
      kind
    }
  }
`);

export const BodiesQuery = graphql(`
  query Bodies($organisationId: UUID!, $days: Int!) {
    bodies(organisationId: $organisationId) {
      id
      kind
      name
    }
    mandatesEndingWithin(organisationId: $organisationId, days: $days) {
      ...MandateFields
      body {
        id
        name
      }
    }
  }
`);

export const CreateBodyMutation = graphql(`
  mutation CreateBody($organisationId: UUID!, $input: CreateBodyInput!) {
    createBody(organisationId: $organisationId, input: $input) {
      id
      kind
      name
    }
  }
`);

export const UpdateBodyMutation = graphql(`
  mutation UpdateBody($organisationId: UUID!, $bodyId: UUID!, $input: UpdateBodyInput!) {
    updateBody(organisationId: $organisationId, bodyId: $bodyId, input: $input) {
      id
      kind
      name
    }
  }
`);

export const BodyQuery = graphql(`
  query Body($organisationId: UUID!, $bodyId: UUID!) {
    body(organisationId: $organisationId, bodyId: $bodyId) {
      id
      kind
      name
    }
  }
`);

export const BodyCompositionQuery = graphql(`
  query BodyComposition($organisationId: UUID!, $bodyId: UUID!, $on: LocalDate!) {
    bodyComposition(organisationId: $organisationId, bodyId: $bodyId, on: $on) {
      role
      member {
        id
        name
        kind
      }
      mandate {
        ...MandateFields
      }
    }
  }
`);

/** Every role's history at once (one alias a role), to draw a timeline for each role the body ever had. */
export const RoleHistoriesQuery = graphql(`
  query RoleHistories($organisationId: UUID!, $bodyId: UUID!) {
    president: roleHistory(organisationId: $organisationId, bodyId: $bodyId, role: president) {
      ...MandateFields
    }
    vicePresident: roleHistory(organisationId: $organisationId, bodyId: $bodyId, role: vicePresident) {
      ...MandateFields
    }
    secretary: roleHistory(organisationId: $organisationId, bodyId: $bodyId, role: secretary) {
      ...MandateFields
    }
    treasurer: roleHistory(organisationId: $organisationId, bodyId: $bodyId, role: treasurer) {
      ...MandateFields
    }
    director: roleHistory(organisationId: $organisationId, bodyId: $bodyId, role: director) {
      ...MandateFields
    }
    member: roleHistory(organisationId: $organisationId, bodyId: $bodyId, role: member) {
      ...MandateFields
    }
  }
`);

export const HandoversQuery = graphql(`
  query Handovers($organisationId: UUID!, $bodyId: UUID!) {
    handovers(organisationId: $organisationId, bodyId: $bodyId) {
      totalCount
      nodes {
        id
        role
        handedOverOn
        decision
        outgoing {
          id
          endReason
          member {
            id
            name
          }
        }
        incoming {
          id
          member {
            id
            name
          }
        }
      }
    }
  }
`);

/** The body's current and upcoming mandates: those one may end or hand over. */
export const OpenMandatesQuery = graphql(`
  query OpenMandates($organisationId: UUID!, $bodyId: UUID!) {
    mandates(organisationId: $organisationId, bodyId: $bodyId) {
      nodes {
        ...MandateFields
      }
    }
  }
`);

/** Members whose name contains the search, for a picker. */

export const AppointMandateMutation = graphql(`
  mutation AppointMandate($organisationId: UUID!, $input: AppointMandateInput!) {
    appointMandate(organisationId: $organisationId, input: $input) {
      ...MandateFields
    }
  }
`);

export const EndMandateMutation = graphql(`
  mutation EndMandate($organisationId: UUID!, $mandateId: UUID!, $endedOn: LocalDate!, $reason: MandateEndReason!) {
    endMandate(organisationId: $organisationId, mandateId: $mandateId, endedOn: $endedOn, reason: $reason) {
      ...MandateFields
    }
  }
`);

export const HandOverMutation = graphql(`
  mutation HandOver($organisationId: UUID!, $input: HandOverInput!) {
    handOver(organisationId: $organisationId, input: $input) {
      id
      role
      handedOverOn
      decision
      incoming {
        ...MandateFields
      }
    }
  }
`);
