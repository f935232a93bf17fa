import { Catch } from '@nestjs/common';
import type { ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import type { GraphQLError } from 'graphql';
import { DomainError } from './domain-error';
import { domainErrorToGraphQL } from './graphql-error.mapper';
import { requestLocale } from './request-locale';
import type { GraphQLContext } from './graphql-context';

/** Turns a service's refusal into a GraphQL error in the caller's language. */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): GraphQLError {
    const context = GqlArgumentsHost.create(host).getContext<GraphQLContext | undefined>();
    return domainErrorToGraphQL(error, requestLocale(context?.req));
  }
}
