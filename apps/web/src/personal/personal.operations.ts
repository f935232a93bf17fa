import { graphql } from '../gql';

export const PersonalMeetingFieldsFragment = graphql(`
  fragment PersonalMeetingFields on PersonalMeeting {
    meetingId
    organisationName
    memberName
    title
    status
    startsAt
    timeZone
    durationMinutes
    place
    remoteLink
    agenda {
      id
      number
      depth
      title
      description
      resolutions {
        id
        title
        text
      }
    }
    documents {
      id
      title
      kind
      agendaItemId
      downloadPath
    }
    reply
    proxyHolderId
    proxyHolderName
    replyChangeable
    proxyCandidates {
      memberId
      name
    }
    proxiesHeld {
      id
      status
      principal {
        id
        name
      }
    }
    signedIn
  }
`);

export const PersonalMeetingQuery = graphql(`
  query PersonalMeeting($link: String!) {
    personalMeeting(link: $link) {
      ...PersonalMeetingFields
    }
  }
`);

export const ReplyToConvocationMutation = graphql(`
  mutation ReplyToConvocation($link: String!, $input: ConvocationReplyInput!) {
    replyToConvocation(link: $link, input: $input) {
      ...PersonalMeetingFields
    }
  }
`);

export const DeclineProxyMutation = graphql(`
  mutation DeclineProxy($link: String!, $proxyId: UUID!) {
    declineProxy(link: $link, proxyId: $proxyId) {
      ...PersonalMeetingFields
    }
  }
`);

export const SignInToMeetingMutation = graphql(`
  mutation SignInToMeeting($link: String!, $mode: SignInMode!) {
    signInToMeeting(link: $link, mode: $mode) {
      ...PersonalMeetingFields
    }
  }
`);
