import { Catch } from '@nestjs/common';
import type { ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import type { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorReason } from './domain-error';
import { domainErrorToGraphQL } from './graphql-error.mapper';
import { isConcurrencyFailure } from './postgres-errors';
import { requestLocale } from '../locale/request-locale';
import type { CollegialRequest, GraphQLContext } from '../graphql/graphql-context';
import { sendDomainError, sendUnexpectedError } from './http-error';

const CONCURRENT_CHANGE = {
  fr: "Une autre modification des mêmes données a eu lieu au même moment : rien n'a été enregistré. Rechargez, puis réessayez.",
  en: 'Another change to the same data happened at the same moment: nothing was saved. Reload, then try again.',
};

/**
 * Turns a service's refusal into a GraphQL error in the caller's language. PostgreSQL's
 * refusals of concurrent work (deadlock, serialization, exclusion, lock timeout) are a
 * conflict the person can retry, never an internal error; the transaction rolled back.
 */
@Catch(DomainError, QueryFailedError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError | QueryFailedError, host: ArgumentsHost): GraphQLError | Error | undefined {
    if (host.getType() === 'http') return this.catchOnRoute(error, host);
    const context = GqlArgumentsHost.create(host).getContext<GraphQLContext | undefined>();
    if (error instanceof DomainError) return domainErrorToGraphQL(error, requestLocale(context?.req));
    if (isConcurrencyFailure(error)) {
      return domainErrorToGraphQL(new DomainError(ErrorReason.ConcurrentChange, CONCURRENT_CHANGE), requestLocale(context?.req));
    }
    return error;
  }

  /** A plain HTTP route (documents): the same refusal as JSON with its HTTP status. */
  private catchOnRoute(error: DomainError | QueryFailedError, host: ArgumentsHost): Error | undefined {
    const http = host.switchToHttp();
    const request = http.getRequest<CollegialRequest>();
    const refusal =
      error instanceof DomainError ? error : isConcurrencyFailure(error) ? new DomainError(ErrorReason.ConcurrentChange, CONCURRENT_CHANGE) : null;
    if (refusal) sendDomainError(http.getResponse(), refusal, requestLocale(request));
    else sendUnexpectedError(http.getResponse(), error);
    return undefined;
  }
}
