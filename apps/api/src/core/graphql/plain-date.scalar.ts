import { GraphQLLocalDate } from 'graphql-scalars';

/** A calendar date 'YYYY-MM-DD' in GraphQL, validated by the scalar. */
export const PlainDateScalar = GraphQLLocalDate;
