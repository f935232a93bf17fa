import { AccountRole } from './access/account-role.entity';
import { Account } from './auth/entities/account.entity';
import { Invitation } from './access/invitation.entity';
import { Session } from './auth/entities/session.entity';
import { Body } from './bodies/body.entity';
import { Document } from './documents/entities/document.entity';
import { DocumentVersion } from './documents/entities/document-version.entity';
import { College } from './colleges/college.entity';
import { Handover } from './mandates/handover.entity';
import { Mandate } from './mandates/mandate.entity';
import { MemberRepresentative } from './members/member-representative.entity';
import { Member } from './members/member.entity';
import { Organisation } from './core/tenancy/organisation.entity';
import { RegistrationRequest } from './auth/entities/registration-request.entity';

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
  Document,
  DocumentVersion,
];
