import { graphql } from '../gql';

export const BallotFieldsFragment = graphql(`
  fragment BallotFields on Ballot {
    id
    kind
    title
    question
    secret
    resultsVisibility
    rollBasis
    status
    minChoices
    maxChoices
    seats
    meetingId
    resolutionId
    openedAt
    closedAt
    outcome
    explanation
    boxSeal
    castCount
    drawSeed
    quorum
    options {
      id
      label
      code
      candidateMemberId
    }
    tally {
      roll
      cast
      resultsVisible
      options {
        optionId
        votes
      }
      colleges {
        collegeId
        name
        weight
        options {
          optionId
          votes
        }
      }
    }
  }
`);

export const MeetingBallotsQuery = graphql(`
  query MeetingBallots($organisationId: UUID!, $meetingId: UUID!) {
    ballots(organisationId: $organisationId, meetingId: $meetingId) {
      ...BallotFields
    }
  }
`);

export const OpenBallotsQuery = graphql(`
  query OpenBallots($organisationId: UUID!) {
    ballots(organisationId: $organisationId, status: open) {
      ...BallotFields
    }
  }
`);

export const BallotQuery = graphql(`
  query Ballot($organisationId: UUID!, $ballotId: UUID!) {
    ballot(organisationId: $organisationId, ballotId: $ballotId) {
      ...BallotFields
    }
  }
`);

/** The resolutions of a meeting's agenda, three levels deep, to put one to the vote. */
export const MeetingResolutionsQuery = graphql(`
  query MeetingResolutions($organisationId: UUID!, $meetingId: UUID!) {
    meeting(organisationId: $organisationId, meetingId: $meetingId) {
      id
      agenda {
        id
        number
        resolutions {
          id
          title
        }
        children {
          id
          number
          resolutions {
            id
            title
          }
          children {
            id
            number
            resolutions {
              id
              title
            }
          }
        }
      }
    }
  }
`);

export const CreateBallotMutation = graphql(`
  mutation CreateBallot($organisationId: UUID!, $input: CreateBallotInput!) {
    createBallot(organisationId: $organisationId, input: $input) {
      ...BallotFields
    }
  }
`);

export const DeleteBallotMutation = graphql(`
  mutation DeleteBallot($organisationId: UUID!, $ballotId: UUID!) {
    deleteBallot(organisationId: $organisationId, ballotId: $ballotId)
  }
`);

export const OpenBallotMutation = graphql(`
  mutation OpenBallot($organisationId: UUID!, $ballotId: UUID!) {
    openBallot(organisationId: $organisationId, ballotId: $ballotId) {
      ...BallotFields
    }
  }
`);

export const CloseBallotMutation = graphql(`
  mutation CloseBallot($organisationId: UUID!, $ballotId: UUID!) {
    closeBallot(organisationId: $organisationId, ballotId: $ballotId) {
      ...BallotFields
    }
  }
`);

export const HeldVoteFieldsFragment = graphql(`
  fragment HeldVoteFields on HeldVote {
    ballotId
    memberId
    memberName
    via
    cast
  }
`);

export const MyVotesQuery = graphql(`
  query MyVotes($organisationId: UUID!, $ballotId: UUID!) {
    myVotes(organisationId: $organisationId, ballotId: $ballotId) {
      ...HeldVoteFields
    }
  }
`);

export const CastVoteMutation = graphql(`
  mutation CastVote($organisationId: UUID!, $input: CastVoteInput!) {
    castVote(organisationId: $organisationId, input: $input) {
      ballotId
      memberId
      receipt
      castAt
      replayed
    }
  }
`);

export const CheckReceiptQuery = graphql(`
  query CheckReceipt($organisationId: UUID!, $ballotId: UUID!, $receipt: String!) {
    checkReceipt(organisationId: $organisationId, ballotId: $ballotId, receipt: $receipt) {
      found
      receipt
      choices
    }
  }
`);

export const PersonalBallotsQuery = graphql(`
  query PersonalBallots($link: String!) {
    personalBallots(link: $link) {
      ...BallotFields
    }
  }
`);

export const PersonalVotesQuery = graphql(`
  query PersonalVotes($link: String!, $ballotId: UUID!) {
    personalVotes(link: $link, ballotId: $ballotId) {
      ...HeldVoteFields
    }
  }
`);

export const CastVoteByLinkMutation = graphql(`
  mutation CastVoteByLink($link: String!, $input: CastVoteInput!) {
    castVoteByLink(link: $link, input: $input) {
      ballotId
      memberId
      receipt
      castAt
      replayed
    }
  }
`);

export const CheckReceiptByLinkQuery = graphql(`
  query CheckReceiptByLink($link: String!, $ballotId: UUID!, $receipt: String!) {
    checkReceiptByLink(link: $link, ballotId: $ballotId, receipt: $receipt) {
      found
      receipt
      choices
    }
  }
`);
