import { registerEnumType } from '@nestjs/graphql';

/**
 * A GraphQL enum from a list of domain values (the values stay the domain's own strings),
 * so the schema and the code cannot disagree on them.
 */
export function graphqlEnum<T extends string>(name: string, values: readonly T[], description?: string): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
