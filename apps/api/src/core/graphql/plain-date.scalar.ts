import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { InputRejection } from '../errors/input-rejection';

/** The dates the api accepts: from 1900 (birth dates) to 2200 (terms, planned ends). */
export const MIN_PLAIN_DATE = '1900-01-01';
export const MAX_PLAIN_DATE = '2200-12-31';

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A calendar date 'YYYY-MM-DD' between MIN_PLAIN_DATE and MAX_PLAIN_DATE, or a refusal. */
export function checkedPlainDate(value: unknown, nodes?: ValueNode): string {
  let date: string;
  try {
    date = GraphQLLocalDate.parseValue(value);
  } catch {
    throw new InputRejection(
      {
        fr: `« ${shown(value)} » n'est pas une date valide : le format attendu est AAAA-MM-JJ (par exemple 2026-03-15).`,
        en: `"${shown(value)}" is not a valid date: the expected format is YYYY-MM-DD (e.g. 2026-03-15).`,
      },
      { nodes },
    );
  }
  if (date < MIN_PLAIN_DATE || date > MAX_PLAIN_DATE) {
    throw new InputRejection(
      {
        fr: `La date ${date} est hors des dates acceptées (du ${MIN_PLAIN_DATE} au ${MAX_PLAIN_DATE}).`,
        en: `The date ${date} is outside the accepted dates (${MIN_PLAIN_DATE} to ${MAX_PLAIN_DATE}).`,
      },
      { nodes },
    );
  }
  return date;
}

/**
 * A calendar date 'YYYY-MM-DD' in GraphQL: graphql-scalars' LocalDate, refusing dates
 * before 1900 or after 2200 (year 0000, 0001 or 9999 is a typing mistake, not a date).
 */
export const PlainDateScalar = new GraphQLScalarType<string, string>({
  ...GraphQLLocalDate.toConfig(),
  description: `A calendar date 'YYYY-MM-DD' from ${MIN_PLAIN_DATE} to ${MAX_PLAIN_DATE}, e.g. 2026-03-15.`,
  parseValue: (value) => checkedPlainDate(value),
  parseLiteral: (ast) => checkedPlainDate(ast.kind === Kind.STRING ? ast.value : ast.kind, ast),
});
