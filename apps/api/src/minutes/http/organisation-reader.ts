import { Injectable } from '@nestjs/common';
import { AccountRolesService } from '../../access/account-roles.service';
import type { Actor } from '../../core/actor/actor';
import type { OrganisationRole } from '../../core/actor/organisation-role';
import { ROLE_NAMES, roleSatisfies } from '../../core/actor/organisation-role';
import { DomainError, ErrorReason, type LocalisedMessage } from '../../core/errors/domain-error';
import type { CollegialRequest } from '../../core/graphql/graphql-context';

const NOT_LOGGED_IN = { fr: 'Vous devez être connecté.', en: 'You must be logged in.' };

/**
 * Who may read a paper on a plain route: a session (Bearer) with a role in the paper's
 * organisation. Anything else, another organisation's paper included, is "not found":
 * the route does not say that it exists.
 */
@Injectable()
export class OrganisationReader {
  constructor(private readonly roles: AccountRolesService) {}

  async actorFor(
    request: CollegialRequest,
    organisationId: string | null | undefined,
    what: LocalisedMessage,
    minimum: OrganisationRole = 'observer',
  ): Promise<Actor> {
    if (!request.account) throw new DomainError(ErrorReason.Unauthenticated, NOT_LOGGED_IN);
    const role = organisationId ? await this.roles.roleOf(request.account.accountId, organisationId) : null;
    if (!organisationId || !role) throw DomainError.notFound(what);
    if (!roleSatisfies(role, minimum)) {
      throw new DomainError(ErrorReason.Forbidden, {
        fr: `Votre rôle dans cette organisation ne le permet pas (il faut être au moins ${ROLE_NAMES[minimum].fr}).`,
        en: `Your role in this organisation does not allow it (at least ${ROLE_NAMES[minimum].en} needed).`,
      });
    }
    return { accountId: request.account.accountId, organisationId, role };
  }
}
