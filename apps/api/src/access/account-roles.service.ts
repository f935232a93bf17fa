import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import type { Actor } from '../core/actor/actor';
import { DomainError, ErrorReason } from '../core/errors/domain-error';
import { type OrganisationRole, ROLE_NAMES, roleSatisfies } from '../core/actor/organisation-role';
import { InjectTenantRepository, type TenantRepository } from '../core/tenancy/tenant-repository';
import type { Organisation } from '../core/tenancy/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { AccountRole } from './account-role.entity';

/** Who may do what in which organisation. */
@Injectable()
export class AccountRolesService implements OnModuleInit {
  constructor(
    @InjectTenantRepository(AccountRole) private readonly roles: TenantRepository<AccountRole>,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Whoever creates an organisation becomes its admin, in the creation transaction. */
  onModuleInit(): void {
    this.organisations.addCreationStep(async (organisation, creatorAccountId) => {
      await this.grant(organisation.id, creatorAccountId, 'admin');
    });
  }

  /** The organisations the account belongs to, with its role in each, by name. */
  async organisationsOf(accountId: string): Promise<{ organisation: Organisation; role: OrganisationRole }[]> {
    const roles = await this.listForAccount(accountId);
    const byId = new Map((await this.organisations.findMany(roles.map((r) => r.organisationId))).map((o) => [o.id, o]));
    return roles
      .filter((r) => byId.has(r.organisationId))
      .map((r) => ({ organisation: byId.get(r.organisationId)!, role: r.role }))
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'fr'));
  }

  async roleOf(accountId: string, organisationId: string): Promise<OrganisationRole | null> {
    const row = await this.roles.of(organisationId).findOne({ accountId });
    return row?.role ?? null;
  }

  /**
   * The account acting in an organisation with at least `minimum`: outside that organisation
   * it does not exist for them (not found); inside it, too low a role is forbidden. Used by
   * the role guard of GraphQL operations and by plain HTTP routes (document upload).
   */
  async actorFor(accountId: string, organisationId: string, minimum: OrganisationRole): Promise<Actor> {
    const role = await this.roleOf(accountId, organisationId);
    if (!role) throw DomainError.notFound({ fr: 'Organisation', en: 'Organisation' });
    if (!roleSatisfies(role, minimum)) {
      throw new DomainError(ErrorReason.Forbidden, {
        fr: `Cette action est réservée au rôle ${ROLE_NAMES[minimum].fr} ou supérieur ; vous êtes ${ROLE_NAMES[role].fr}.`,
        en: `This action needs the ${ROLE_NAMES[minimum].en} role or higher; you are ${ROLE_NAMES[role].en}.`,
      });
    }
    return { accountId, organisationId, role };
  }

  /** An account's roles in all its organisations: the account, not an organisation, is the key. */
  listForAccount(accountId: string): Promise<AccountRole[]> {
    return this.roles.acrossOrganisations().find({ where: { accountId }, order: { createdAt: 'ASC' } });
  }

  listForOrganisation(actor: Actor): Promise<AccountRole[]> {
    return this.roles.of(actor.organisationId).find({ order: { createdAt: 'ASC' } });
  }

  /** Gives an account a role; an account already in the organisation keeps the higher role. */
  async grant(organisationId: string, accountId: string, role: OrganisationRole): Promise<AccountRole> {
    const roles = this.roles.of(organisationId);
    const existing = await roles.findOne({ accountId });
    if (existing) {
      if (roleSatisfies(existing.role, role)) return existing;
      existing.role = role;
      return roles.save(existing);
    }
    return roles.save(roles.create({ accountId, role }));
  }

  /** Changes or removes (role null) an account's access; an organisation always keeps an admin. */
  @Transactional()
  async change(actor: Actor, accountId: string, role: OrganisationRole | null): Promise<AccountRole | null> {
    const roles = this.roles.of(actor.organisationId);
    // All the organisation's access rows, locked in one statement and one order: two admins
    // demoting each other wait for one another instead of deadlocking, and the second
    // sees what the first did.
    const all = await roles.query('r').orderBy('r.id', 'ASC').setLock('pessimistic_write').getMany();
    const existing = all.find((r) => r.accountId === accountId);
    {
      if (!existing) throw DomainError.notFound({ fr: 'Accès', en: 'Access' });
      if (existing.role === 'admin' && role !== 'admin') {
        const admins = all.filter((r) => r.role === 'admin');
        if (admins.length <= 1) {
          throw new DomainError(ErrorReason.LastAdmin, {
            fr: "L'organisation doit garder au moins un administrateur : nommez-en un autre d'abord.",
            en: 'The organisation must keep at least one admin: appoint another one first.',
          });
        }
      }
      if (role === null) {
        await roles.delete({ id: existing.id });
        return null;
      }
      existing.role = role;
      return roles.save(existing);
    }
  }
}
