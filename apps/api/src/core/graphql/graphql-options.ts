import { join } from 'node:path';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '../../config/app-config';
import { formatGraphQLError } from '../errors/graphql-error.mapper';
import type { GraphQLContext } from './graphql-context';
import { inputGuardPlugin } from './input-guard.plugin';

export const SCHEMA_FILE = join(__dirname, '../../../schema.gql').replace(`${join('dist', 'apps')}`, 'apps');

/** Longest query, in GraphQL tokens. */
const MAX_TOKENS = 5000;

/** Apollo with limits on depth, cost, aliases, directives and tokens (graphql-armor). */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth, exposeLimits: true },
    costLimit: { maxCost: config.graphql.maxCost, exposeLimits: true },
    maxAliases: { n: config.graphql.maxAliases, exposeLimits: true },
    maxDirectives: { n: 20, exposeLimits: true },
    // graphql-armor's token limit re-parses the query in a plugin hook, where a syntax
    // error becomes an unexpected error (HTTP 500); GraphQL's parser counts tokens itself
    // (parseOptions below), so a syntax error or too many tokens is HTTP 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !config.graphql.exposeSchema },
  }).protect();
  return {
    path: '/graphql',
    // Development writes the schema file to commit; elsewhere it stays in memory.
    autoSchemaFile: config.environment === 'development' ? SCHEMA_FILE : true,
    sortSchema: true,
    introspection: config.graphql.exposeSchema,
    playground: false,
    plugins: [
      ...armor.plugins,
      // Malformed text, lengths, nulls and JSON refused before any resolver runs; errors in the request's language.
      inputGuardPlugin<GraphQLContext>(),
      config.graphql.exposeSchema ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    // Batches are allowed, capped by BatchLimitMiddleware.
    allowBatchedHttpRequests: true,
    includeStacktraceInErrorResponses: false,
    // HTTP 400 for a variable the schema refuses is Apollo Server 5's default
    // (status400ForVariableCoercionErrors; setting it only logs a warning); syntax and
    // validation errors are 400 too, and our input refusals carry http.status 400.
    formatError: formatGraphQLError,
    context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
  };
}
