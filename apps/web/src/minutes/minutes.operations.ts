import { graphql } from '../gql';

export const MinutesFieldsFragment = graphql(`
  fragment MinutesFields on Minutes {
    id
    meetingId
    status
    locale
    convenedBy
    approvedAt
    seal
    pdfUrl
    registerSequence
    updatedAt
    chair {
      memberId
      name
    }
    secretary {
      memberId
      name
    }
    scrutineers {
      memberId
      name
    }
    items {
      agendaItemId
      number
      title
      kind
      summary
    }
    incidents {
      time
      description
      durationMinutes
    }
    approvals {
      role
      memberId
      memberName
      approvedAt
    }
    pdf {
      sha256
      size
      pages
      url
    }
  }
`);

export const MinutesQuery = graphql(`
  query Minutes($organisationId: UUID!, $meetingId: UUID!) {
    minutes(organisationId: $organisationId, meetingId: $meetingId) {
      ...MinutesFields
    }
  }
`);

export const DraftMinutesMutation = graphql(`
  mutation DraftMinutes($organisationId: UUID!, $meetingId: UUID!) {
    draftMinutes(organisationId: $organisationId, meetingId: $meetingId) {
      ...MinutesFields
    }
  }
`);

export const UpdateMinutesMutation = graphql(`
  mutation UpdateMinutes($organisationId: UUID!, $minutesId: UUID!, $input: UpdateMinutesInput!) {
    updateMinutes(organisationId: $organisationId, minutesId: $minutesId, input: $input) {
      ...MinutesFields
    }
  }
`);

export const ApproveMinutesMutation = graphql(`
  mutation ApproveMinutes($organisationId: UUID!, $minutesId: UUID!) {
    approveMinutes(organisationId: $organisationId, minutesId: $minutesId) {
      ...MinutesFields
    }
  }
`);

export const DecisionRegisterQuery = graphql(`
  query DecisionRegister($organisationId: UUID!, $filter: DecisionFilterInput, $first: Int, $after: String) {
    decisionRegister(organisationId: $organisationId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        entryId
        sequence
        kind
        number
        title
        text
        outcome
        explanation
        bodyId
        bodyName
        meetingDate
        minutesId
        meetingId
        firstPage
        lastPage
        pdfUrl
        excerpt
      }
    }
  }
`);

export const RegisterVerificationQuery = graphql(`
  query RegisterVerification($organisationId: UUID!) {
    registerVerification(organisationId: $organisationId) {
      intact
      entries
      firstBrokenSequence
      explanation
    }
  }
`);

export const ExportArchiveMutation = graphql(`
  mutation ExportArchive($organisationId: UUID!) {
    exportArchive(organisationId: $organisationId)
  }
`);

export const ArchiveExportQuery = graphql(`
  query ArchiveExport($organisationId: UUID!, $id: UUID!) {
    archiveExport(organisationId: $organisationId, id: $id) {
      id
      status
      progress
      doneFiles
      totalFiles
      downloadUrl
      failure
      size
    }
  }
`);

export const RegisterBodiesQuery = graphql(`
  query RegisterBodies($organisationId: UUID!) {
    bodies(organisationId: $organisationId) {
      id
      name
    }
  }
`);
