import { Field, InputType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { LegalForm } from '@collegial/governance';
import { LegalFormEnum } from './organisation-enums';

@InputType()
export class CreateOrganisationInput {
  @Field() name: string;
  @Field(() => LegalFormEnum) legalForm: LegalForm;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true, description: 'RNA (W + 9 digits) or SIREN (9 digits).' }) registrationNumber?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "Defaults to the legal form's preset." })
  governanceProfile?: Record<string, unknown>;
}

@InputType()
export class UpdateOrganisationInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) registrationNumber?: string | null;
}
