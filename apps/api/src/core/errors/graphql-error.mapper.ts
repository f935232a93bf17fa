import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Locale } from '../locale/locale';
import { DomainError, ErrorReason, type LocalisedMessage } from './domain-error';
import { describeGraphQLInputError, describeMalformedRequest } from './graphql-input-messages';
import { inputRejectionIn, INVALID_INPUT_REASON } from './input-rejection';

const GRAPHQL_CODE: Record<ErrorReason, string> = {
  [ErrorReason.NotFound]: 'NOT_FOUND',
  [ErrorReason.Unauthenticated]: 'UNAUTHENTICATED',
  [ErrorReason.Forbidden]: 'FORBIDDEN',
  [ErrorReason.InvalidInput]: 'BAD_USER_INPUT',
  [ErrorReason.InvalidDates]: 'BAD_USER_INPUT',
  [ErrorReason.InvalidGovernanceProfile]: 'BAD_USER_INPUT',
  [ErrorReason.InvalidCollegeWeights]: 'BAD_USER_INPUT',
  [ErrorReason.WeakPassword]: 'BAD_USER_INPUT',
  [ErrorReason.InvalidCredentials]: 'UNAUTHENTICATED',
  [ErrorReason.TooManyAttempts]: 'TOO_MANY_REQUESTS',
  [ErrorReason.DuplicateEmail]: 'CONFLICT',
  [ErrorReason.DuplicateName]: 'CONFLICT',
  [ErrorReason.RoleAlreadyHeld]: 'CONFLICT',
  [ErrorReason.MemberAlreadySits]: 'CONFLICT',
  [ErrorReason.InvitationUnusable]: 'CONFLICT',
  [ErrorReason.RegistrationUnusable]: 'CONFLICT',
  [ErrorReason.LastAdmin]: 'CONFLICT',
  [ErrorReason.InUse]: 'CONFLICT',
  [ErrorReason.MandateAlreadyEnded]: 'CONFLICT',
  [ErrorReason.AlreadyDone]: 'CONFLICT',
  [ErrorReason.ConcurrentChange]: 'CONFLICT',
  [ErrorReason.MeetingStatusForbids]: 'CONFLICT',
  [ErrorReason.ProxyRefused]: 'BAD_USER_INPUT',
  [ErrorReason.TooLarge]: 'PAYLOAD_TOO_LARGE',
  [ErrorReason.UnsupportedType]: 'UNSUPPORTED_MEDIA_TYPE',
  [ErrorReason.ContentMismatch]: 'UNSUPPORTED_MEDIA_TYPE',
  [ErrorReason.PersonalLinkUnusable]: 'FORBIDDEN',
  [ErrorReason.ConvocationNotAllowed]: 'CONFLICT',
  [ErrorReason.ConvocationLate]: 'CONFLICT',
  [ErrorReason.RepliesClosed]: 'CONFLICT',
  [ErrorReason.BallotStatusForbids]: 'CONFLICT',
  [ErrorReason.NotOnRoll]: 'FORBIDDEN',
  [ErrorReason.AlreadyVoted]: 'CONFLICT',
  [ErrorReason.InvalidChoice]: 'BAD_USER_INPUT',
  [ErrorReason.QuorumNotReached]: 'CONFLICT',
};

/** Codes that graphql and Apollo raise themselves for malformed requests: passed through. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

const UNEXPECTED: LocalisedMessage = {
  fr: 'Une erreur inattendue est survenue. Elle a été enregistrée ; réessayez plus tard.',
  en: 'An unexpected error occurred. It has been logged; please try again later.',
};

const logger = new Logger('GraphQL');

/** The GraphQL error code of a reason: also the `code` of an HTTP route's JSON error. */
export function graphqlCodeOf(reason: ErrorReason): string {
  return GRAPHQL_CODE[reason];
}

export function domainErrorToGraphQL(error: DomainError, locale: Locale): GraphQLError {
  return new GraphQLError(error.messages[locale], {
    extensions: {
      code: GRAPHQL_CODE[error.reason],
      reason: error.reason,
      messages: error.messages,
      ...(error.details ? { details: error.details } : {}),
    },
  });
}

/**
 * Apollo's last word on every error: domain errors and the client's own mistakes keep their
 * message; anything else is logged in full and replaced by a generic message without stack.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    const translated = domainErrorToGraphQL(original, 'fr');
    return { message: translated.message, path: formatted.path, locations: formatted.locations, extensions: translated.extensions };
  }
  const code = formatted.extensions?.code;
  const rejection = inputRejectionIn(error);
  if (rejection || (typeof code === 'string' && CLIENT_ERROR_CODES.has(code) && !formatted.extensions?.messages)) {
    return clientError(formatted, error, rejection, String(code));
  }
  if (typeof code === 'string' && (CLIENT_ERROR_CODES.has(code) || Object.values(GRAPHQL_CODE).includes(code))) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: UNEXPECTED.fr,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', messages: UNEXPECTED },
  };
}

/**
 * A request GraphQL itself refused (a value the schema does not accept, a syntax or
 * validation error): in French and English. A value refused by one of our scalars (a
 * malformed UUID or date), inline or in a variable, is BAD_USER_INPUT like any bad input.
 */
function clientError(formatted: GraphQLFormattedError, error: unknown, rejection: ReturnType<typeof inputRejectionIn>, code: string): GraphQLFormattedError {
  const inner = error instanceof GraphQLError ? error.originalError?.message : undefined;
  const input =
    code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' || rejection ? describeGraphQLInputError(formatted.message, inner, rejection) : undefined;
  const messages = input ?? describeMalformedRequest(formatted.message, code);
  const { stacktrace: _stack, messages: _messages, ...extensions } = formatted.extensions ?? {};
  const badInput = rejection !== undefined || (code === 'BAD_USER_INPUT' && input !== undefined);
  return {
    message: messages.fr,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { ...extensions, code: badInput ? 'BAD_USER_INPUT' : code, ...(badInput ? { reason: INVALID_INPUT_REASON } : {}), messages },
  };
}
