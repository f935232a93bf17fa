import { Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { Locale } from '../locale/locale';
import { DomainError, ErrorReason } from './domain-error';
import { domainErrorToGraphQL } from './graphql-error.mapper';

const HTTP_STATUS: Partial<Record<ErrorReason, number>> = {
  [ErrorReason.NotFound]: 404,
  [ErrorReason.Unauthenticated]: 401,
  [ErrorReason.InvalidCredentials]: 401,
  [ErrorReason.Forbidden]: 403,
  [ErrorReason.TooManyAttempts]: 429,
  [ErrorReason.TooLarge]: 413,
  [ErrorReason.UnsupportedType]: 415,
  [ErrorReason.ContentMismatch]: 415,
};

/** The HTTP status of a refusal on a plain route (file upload, download): bad input 400, conflicts 409. */
export function httpStatusOf(error: DomainError): number {
  const status = HTTP_STATUS[error.reason];
  if (status) return status;
  const code = domainErrorToGraphQL(error, 'fr').extensions.code;
  return code === 'CONFLICT' ? 409 : 400;
}

/**
 * A refusal on a plain HTTP route, in the shape of a GraphQL response with an error, so a
 * client reads both the same way: `{ errors: [{ message, extensions: { code, reason, messages } }] }`,
 * the message in the caller's language.
 */
export function sendDomainError(response: Response, error: DomainError, locale: Locale): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const graphql = domainErrorToGraphQL(error, locale);
  response.status(httpStatusOf(error)).json({ errors: [{ message: graphql.message, extensions: graphql.extensions }] });
}

const UNEXPECTED = {
  fr: 'Une erreur inattendue est survenue. Elle a été enregistrée ; réessayez plus tard.',
  en: 'An unexpected error occurred. It has been logged; please try again later.',
};

/** Anything else on a plain route: logged in full, answered 500 without a stack. */
export function sendUnexpectedError(response: Response, error: unknown): void {
  new Logger('HTTP').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.status(500).json({ errors: [{ message: UNEXPECTED.fr, extensions: { code: 'INTERNAL_SERVER_ERROR', messages: UNEXPECTED } }] });
}
