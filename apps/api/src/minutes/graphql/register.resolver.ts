import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/actor/actor';
import { CurrentActor } from '../../core/actor/current-actor.decorator';
import { RequireRole } from '../../core/actor/require-role.decorator';
import { connectionFrom, pageRequest, type ConnectionShape } from '../../core/graphql/connection';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import { requestLocale } from '../../core/locale/request-locale';
import { RegisterService } from '../services/register.service';
import { DecisionFilterInput } from './minutes.input';
import { RegisterDecisionConnection, RegisterDecisionObject, RegisterEntryConnection, RegisterEntryObject, RegisterVerificationObject } from './minutes.object';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });
const First = () => Args('first', { type: () => Int, nullable: true, description: 'How many (default 50, at most 200).' });
const After = () => Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' });

@Resolver()
export class RegisterResolver {
  constructor(private readonly register: RegisterService) {}

  @RequireRole('observer')
  @Query(() => RegisterDecisionConnection, {
    description: 'Decisions of the register: by relevance with a text (French full text), else latest first; filtered by body, dates, outcome.',
  })
  async decisionRegister(
    @OrganisationId() _o: string,
    @Args('filter', { type: () => DecisionFilterInput, nullable: true }) filter: DecisionFilterInput | null,
    @First() first: number | null,
    @After() after: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<ConnectionShape<RegisterDecisionObject>> {
    const page = await this.register.search(actor, filter ?? {}, pageRequest({ first, after }));
    return connectionFrom(page, (hit) => RegisterDecisionObject.from(hit.decision, hit.excerpt));
  }

  @RequireRole('observer')
  @Query(() => RegisterEntryConnection, { description: 'Entries of the register, latest first.' })
  async registerEntries(
    @OrganisationId() _o: string,
    @First() first: number | null,
    @After() after: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<ConnectionShape<RegisterEntryObject>> {
    const page = await this.register.page(actor, pageRequest({ first, after }));
    return connectionFrom(page, (entry) => RegisterEntryObject.from(entry, entry.body?.name ?? ''));
  }

  @RequireRole('observer')
  @Query(() => RegisterVerificationObject, { description: "Verifies the register's hash chain and pages; names the first broken entry." })
  async registerVerification(
    @OrganisationId() _o: string,
    @CurrentActor() actor: Actor,
    @Context('req') request: CollegialRequest,
  ): Promise<RegisterVerificationObject> {
    return RegisterVerificationObject.from(await this.register.verify(actor.organisationId), requestLocale(request));
  }
}
