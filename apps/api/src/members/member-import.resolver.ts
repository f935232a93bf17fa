import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '../core/actor/actor';
import { CurrentActor } from '../core/actor/current-actor.decorator';
import { RequireRole } from '../core/actor/require-role.decorator';
import type { CollegialRequest } from '../core/graphql/graphql-context';
import { ArgRules } from '../core/graphql/input-rules';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import { requestLocale } from '../core/locale/request-locale';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LINES } from './member-csv';
import { MemberImportReportObject } from './member-import.object';
import { MemberImportService } from './member-import.service';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });
const CSV_DESCRIPTION =
  'The file\'s text: UTF-8, ";" or "," between cells, a header line naming the columns in French: nom, type (personne physique / personne morale), collège, email, ' +
  'adhésion (JJ/MM/AAAA or AAAA-MM-JJ), droit de vote (oui/non), motif (why no vote), convocation électronique (oui/non), représentant, email du représentant, adresse. ' +
  `Only nom and adhésion are required; at most ${MAX_IMPORT_LINES} lines and ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;

@Resolver()
export class MemberImportResolver {
  constructor(private readonly imports: MemberImportService) {}

  @RequireRole('secretary')
  @ArgRules({ csv: { maxLength: MAX_IMPORT_BYTES } })
  @Mutation(() => MemberImportReportObject, { description: 'What importing this members file would do, line by line; imports nothing.' })
  async previewMemberImport(
    @OrganisationId() _o: string,
    @Args('csv', { description: CSV_DESCRIPTION }) csv: string,
    @CurrentActor() actor: Actor,
    @Context('req') request: CollegialRequest,
  ): Promise<MemberImportReportObject> {
    return MemberImportReportObject.from(await this.imports.preview(actor, csv, requestLocale(request)));
  }

  @RequireRole('secretary')
  @ArgRules({ csv: { maxLength: MAX_IMPORT_BYTES } })
  @Mutation(() => MemberImportReportObject, {
    description: 'Imports the accepted lines of a members file, all together or none; the refused lines are reported.',
  })
  async importMembers(
    @OrganisationId() _o: string,
    @Args('csv', { description: CSV_DESCRIPTION }) csv: string,
    @CurrentActor() actor: Actor,
    @Context('req') request: CollegialRequest,
  ): Promise<MemberImportReportObject> {
    return MemberImportReportObject.from(await this.imports.import(actor, csv, requestLocale(request)));
  }
}
