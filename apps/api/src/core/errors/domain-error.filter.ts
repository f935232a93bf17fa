import { Catch } from '@nestjs/common';
import type { ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import type { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorReason } from './domain-error';
import { domainErrorToGraphQL } from './graphql-error.mapper';
import { isConcurrencyFailure } from './postgres-errors';
import { requestLocale } from '../locale/request-locale';
import type { GraphQLContext } from '../graphql/graphql-context';

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
  catch(error: DomainError | QueryFailedError, host: ArgumentsHost): GraphQLError | Error {
    const context = GqlArgumentsHost.create(host).getContext<GraphQLContext | undefined>();
    if (error instanceof DomainError) return domainErrorToGraphQL(error, requestLocale(context?.req));
    if (isConcurrencyFailure(error)) {
      return domainErrorToGraphQL(new DomainError(ErrorReason.ConcurrentChange, CONCURRENT_CHANGE), requestLocale(context?.req));
    }
    return error;
  }
}
