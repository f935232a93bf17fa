import { graphql } from '../gql';

export const DocumentFieldsFragment = graphql(`
  fragment DocumentFields on Document {
    id
    title
    kind
    target
    meetingId
    agendaItemId
    downloadPath
    updatedAt
    currentVersion {
      id
      number
      size
      fileName
      mediaType
    }
  }
`);

export const MeetingDocumentsQuery = graphql(`
  query MeetingDocuments($organisationId: UUID!, $meetingId: UUID!) {
    meeting(organisationId: $organisationId, meetingId: $meetingId) {
      id
      documents {
        ...DocumentFields
      }
    }
  }
`);

export const LibraryDocumentsQuery = graphql(`
  query LibraryDocuments($organisationId: UUID!) {
    libraryDocuments(organisationId: $organisationId) {
      ...DocumentFields
    }
  }
`);

export const SearchDocumentsQuery = graphql(`
  query SearchDocuments($organisationId: UUID!, $query: String!) {
    searchDocuments(organisationId: $organisationId, query: $query) {
      rank
      excerpt
      document {
        ...DocumentFields
      }
    }
  }
`);
