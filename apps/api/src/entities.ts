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
import { AgendaAmendment } from './meetings/entities/agenda-amendment.entity';
import { AgendaItem } from './meetings/entities/agenda-item.entity';
import { AttendanceRecord } from './meetings/entities/attendance-record.entity';
import { BodyRhythm } from './meetings/entities/body-rhythm.entity';
import { MeetingExcusal } from './meetings/entities/meeting-excusal.entity';
import { MeetingProxy } from './meetings/entities/meeting-proxy.entity';
import { Meeting } from './meetings/entities/meeting.entity';
import { Resolution } from './meetings/entities/resolution.entity';
import { RegistrationRequest } from './auth/entities/registration-request.entity';

import { CalendarFeed } from './convocations/calendar/calendar-feed.entity';
import { ConvocationSending } from './convocations/entities/convocation-sending.entity';
import { Convocation } from './convocations/entities/convocation.entity';
import { PersonalLink } from './convocations/personal-links/personal-link.entity';
import { Ballot } from './voting/entities/ballot.entity';
import { BallotOption } from './voting/entities/ballot-option.entity';
import { RollEntry } from './voting/entities/roll-entry.entity';
import { PublicVote } from './voting/entities/public-vote.entity';
import { Participation } from './voting/entities/participation.entity';
import { BoxEntry } from './voting/entities/box-entry.entity';
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
  BodyRhythm,
  Meeting,
  AgendaItem,
  Resolution,
  AgendaAmendment,
  MeetingProxy,
  AttendanceRecord,
  MeetingExcusal,
  Document,
  DocumentVersion,
  Convocation,
  ConvocationSending,
  PersonalLink,
  CalendarFeed,
  Ballot,
  BallotOption,
  RollEntry,
  PublicVote,
  Participation,
  BoxEntry,
];
