import { AccountRole } from './auth/account-role.entity';
import { Account } from './auth/account.entity';
import { Invitation } from './organisations/invitation.entity';
import { Session } from './auth/session.entity';
import { RegistrationRequest } from './auth/registration-request.entity';
import { Body } from './organisations/body.entity';
import { College } from './organisations/college.entity';
import { Handover } from './organisations/handover.entity';
import { Mandate } from './organisations/mandate.entity';
import { MemberRepresentative } from './organisations/member-representative.entity';
import { Member } from './organisations/member.entity';
import { Organisation } from './organisations/organisation.entity';

/** Every entity of the api, for the data source and the migration generator. */
export const entities = [
  Account,
  Session,
  RegistrationRequest,
  AccountRole,
  Invitation,
  Organisation,
  College,
  Member,
  MemberRepresentative,
  Body,
  Mandate,
  Handover,
];
