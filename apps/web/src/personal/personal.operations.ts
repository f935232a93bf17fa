import { graphql } from '../gql';

export const PersonalMeetingFieldsFragment = graphql(`
  fragment PersonalMeetingFields on PersonalMeeting {
    meetingId
    title
    organisationName
    bodyName
    memberId
    memberName
    status
    startsAt
    endsAt
    timeZone
    place
    remoteLink
    agenda {
      number
      depth
      title
    }
    documents {
      id
      title
      downloadPath
    }
    reply
    proxyGiven {
      id
      holderMemberId
      holderName
    }
    proxiesHeld {
      id
      principalMemberId
      principalName
    }
    proxyCandidates {
      memberId
      name
    }
    canReply
    canSignIn
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
