import { Field, InputType } from '@nestjs/graphql';
import { MaxLength, NotNull } from '../core/graphql/input-rules';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { LegalForm, PresetKind } from '@collegial/governance';
import { GovernancePresetKindEnum, LegalFormEnum } from './organisation-enums';

@InputType()
export class CreateOrganisationInput {
  @MaxLength(200) @Field() name: string;
  @Field(() => LegalFormEnum) legalForm: LegalForm;
  @MaxLength(500) @Field(() => String, { nullable: true }) address?: string | null;
  @MaxLength(40) @Field(() => String, { nullable: true, description: 'RNA (W + 9 digits) or SIREN (9 digits).' }) registrationNumber?: string | null;
  @MaxLength(64)
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. "Europe/Paris" (the default) or "America/Cayenne".' })
  timeZone?: string | null;
  @Field(() => GovernancePresetKindEnum, { nullable: true, description: "The preset to start from; defaults to the legal form's." })
  preset?: PresetKind | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'A full governance profile, instead of a preset.' })
  governanceProfile?: Record<string, unknown>;
}

@InputType()
export class UpdateOrganisationInput {
  @NotNull() @MaxLength(200) @Field({ nullable: true }) name?: string;
  @MaxLength(500) @Field(() => String, { nullable: true }) address?: string | null;
  @MaxLength(40) @Field(() => String, { nullable: true }) registrationNumber?: string | null;
  @MaxLength(64) @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. "Europe/Paris".' }) timeZone?: string | null;
}
