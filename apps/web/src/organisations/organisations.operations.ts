import { graphql } from '../gql';

export const MyOrganisationsQuery = graphql(`
  query MyOrganisations {
    myOrganisations {
      id
      name
      legalForm
      myRole
    }
  }
`);

export const OrganisationQuery = graphql(`
  query Organisation($organisationId: UUID!) {
    organisation(organisationId: $organisationId) {
      id
      name
      legalForm
      myRole
      myMemberId
      timeZone
      address
      registrationNumber
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);

export const OrganisationAttentionQuery = graphql(`
  query OrganisationAttention($organisationId: UUID!, $days: Int!) {
    mandatesEndingWithin(organisationId: $organisationId, days: $days) {
      id
      role
      termEndOn
      member {
        id
        name
      }
      body {
        id
        name
      }
    }
  }
`);

export const PendingInvitationsCountQuery = graphql(`
  query PendingInvitationsCount($organisationId: UUID!) {
    pendingInvitations(organisationId: $organisationId, first: 5) {
      totalCount
      nodes {
        id
        email
        role
        expiresAt
      }
    }
  }
`);
