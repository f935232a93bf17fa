import { Extensions } from '@nestjs/graphql';

/**
 * Rules of an input field, read from the schema by the input guard (input-guard.plugin.ts)
 * before any resolver runs. Put them beside the field's @Field():
 *
 *   @MaxLength(200) @Field() name: string;
 *   @NotNull() @MaxLength(200) @Field({ nullable: true }) name?: string;
 */
export interface InputFieldRules {
  /** Longest text accepted, in characters (UTF-16 code units); the default is DEFAULT_MAX_TEXT_LENGTH. */
  maxLength?: number;
  /** The field may be left out (nothing changes) but not sent as null. */
  notNull?: boolean;
}

/** The text is at most `max` characters long (match the column: varchar(200) is 200). */
export const MaxLength = (max: number): PropertyDecorator => Extensions({ maxLength: max } satisfies InputFieldRules);

/** An optional field of an update: leave it out to keep the value; null is refused, not stored nor ignored. */
export const NotNull = (): PropertyDecorator => Extensions({ notNull: true } satisfies InputFieldRules);

/**
 * Rules of a query's or mutation's own arguments, by name (Nest's @Args takes no
 * extensions): `@ArgRules({ email: { maxLength: 254 } })` beside @Mutation().
 */
export const ArgRules = (rules: Record<string, InputFieldRules>): MethodDecorator => Extensions({ argRules: rules });
