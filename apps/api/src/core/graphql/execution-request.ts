import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { CollegialRequest, GraphQLContext } from './graphql-context';

/** The HTTP request behind a GraphQL resolver or a plain controller. */
export function executionRequest(context: ExecutionContext): CollegialRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<CollegialRequest>();
}

export function executionArgs(context: ExecutionContext): Record<string, unknown> {
  return context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getArgs() : {};
}
