import { graphql } from '../gql';

export const ConvocationSendingFieldsFragment = graphql(`
  fragment ConvocationSendingFields on ConvocationSending {
    id
    sentAt
    sentOn
    latestSendingDate
    noticeDays
    inTime
    overrideReason
    created
    byEmail
    byPost
    explanation
  }
`);

export const ConvocationSendingsQuery = graphql(`
  query ConvocationSendings($organisationId: UUID!, $meetingId: UUID!) {
    convocationSendings(organisationId: $organisationId, meetingId: $meetingId) {
      ...ConvocationSendingFields
    }
  }
`);

export const ConvocationProgressQuery = graphql(`
  query ConvocationProgress($organisationId: UUID!, $meetingId: UUID!) {
    convocationProgress(organisationId: $organisationId, meetingId: $meetingId) {
      total
      queued
      sent
      failed
      byPost
    }
  }
`);

export const SendConvocationsMutation = graphql(`
  mutation SendConvocations($organisationId: UUID!, $meetingId: UUID!, $override: ConvocationOverrideInput) {
    sendConvocations(organisationId: $organisationId, meetingId: $meetingId, override: $override) {
      ...ConvocationSendingFields
    }
  }
`);

export const RetryFailedConvocationsMutation = graphql(`
  mutation RetryFailedConvocations($organisationId: UUID!, $meetingId: UUID!) {
    retryFailedConvocations(organisationId: $organisationId, meetingId: $meetingId)
  }
`);

export const ConvocationsQuery = graphql(`
  query Convocations($organisationId: UUID!, $meetingId: UUID!, $status: ConvocationStatus, $first: Int, $after: String) {
    convocations(organisationId: $organisationId, meetingId: $meetingId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        memberId
        memberName
        channel
        status
        email
        failureReason
        sentAt
        reply
        repliedAt
      }
    }
  }
`);

export const PostalConvocationsQuery = graphql(`
  query PostalConvocations($organisationId: UUID!, $meetingId: UUID!) {
    postalConvocations(organisationId: $organisationId, meetingId: $meetingId) {
      convocationId
      memberId
      memberName
      postalAddress
    }
  }
`);

/** The organisation's governance profile, for the notice period of the meeting's body. */
export const NoticeProfileQuery = graphql(`
  query NoticeProfile($organisationId: UUID!) {
    organisation(organisationId: $organisationId) {
      id
      governanceProfile
    }
  }
`);

/** A new private address of my calendar feed (.ics of my meetings): the previous one stops working. */
export const CalendarFeedMutation = graphql(`
  mutation CalendarFeed {
    calendarFeed
  }
`);

/** The replies counted by answer, with the proxies in force. */
export const MeetingRepliesQuery = graphql(`
  query MeetingReplies($organisationId: UUID!, $meetingId: UUID!) {
    meetingReplies(organisationId: $organisationId, meetingId: $meetingId) {
      convened
      attendingInPerson
      attendingRemotely
      absent
      proxy
      blankProxy
      noReply
      proxies {
        id
        principalName
        holderName
      }
    }
  }
`);
