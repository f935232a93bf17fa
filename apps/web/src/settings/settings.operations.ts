import { graphql } from '../gql';

export const SettingsQuery = graphql(`
  query Settings($organisationId: UUID!) {
    organisation(organisationId: $organisationId) {
      id
      governanceProfile
    }
  }
`);

export const CollegesQuery = graphql(`
  query Colleges($organisationId: UUID!) {
    colleges(organisationId: $organisationId) {
      id
      name
      weight
      weightPercent
    }
  }
`);

export const UpdateGovernanceProfileMutation = graphql(`
  mutation UpdateGovernanceProfile($organisationId: UUID!, $profile: JSONObject!) {
    updateGovernanceProfile(organisationId: $organisationId, profile: $profile) {
      id
      governanceProfile
    }
  }
`);

export const SetCollegesMutation = graphql(`
  mutation SetColleges($organisationId: UUID!, $colleges: [CollegeInput!]!) {
    setColleges(organisationId: $organisationId, colleges: $colleges) {
      id
      name
      weight
      weightPercent
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($organisationId: UUID!, $input: UpdateOrganisationInput!) {
    updateOrganisation(organisationId: $organisationId, input: $input) {
      id
      name
      address
      registrationNumber
      timeZone
    }
  }
`);
