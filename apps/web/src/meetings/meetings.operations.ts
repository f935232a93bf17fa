import { graphql } from '../gql';

export const MeetingFieldsFragment = graphql(`
  fragment MeetingFields on Meeting {
    id
    title
    kind
    convocation
    firstMeetingId
    status
    startsAt
    endsAt
    timeZone
    durationMinutes
    place
    remoteLink
    chairMemberId
    convenedAt
    openedAt
    closedAt
    body {
      id
      name
      kind
    }
  }
`);

export const MeetingsQuery = graphql(`
  query Meetings($organisationId: UUID!) {
    meetings(organisationId: $organisationId) {
      ...MeetingFields
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($organisationId: UUID!, $meetingId: UUID!) {
    meeting(organisationId: $organisationId, meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($organisationId: UUID!, $input: ScheduleMeetingInput!) {
    scheduleMeeting(organisationId: $organisationId, input: $input) {
      ...MeetingFields
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($organisationId: UUID!, $meetingId: UUID!, $input: UpdateMeetingInput!) {
    updateMeeting(organisationId: $organisationId, meetingId: $meetingId, input: $input) {
      ...MeetingFields
    }
  }
`);

export const AgendaItemFieldsFragment = graphql(`
  fragment AgendaItemFields on AgendaItem {
    id
    parentId
    position
    number
    depth
    kind
    title
    description
    presenterName
    plannedMinutes
    resolutions {
      id
      title
      text
      proposedByBoard
    }
  }
`);

/** The meeting's agenda, three levels deep (the most the api allows), and its amendments since the convocation. */
export const AgendaQuery = graphql(`
  query Agenda($organisationId: UUID!, $meetingId: UUID!) {
    meeting(organisationId: $organisationId, meetingId: $meetingId) {
      id
      status
      amendedSinceConvocation
      amendments {
        id
        descriptionFr
        descriptionEn
        recordedAt
      }
      agenda {
        ...AgendaItemFields
        children {
          ...AgendaItemFields
          children {
            ...AgendaItemFields
          }
        }
      }
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($organisationId: UUID!, $meetingId: UUID!, $input: AddAgendaItemInput!) {
    addAgendaItem(organisationId: $organisationId, meetingId: $meetingId, input: $input) {
      id
    }
  }
`);

export const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($organisationId: UUID!, $itemId: UUID!, $input: UpdateAgendaItemInput!) {
    updateAgendaItem(organisationId: $organisationId, itemId: $itemId, input: $input) {
      id
    }
  }
`);

export const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($organisationId: UUID!, $itemId: UUID!) {
    removeAgendaItem(organisationId: $organisationId, itemId: $itemId)
  }
`);

export const MoveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($organisationId: UUID!, $itemId: UUID!, $parentId: UUID, $position: Int!) {
    moveAgendaItem(organisationId: $organisationId, itemId: $itemId, parentId: $parentId, position: $position) {
      id
    }
  }
`);

export const AddResolutionMutation = graphql(`
  mutation AddResolution($organisationId: UUID!, $itemId: UUID!, $input: AddResolutionInput!) {
    addResolution(organisationId: $organisationId, itemId: $itemId, input: $input) {
      id
    }
  }
`);

export const UpdateResolutionMutation = graphql(`
  mutation UpdateResolution($organisationId: UUID!, $resolutionId: UUID!, $input: UpdateResolutionInput!) {
    updateResolution(organisationId: $organisationId, resolutionId: $resolutionId, input: $input) {
      id
    }
  }
`);

export const RemoveResolutionMutation = graphql(`
  mutation RemoveResolution($organisationId: UUID!, $resolutionId: UUID!) {
    removeResolution(organisationId: $organisationId, resolutionId: $resolutionId)
  }
`);

export const OpenMeetingMutation = graphql(`
  mutation OpenMeeting($organisationId: UUID!, $meetingId: UUID!) {
    openMeeting(organisationId: $organisationId, meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);

export const CloseMeetingMutation = graphql(`
  mutation CloseMeeting($organisationId: UUID!, $meetingId: UUID!) {
    closeMeeting(organisationId: $organisationId, meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);

export const DeleteMeetingMutation = graphql(`
  mutation DeleteMeeting($organisationId: UUID!, $meetingId: UUID!) {
    deleteMeeting(organisationId: $organisationId, meetingId: $meetingId)
  }
`);

/** The chair's name (the meeting knows only their id). */
export const MeetingChairQuery = graphql(`
  query MeetingChair($organisationId: UUID!, $memberId: UUID!) {
    member(organisationId: $organisationId, memberId: $memberId) {
      id
      name
    }
  }
`);
