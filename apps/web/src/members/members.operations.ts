import { graphql } from '../gql';

export const MembersQuery = graphql(`
  query Members($organisationId: UUID!, $first: Int, $after: String, $filter: MemberFilterInput) {
    members(organisationId: $organisationId, first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      nodes {
        id
        kind
        name
        email
        college {
          id
          name
        }
        hasVotingRights
        eNoticeConsent
        joinedOn
        leftOn
      }
    }
  }
`);

export const MemberQuery = graphql(`
  query Member($organisationId: UUID!, $memberId: UUID!) {
    member(organisationId: $organisationId, memberId: $memberId) {
      id
      kind
      name
      email
      postalAddress
      birthDate
      joinedOn
      leftOn
      hasVotingRights
      votingRightsReason
      eNoticeConsent
      eNoticeConsentAt
      hasAccount
      personalDataVisible
      college {
        id
        name
      }
      representatives {
        id
        name
        email
        sinceOn
        untilOn
      }
    }
  }
`);

export const CollegesQuery = graphql(`
  query MemberColleges($organisationId: UUID!) {
    colleges(organisationId: $organisationId) {
      id
      name
    }
  }
`);

export const AddMemberMutation = graphql(`
  mutation AddMember($organisationId: UUID!, $input: AddMemberInput!) {
    addMember(organisationId: $organisationId, input: $input) {
      id
      name
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation UpdateMember($organisationId: UUID!, $memberId: UUID!, $input: UpdateMemberInput!) {
    updateMember(organisationId: $organisationId, memberId: $memberId, input: $input) {
      id
      name
      email
      postalAddress
      joinedOn
      college {
        id
        name
      }
    }
  }
`);

export const SetVotingRightsMutation = graphql(`
  mutation SetVotingRights($organisationId: UUID!, $memberId: UUID!, $hasVotingRights: Boolean!, $reason: String) {
    setVotingRights(organisationId: $organisationId, memberId: $memberId, hasVotingRights: $hasVotingRights, reason: $reason) {
      id
      hasVotingRights
      votingRightsReason
    }
  }
`);

export const SetENoticeConsentMutation = graphql(`
  mutation SetENoticeConsent($organisationId: UUID!, $memberId: UUID!, $consent: Boolean!) {
    setENoticeConsent(organisationId: $organisationId, memberId: $memberId, consent: $consent) {
      id
      eNoticeConsent
      eNoticeConsentAt
    }
  }
`);

export const ChangeRepresentativeMutation = graphql(`
  mutation ChangeRepresentative($organisationId: UUID!, $memberId: UUID!, $representative: RepresentativeInput!, $sinceOn: LocalDate!) {
    changeRepresentative(organisationId: $organisationId, memberId: $memberId, representative: $representative, sinceOn: $sinceOn) {
      id
      representatives {
        id
        name
        email
        sinceOn
        untilOn
      }
    }
  }
`);

export const RecordDepartureMutation = graphql(`
  mutation RecordMemberDeparture($organisationId: UUID!, $memberId: UUID!, $leftOn: LocalDate!) {
    recordMemberDeparture(organisationId: $organisationId, memberId: $memberId, leftOn: $leftOn) {
      id
      leftOn
    }
  }
`);

export const PreviewMemberImportMutation = graphql(`
  mutation PreviewMemberImport($organisationId: UUID!, $csv: String!) {
    previewMemberImport(organisationId: $organisationId, csv: $csv) {
      totalLines
      acceptedCount
      refusedCount
      importedCount
      accepted {
        line
        kind
        name
        email
        collegeName
        joinedOn
        hasVotingRights
        eNoticeConsent
        representativeName
      }
      refused {
        line
        raw
        reasons
      }
    }
  }
`);

export const ImportMembersMutation = graphql(`
  mutation ImportMembers($organisationId: UUID!, $csv: String!) {
    importMembers(organisationId: $organisationId, csv: $csv) {
      totalLines
      acceptedCount
      refusedCount
      importedCount
    }
  }
`);

export const MemberChoicesQuery = graphql(`
  query MemberChoices($organisationId: UUID!, $search: String) {
    members(organisationId: $organisationId, filter: { search: $search }, first: 20) {
      nodes {
        id
        name
        hasAccount
      }
    }
  }
`);
