import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/actor/actor';
import { CurrentActor } from '../../core/actor/current-actor.decorator';
import { RequireRole } from '../../core/actor/require-role.decorator';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import { ArchiveService } from '../services/archive.service';
import { ArchiveExportObject } from './minutes.object';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });

@Resolver(() => ArchiveExportObject)
export class ArchiveResolver {
  constructor(private readonly archives: ArchiveService) {}

  @RequireRole('secretary')
  @Mutation(() => ID, {
    description:
      "Starts an export of the organisation's whole archive (minutes, register as CSV, the chain's verification, documents) as one zip; returns its id.",
  })
  async exportArchive(@OrganisationId() _o: string, @CurrentActor() actor: Actor): Promise<string> {
    return (await this.archives.request(actor)).id;
  }

  @RequireRole('secretary')
  @Query(() => ArchiveExportObject, { description: 'An archive export: its status, progress and, when done, its download address.' })
  async archiveExport(
    @OrganisationId() _o: string,
    @Args('id', { type: () => UUIDScalar }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ArchiveExportObject> {
    return ArchiveExportObject.from(await this.archives.get(actor, id));
  }
}
