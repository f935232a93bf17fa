import { Field, ObjectType } from '@nestjs/graphql';
import type { OrganisationRole } from '../core/actor/organisation-role';
import type { AccountRole } from './account-role.entity';
import type { Account } from '../auth/entities/account.entity';
import { AccountObject } from '../auth/graphql/account.object';
import { OrganisationRoleEnum } from '../core/actor/organisation-role';

/** An account's access to the organisation. */
@ObjectType('OrganisationAccess')
export class OrganisationAccessObject {
  @Field(() => AccountObject) account: AccountObject;
  @Field(() => OrganisationRoleEnum) role: OrganisationRole;
  @Field() since: Date;

  static from(role: AccountRole, account: Account): OrganisationAccessObject {
    return Object.assign(new OrganisationAccessObject(), { account: AccountObject.from(account), role: role.role, since: role.createdAt });
  }
}
