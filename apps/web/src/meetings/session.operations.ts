import { graphql } from '../gql';

/** The attendance sheet of the day and the live quorum, read together after each change and every few seconds. */
export const SessionQuery = graphql(`
  query Session($organisationId: UUID!, $meetingId: UUID!) {
    meeting(organisationId: $organisationId, meetingId: $meetingId) {
      id
      status
      attendance {
        member {
          id
          name
        }
        status
        mode
        arrivedAt
        departedAt
        hasVote
        votes
        representedBy {
          id
          name
        }
      }
      quorum {
        reached
        required
        counted
        base
        needed
        present
        remote
        represented
        threshold
        explanation
      }
    }
  }
`);

export const RecordArrivalMutation = graphql(`
  mutation RecordArrival($organisationId: UUID!, $meetingId: UUID!, $memberId: UUID!, $mode: AttendanceMode!) {
    recordArrival(organisationId: $organisationId, meetingId: $meetingId, memberId: $memberId, mode: $mode) {
      id
      status
    }
  }
`);

export const RecordDepartureMutation = graphql(`
  mutation RecordDeparture($organisationId: UUID!, $meetingId: UUID!, $memberId: UUID!) {
    recordDeparture(organisationId: $organisationId, meetingId: $meetingId, memberId: $memberId) {
      id
      status
    }
  }
`);

/** Every proxy of the meeting, for the view of who holds what. */
export const MeetingProxiesQuery = graphql(`
  query MeetingProxies($organisationId: UUID!, $meetingId: UUID!) {
    meeting(organisationId: $organisationId, meetingId: $meetingId) {
      id
      proxies {
        id
        status
        blank
        principal {
          id
          name
        }
        holder {
          id
          name
        }
      }
    }
  }
`);

/** A proxy given on paper; no holder: a blank proxy. The api checks it against the rules. */
export const RecordProxyMutation = graphql(`
  mutation RecordProxy($organisationId: UUID!, $meetingId: UUID!, $principalMemberId: UUID!, $holderMemberId: UUID) {
    recordProxy(organisationId: $organisationId, meetingId: $meetingId, principalMemberId: $principalMemberId, holderMemberId: $holderMemberId) {
      id
      status
    }
  }
`);

export const CancelProxyMutation = graphql(`
  mutation CancelProxy($organisationId: UUID!, $proxyId: UUID!) {
    cancelProxy(organisationId: $organisationId, proxyId: $proxyId) {
      id
      status
    }
  }
`);
