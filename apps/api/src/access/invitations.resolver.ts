import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import { ArgRules } from '../core/graphql/input-rules';
import { AuthPayloadObject } from '../auth/graphql/auth-payload.object';
import { ClientAddress, CurrentAccount, CurrentActor } from '../core/actor/current-actor.decorator';
import { Public } from '../core/actor/public.decorator';
import { RequireRole } from '../core/actor/require-role.decorator';
import type { Actor, AuthenticatedAccount } from '../core/actor/actor';
import { AcceptInvitationInput, InviteInput } from './invitation.input';
import { InvitationConnection, InvitationObject, InvitationPreviewObject } from './invitation.object';
import { connectionFrom, type ConnectionShape, PageArgs, pageRequest } from '../core/graphql/connection';
import { InvitationsService } from './invitations.service';

@Resolver(() => InvitationObject)
export class InvitationsResolver {
  constructor(private readonly invitationsService: InvitationsService) {}

  @RequireRole('admin')
  @Mutation(() => InvitationObject, {
    description:
      "Invites a person to join with a role: the link is e-mailed to the invited address (in its account's language when it has one), never shown to the inviter.",
  })
  async invite(
    @Args('organisationId', { type: () => UUIDScalar }) _o: string,
    @Args('input') input: InviteInput,
    @CurrentActor() actor: Actor,
  ): Promise<InvitationObject> {
    return InvitationObject.from(await this.invitationsService.invite(actor, input));
  }

  @RequireRole('admin')
  @Query(() => InvitationConnection, { description: 'Invitations neither accepted, revoked nor expired, newest first.' })
  async pendingInvitations(
    @Args('organisationId', { type: () => UUIDScalar }) _o: string,
    @Args() page: PageArgs,
    @CurrentActor() actor: Actor,
  ): Promise<ConnectionShape<InvitationObject>> {
    return connectionFrom(await this.invitationsService.listPending(actor, pageRequest(page)), (i) => InvitationObject.from(i));
  }

  @RequireRole('admin')
  @Mutation(() => InvitationObject)
  async revokeInvitation(
    @Args('organisationId', { type: () => UUIDScalar }) _o: string,
    @Args('invitationId', { type: () => UUIDScalar }) invitationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<InvitationObject> {
    return InvitationObject.from(await this.invitationsService.revoke(actor, invitationId));
  }

  @Public()
  @ArgRules({ token: { maxLength: 200 } })
  @Query(() => InvitationPreviewObject, { description: 'What an invitation link offers, before accepting it.' })
  async invitation(@Args('token') token: string): Promise<InvitationPreviewObject> {
    return InvitationPreviewObject.from(await this.invitationsService.preview(token));
  }

  @Public()
  @Mutation(() => AuthPayloadObject, { description: 'Joins the organisation; a new person sets their password here.' })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @CurrentAccount() caller: AuthenticatedAccount | undefined,
    @ClientAddress() address: string,
  ): Promise<AuthPayloadObject> {
    return AuthPayloadObject.from(await this.invitationsService.accept(input.token, caller, input, address));
  }
}
