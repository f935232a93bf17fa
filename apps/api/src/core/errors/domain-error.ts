import type { Bilingual } from '@collegial/governance';

/**
 * Every refusal a service makes, by reason. One place (graphql-error.mapper.ts) turns a
 * reason into a GraphQL error code; the client gets the reason too, to react precisely.
 */
export enum ErrorReason {
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  InvalidInput = 'INVALID_INPUT',
  InvalidDates = 'INVALID_DATES',
  InvalidGovernanceProfile = 'INVALID_GOVERNANCE_PROFILE',
  InvalidCollegeWeights = 'INVALID_COLLEGE_WEIGHTS',
  DuplicateEmail = 'DUPLICATE_EMAIL',
  DuplicateName = 'DUPLICATE_NAME',
  RoleAlreadyHeld = 'ROLE_ALREADY_HELD',
  MemberAlreadySits = 'MEMBER_ALREADY_SITS',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  WeakPassword = 'WEAK_PASSWORD',
  InvitationUnusable = 'INVITATION_UNUSABLE',
  RegistrationUnusable = 'REGISTRATION_UNUSABLE',
  LastAdmin = 'LAST_ADMIN',
  InUse = 'IN_USE',
  MandateAlreadyEnded = 'MANDATE_ALREADY_ENDED',
  /** The change was already made (a concurrent twin, or a repeat): nothing to do. */
  AlreadyDone = 'ALREADY_DONE',
  /** Another change to the same data ran at the same time; trying again is safe. */
  ConcurrentChange = 'CONCURRENT_CHANGE',
  /** The meeting's status forbids the change (an agenda edited once the meeting is open, a draft-only deletion). */
  MeetingStatusForbids = 'MEETING_STATUS_FORBIDS',
  /** The governance rules refuse the proxy (cap, eligibility, chain); details.governanceCode says which. */
  ProxyRefused = 'PROXY_REFUSED',
  /** An upload over the configured size limit. */
  TooLarge = 'TOO_LARGE',
  /** A file type outside the configured allow-list. */
  UnsupportedType = 'UNSUPPORTED_TYPE',
  /** A file whose content is not what its name says (a .pdf that is a PNG). */
  ContentMismatch = 'CONTENT_MISMATCH',
  /** A personal link unknown, forged, revoked or expired. */
  PersonalLinkUnusable = 'PERSONAL_LINK_UNUSABLE',
  /** Convocations cannot be sent for this meeting (no agenda, not a draft or convened meeting). */
  ConvocationNotAllowed = 'CONVOCATION_NOT_ALLOWED',
  /** The notice period is no longer respected and no override reason was given. */
  ConvocationLate = 'CONVOCATION_LATE',
  /** The meeting has opened (or closed): replies are closed, or it is not open yet for signing in. */
  RepliesClosed = 'REPLIES_CLOSED',
  /** The ballot's status forbids it: a vote on a ballot not open (yet, or any more), a second opening. */
  BallotStatusForbids = 'BALLOT_STATUS_FORBIDS',
  /** The voter is not on the ballot's frozen roll, or does not cast this member's vote. */
  NotOnRoll = 'NOT_ON_ROLL',
  /** A second vote in a secret ballot (final once cast). */
  AlreadyVoted = 'ALREADY_VOTED',
  /** The quorum is not reached: the meeting cannot decide (a vote in the room cannot open). */
  QuorumNotReached = 'QUORUM_NOT_REACHED',
  /** Choices outside the ballot's options, too few or too many. */
  InvalidChoice = 'INVALID_CHOICE',
}

/** A message in French and English: the governance library's Bilingual. */
export type LocalisedMessage = Bilingual;

export class DomainError extends Error {
  constructor(
    readonly reason: ErrorReason,
    readonly messages: LocalisedMessage,
    readonly details?: Record<string, unknown>,
  ) {
    super(messages.en);
    this.name = 'DomainError';
  }

  static notFound(what: LocalisedMessage): DomainError {
    return new DomainError(ErrorReason.NotFound, {
      fr: `${what.fr} introuvable.`,
      en: `${what.en} not found.`,
    });
  }
}
