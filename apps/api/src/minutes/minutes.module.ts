import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConvocationsModule } from '../convocations/convocations.module';
import { TenancyModule } from '../core/tenancy/tenancy.module';
import { DocumentsModule } from '../documents/documents.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { MembersModule } from '../members/members.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { VotingModule } from '../voting/voting.module';
import { ArchiveExport } from './entities/archive-export.entity';
import { MinutesApproval } from './entities/minutes-approval.entity';
import { Minutes } from './entities/minutes.entity';
import { RegisterDecision } from './entities/register-decision.entity';
import { RegisterEntry } from './entities/register-entry.entity';
import { MinutesDownloadsController } from './http/minutes-downloads.controller';
import { OrganisationReader } from './http/organisation-reader';
import { ArchivesController } from './http/archives.controller';
import { ArchiveResolver } from './graphql/archive.resolver';
import { ArchiveService } from './services/archive.service';
import { RegisterImportsController } from './http/register-imports.controller';
import { RegisterImportService } from './services/register-import.service';
import { BodiesModule } from '../bodies/bodies.module';
import { MeetingPapersService } from './services/meeting-papers.service';
import { MinutesResolver } from './graphql/minutes.resolver';
import { RegisterResolver } from './graphql/register.resolver';
import { MinutesAssembler } from './services/minutes-assembly';
import { MinutesFiles } from './services/minutes-files';
import { MINUTES_FILES } from './services/minutes-files.token';
import { MinutesService } from './services/minutes.service';
import { RegisterService } from './services/register.service';

/**
 * Minutes of closed meetings (draft, approval by the chair and the secretary, the PDF),
 * the papers of a meeting, the decision register (hash chain, search, imports) and the
 * archive export. Builds on meetings, voting, convocations and documents; none imports it.
 */
@Module({
  imports: [
    TenancyModule.forFeature([Minutes, MinutesApproval, RegisterEntry, RegisterDecision, ArchiveExport]),
    MeetingsModule,
    VotingModule,
    ConvocationsModule,
    DocumentsModule,
    MembersModule,
    OrganisationsModule,
    AccessModule,
    BodiesModule,
  ],
  controllers: [MinutesDownloadsController, RegisterImportsController, ArchivesController],
  providers: [
    OrganisationReader,
    MeetingPapersService,
    RegisterImportService,
    ArchiveService,
    ArchiveResolver,
    { provide: MINUTES_FILES, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new MinutesFiles(join(config.dataDir, 'minutes')) },
    MinutesAssembler,
    MinutesService,
    RegisterService,
    MinutesResolver,
    RegisterResolver,
  ],
})
export class MinutesModule {}
