import type { MigrationInterface } from 'typeorm';

import { InitialSchema1795322864386 } from './1795322864386-InitialSchema';
import { TenantIntegrity1795324619599 } from './1795324619599-TenantIntegrity';
import { MemberSearch1796190952150 } from './1796190952150-MemberSearch';
import { OrganisationTimeZone1796192925208 } from './1796192925208-OrganisationTimeZone';
import { RegistrationRequests1796193094344 } from './1796193094344-RegistrationRequests';
import { Meetings1796516027001 } from './1796516027001-Meetings';

import { Documents1796516546545 } from './1796516546545-Documents';
import { Convocations1796516692512 } from './1796516692512-Convocations';
import { Voting1796526705806 } from './1796526705806-Voting';
import { LiveAttachments1796526760975 } from './1796526760975-LiveAttachments';
import { Minutes1796527944934 } from './1796527944934-Minutes';
import { BallotQuorum1796531260571 } from './1796531260571-BallotQuorum';
import { CastVotesFunction1796548828238 } from './1796548828238-CastVotesFunction';
/** In order of creation; `npm run migration:generate` appends to this list. */
export const migrations: (new () => MigrationInterface)[] = [
  InitialSchema1795322864386,
  TenantIntegrity1795324619599,
  MemberSearch1796190952150,
  OrganisationTimeZone1796192925208,
  RegistrationRequests1796193094344,
  Meetings1796516027001,
  Documents1796516546545,
  Convocations1796516692512,
  Voting1796526705806,
  LiveAttachments1796526760975,
  Minutes1796527944934,
  BallotQuorum1796531260571,
  CastVotesFunction1796548828238,
];
