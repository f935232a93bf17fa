import { Logger } from '@nestjs/common';
import { DomainError, type LocalisedMessage } from '../../core/errors/domain-error';
import { graphqlCodeOf } from '../../core/errors/graphql-error.mapper';
import type { Locale } from '../../core/locale/locale';

/**
 * A refusal on the live connection, read like a GraphQL error: `code` is the GraphQL code
 * (NOT_FOUND, UNAUTHENTICATED, FORBIDDEN...), `reason` the precise one (PERSONAL_LINK_UNUSABLE,
 * ALREADY_VOTED...), `message` in the client's language.
 */
export interface LiveErrorPayload {
  code: string;
  reason: string;
  message: string;
}

const UNEXPECTED: LocalisedMessage = {
  fr: 'Une erreur inattendue est survenue. Elle a été enregistrée ; réessayez plus tard.',
  en: 'An unexpected error occurred. It has been logged; please try again later.',
};

const logger = new Logger('Live');

export function liveErrorPayload(error: unknown, locale: Locale): LiveErrorPayload {
  if (error instanceof DomainError) {
    return { code: graphqlCodeOf(error.reason), reason: error.reason, message: error.messages[locale] };
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_SERVER_ERROR', message: UNEXPECTED[locale] };
}

/** A refused handshake: the client's `connect_error` has the message and, in `data`, the payload. */
export function liveConnectError(error: unknown, locale: Locale): Error & { data: LiveErrorPayload } {
  const data = liveErrorPayload(error, locale);
  return Object.assign(new Error(data.message), { data });
}
