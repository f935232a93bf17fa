import { Module } from '@nestjs/common';
import { BodiesModule } from '../bodies/bodies.module';
import { ConvocationsModule } from '../convocations/convocations.module';
import { TenancyModule } from '../core/tenancy/tenancy.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { MembersModule } from '../members/members.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { BallotOption } from './entities/ballot-option.entity';
import { Ballot } from './entities/ballot.entity';
import { BoxEntry } from './entities/box-entry.entity';
import { Participation } from './entities/participation.entity';
import { PublicVote } from './entities/public-vote.entity';
import { RollEntry } from './entities/roll-entry.entity';
import { BallotsResolver } from './graphql/ballots.resolver';
import { PersonalBallotsResolver } from './graphql/personal-ballots.resolver';
import { BallotBoxService } from './services/ballot-box.service';
import { BallotSchedule } from './services/ballot-schedule';
import { BallotCounter } from './services/ballot-counter';
import { BallotDefinitions } from './services/ballot-definitions';
import { BallotsService } from './services/ballots.service';
import { CastWriter } from './services/cast-writer';
import { CastingService } from './services/casting.service';
import { TalliesService } from './services/tallies.service';
import { VoterRollBuilder } from './services/voter-roll';
import { VotingEvents } from './voting-events';

/**
 * Ballots, the frozen roll, casting (GraphQL and the live socket), secret ballots kept
 * apart from their voters, the count at close and the live tallies.
 */
@Module({
  imports: [
    TenancyModule.forFeature([Ballot, BallotOption, RollEntry, PublicVote, Participation, BoxEntry]),
    MeetingsModule,
    ConvocationsModule,
    MembersModule,
    BodiesModule,
    OrganisationsModule,
  ],
  providers: [
    VotingEvents,
    BallotDefinitions,
    CastWriter,
    CastingService,
    VoterRollBuilder,
    BallotCounter,
    BallotsService,
    TalliesService,
    BallotBoxService,
    BallotSchedule,
    BallotsResolver,
    PersonalBallotsResolver,
  ],
  exports: [BallotsService, CastingService, TalliesService, VotingEvents],
})
export class VotingModule {}
