import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../common/actor';
import { DomainError, ErrorReason } from '../common/domain-error';
import { TenantRepository } from '../common/tenant-repository';
import { AccountRole, type OrganisationRole } from './account-role.entity';

const RANK: Record<OrganisationRole, number> = { observer: 0, member: 1, secretary: 2, admin: 3 };

/** Whether `role` is at least `minimum` (admin > secretary > member > observer). */
export function roleSatisfies(role: OrganisationRole, minimum: OrganisationRole): boolean {
  return RANK[role] >= RANK[minimum];
}

/** Who may do what in which organisation. */
@Injectable()
export class AccountRolesService {
  private readonly roles: TenantRepository<AccountRole>;

  constructor(@InjectRepository(AccountRole) roles: Repository<AccountRole>) {
    this.roles = new TenantRepository(roles);
  }

  async roleOf(accountId: string, organisationId: string): Promise<OrganisationRole | null> {
    const row = await this.roles.of(organisationId).findOne({ accountId });
    return row?.role ?? null;
  }

  /** An account's roles in all its organisations: the account, not an organisation, is the key. */
  listForAccount(accountId: string): Promise<AccountRole[]> {
    return this.roles.acrossOrganisations().find({ where: { accountId }, order: { createdAt: 'ASC' } });
  }

  listForOrganisation(actor: Actor): Promise<AccountRole[]> {
    return this.roles.of(actor.organisationId).find({ order: { createdAt: 'ASC' } });
  }

  /** Gives an account a role; an account already in the organisation keeps the higher role. */
  async grant(organisationId: string, accountId: string, role: OrganisationRole, manager?: EntityManager): Promise<AccountRole> {
    const roles = this.roles.of(organisationId, manager);
    const existing = await roles.findOne({ accountId });
    if (existing) {
      if (roleSatisfies(existing.role, role)) return existing;
      existing.role = role;
      return roles.save(existing);
    }
    return roles.save(roles.create({ accountId, role }));
  }

  /** Changes or removes (role null) an account's access; an organisation always keeps an admin. */
  async change(actor: Actor, accountId: string, role: OrganisationRole | null): Promise<AccountRole | null> {
    return this.roles.manager.transaction(async (manager) => {
      const roles = this.roles.of(actor.organisationId, manager);
      const existing = await roles.findOne({ accountId }, { lock: { mode: 'pessimistic_write' } });
      if (!existing) throw DomainError.notFound({ fr: 'Accès', en: 'Access' });
      if (existing.role === 'admin' && role !== 'admin') {
        const admins = await roles.query('r').setLock('pessimistic_write').andWhere('r.role = :admin', { admin: 'admin' }).getMany();
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
    });
  }
}
