import { join } from 'node:path';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '../../config/app-config';
import { formatGraphQLError } from '../errors/graphql-error.mapper';
import type { GraphQLContext } from './graphql-context';

export const SCHEMA_FILE = join(__dirname, '../../schema.gql').replace(`${join('dist', 'apps')}`, 'apps');

/** Apollo with limits on depth, cost, aliases, directives and tokens (graphql-armor). */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth, exposeLimits: true },
    costLimit: { maxCost: config.graphql.maxCost, exposeLimits: true },
    maxAliases: { n: config.graphql.maxAliases, exposeLimits: true },
    maxDirectives: { n: 20, exposeLimits: true },
    maxTokens: { n: 5000, exposeLimits: true },
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
      config.graphql.exposeSchema ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: armor.validationRules,
    // Batches are allowed, capped by BatchLimitMiddleware.
    allowBatchedHttpRequests: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
  };
}
