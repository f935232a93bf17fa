/**
 * The one error type of libs/governance. Every rule that refuses its input throws a
 * GovernanceError with a stable `code` (for programs: the API maps it to a GraphQL
 * error code) and `messages` in French and English (for people).
 *
 * Convention: `message` (the standard Error message, seen in logs and stack traces) is
 * the English text; `messages.fr` is what a French-speaking user should read.
 */
export enum GovernanceErrorCode {
  InvalidRational = 'INVALID_RATIONAL',
  DivisionByZero = 'DIVISION_BY_ZERO',
  InvalidDate = 'INVALID_DATE',
  InvalidProfile = 'INVALID_PROFILE',
  InvalidCollegeWeights = 'INVALID_COLLEGE_WEIGHTS',
  InvalidCount = 'INVALID_COUNT',
  InvalidWeight = 'INVALID_WEIGHT',
  UnknownChoice = 'UNKNOWN_CHOICE',
  UnknownCollege = 'UNKNOWN_COLLEGE',
  UnknownCandidate = 'UNKNOWN_CANDIDATE',
  InvalidBallot = 'INVALID_BALLOT',
  InvalidElection = 'INVALID_ELECTION',
  TieUnresolved = 'TIE_UNRESOLVED',
  MissingBirthDate = 'MISSING_BIRTH_DATE',
  UnknownBody = 'UNKNOWN_BODY',
  UnknownMeetingKind = 'UNKNOWN_MEETING_KIND',
  InvalidSeed = 'INVALID_SEED',
  InvalidTerm = 'INVALID_TERM',
  InvalidArgument = 'INVALID_ARGUMENT',
  ProxyToSelf = 'PROXY_TO_SELF',
  ProxiesNotAllowed = 'PROXIES_NOT_ALLOWED',
  ProxyCapReached = 'PROXY_CAP_REACHED',
  ProxyHolderNotEligible = 'PROXY_HOLDER_NOT_ELIGIBLE',
  ProxyPrincipalWithoutVote = 'PROXY_PRINCIPAL_WITHOUT_VOTE',
  ProxyChain = 'PROXY_CHAIN',
  ProxyPrincipalAttends = 'PROXY_PRINCIPAL_ATTENDS',
  ProxyAlreadyGiven = 'PROXY_ALREADY_GIVEN',
  ProxyOtherCollege = 'PROXY_OTHER_COLLEGE',
  BlankProxiesNotAllowed = 'BLANK_PROXIES_NOT_ALLOWED',
  ConvocationLate = 'CONVOCATION_LATE',
  SecondConvocationTooEarly = 'SECOND_CONVOCATION_TOO_EARLY',
}

/** A sentence in both languages of Collegial: French first, English available. */
export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

/** The two languages every explanation is written in. */
export type Locale = 'fr' | 'en';

export class GovernanceError extends Error {
  override readonly name = 'GovernanceError';
  /** Stable machine-readable code. */
  readonly code: GovernanceErrorCode;
  /** The same problem explained in French and English. `message` equals `messages.en`. */
  readonly messages: Bilingual;
  /** Where in the input the problem is, e.g. "bodies.board.ordinary.quorum.firstConvocation.share". */
  readonly path?: string;

  constructor(code: GovernanceErrorCode, messages: Bilingual, path?: string) {
    super(messages.en);
    this.code = code;
    this.messages = messages;
    if (path !== undefined) this.path = path;
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** The message in the requested language. */
  messageIn(locale: Locale): string {
    return this.messages[locale];
  }
}

/** Throws a GovernanceError; a small helper so rules read as one line. */
export function fail(code: GovernanceErrorCode, fr: string, en: string, path?: string): never {
  throw new GovernanceError(code, { fr, en }, path);
}
