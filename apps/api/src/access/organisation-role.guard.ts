import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../core/errors/domain-error';
import type { OrganisationRole } from '../core/actor/organisation-role';
import { AccountRolesService } from './account-roles.service';
import { executionArgs, executionRequest } from '../core/graphql/execution-request';
import { REQUIRED_ROLE } from '../core/actor/require-role.decorator';

/**
 * For operations marked @RequireRole: the caller's role in the organisation named by the
 * `organisationId` argument. Outside that organisation the organisation does not exist for
 * them (not found); inside it, too low a role is forbidden.
 */
@Injectable()
export class OrganisationRoleGuard implements CanActivate {
  constructor(
    private readonly roles: AccountRolesService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const minimum = this.reflector.getAllAndOverride<OrganisationRole | undefined>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]);
    if (!minimum) return true;
    const request = executionRequest(context);
    const organisationId = executionArgs(context).organisationId;
    if (!request.account || typeof organisationId !== 'string') {
      throw DomainError.notFound({ fr: 'Organisation', en: 'Organisation' });
    }
    const actor = await this.roles.actorFor(request.account.accountId, organisationId, minimum);
    request.actors = { ...request.actors, [organisationId]: actor };
    return true;
  }
}
