import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { LegalForm } from '@collegial/governance';
import type { OrganisationRole } from '../core/actor/organisation-role';
import type { Organisation } from '../core/tenancy/organisation.entity';
import { OrganisationRoleEnum } from '../core/actor/organisation-role';
import { LegalFormEnum } from './organisation-enums';

@ObjectType('Organisation')
export class OrganisationObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => LegalFormEnum) legalForm: LegalForm;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true, description: 'RNA (association) or SIREN.' }) registrationNumber: string | null;
  @Field({ description: 'IANA time zone: dates such as "today" are taken there.' }) timeZone: string;
  @Field(() => GraphQLJSONObject, { description: "The statutes' rules, as validated by libs/governance." })
  governanceProfile: Record<string, unknown>;
  @Field(() => OrganisationRoleEnum, { description: "The caller's role in this organisation." }) myRole: OrganisationRole;
  @Field() createdAt: Date;

  static from(organisation: Organisation, myRole: OrganisationRole): OrganisationObject {
    return Object.assign(new OrganisationObject(), {
      id: organisation.id,
      name: organisation.name,
      legalForm: organisation.legalForm,
      address: organisation.address,
      registrationNumber: organisation.registrationNumber,
      timeZone: organisation.timeZone,
      governanceProfile: organisation.governanceProfile as unknown as Record<string, unknown>,
      myRole,
      createdAt: organisation.createdAt,
    });
  }
}
